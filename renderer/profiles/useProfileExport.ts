import { useCallback, useRef, useState } from 'react';
import {
  disclosureReference,
  finalTerms,
  renderProfileHtml,
  type DisclosureTerms,
  type ProfileDocument,
} from '../../shared/profiles';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { recordProfileExport } from '../store/commands';
import { disclosureEntry, exportFileName, type BuiltProfile } from './profileDocument';
import type { ProfileDraftFields } from './profileDraft';

type BuildWith = (terms: { terms: DisclosureTerms; reference: string }) => BuiltProfile;

/** A browser print waiting for the analyst to say whether the PDF was made and sent. */
export interface PendingConfirmation {
  savedId: string;
  doc: ProfileDocument;
}

/**
 * The two exports of a profile and the disclosure log entry each one writes. The terms are
 * checked first (two-person rule included), the draft saved (the log hangs off it), a reference
 * assigned and printed on the document, the file written, and only an export that was not
 * cancelled is logged. In a browser the print dialog cannot report whether a PDF was saved, so
 * that disclosure is logged only when the analyst confirms it was sent.
 */
export function useProfileExport(
  module: WorkspaceModuleProps,
  fields: ProfileDraftFields,
  buildWith: BuildWith,
  save: () => Promise<string>,
) {
  const { run, platform, userName, today, loaded, twoPerson } = module;
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [printHtml, setPrintHtml] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingConfirmation | null>(null);
  const printReady = useRef<() => void>(() => {});
  const onPrintReady = useCallback(() => printReady.current(), []);

  const attempt = async (what: string, work: () => Promise<string>) => {
    setError('');
    setStatus(`${what}…`);
    try {
      setStatus(await work());
    } catch (e) {
      setStatus('');
      setError((e as Error).message);
    }
  };

  /** Terms checked, draft saved, reference assigned: the document exactly as it will go. */
  const prepare = async () => {
    const checked = finalTerms(fields.terms, !!twoPerson?.disclosure, today);
    if (!checked.ok) throw new Error(`Not exported: ${checked.message}.`);
    const savedId = await save();
    const sent = [...loaded.profiles.values()].reduce((n, p) => n + p.exports.length, 0);
    const reference = disclosureReference(loaded.workspace.name, today, sent + 1);
    const built = buildWith({ terms: checked.terms, reference });
    if (!built.ok) throw new Error(built.message);
    return { savedId, doc: built.doc, html: renderProfileHtml(built.doc) };
  };

  const logExport = async (
    savedId: string,
    doc: ProfileDocument,
    format: 'html' | 'pdf',
    confirmedByUser?: boolean,
  ) => {
    const entry = disclosureEntry(doc, format, userName, new Date().toISOString());
    await run(
      recordProfileExport(savedId, { ...entry, ...(confirmedByUser ? { confirmedByUser } : {}) }),
    );
  };

  const exportHtml = () =>
    attempt('Exporting HTML', async () => {
      const { savedId, doc, html } = await prepare();
      const saved = await platform.saveFile({
        suggestedName: exportFileName(doc, 'html'),
        data: html,
        mimeType: 'text/html',
        filters: [{ name: 'Web page', extensions: ['html'] }],
      });
      if (!saved) return 'Export cancelled; nothing was disclosed.';
      await logExport(savedId, doc, 'html');
      return `Exported as HTML with reference ${doc.reference} and recorded in the disclosure log.`;
    });

  const exportPdf = () =>
    attempt('Preparing PDF', async () => {
      const { savedId, doc, html } = await prepare();
      const ready = new Promise<void>((resolve) => (printReady.current = resolve));
      setPrintHtml(html);
      await ready;
      let printed: boolean;
      try {
        printed = await platform.printToPdf({
          suggestedName: exportFileName(doc, 'pdf'),
          marking: doc.marking,
        });
      } finally {
        setPrintHtml(null);
      }
      if (!printed) return 'PDF cancelled; nothing was disclosed.';
      if (platform.kind === 'browser') {
        setPending({ savedId, doc });
        return "The browser's print dialog makes the PDF (choose Save as PDF); it cannot tell Linchpin whether a file was saved or sent, so nothing is logged until you confirm below.";
      }
      await logExport(savedId, doc, 'pdf');
      return `Printed to PDF with reference ${doc.reference} and recorded in the disclosure log.`;
    });

  const confirmSent = (sent: boolean) =>
    attempt('Recording', async () => {
      const waiting = pending;
      setPending(null);
      if (!waiting) return '';
      if (!sent) return 'Nothing was logged: the PDF was not sent.';
      await logExport(waiting.savedId, waiting.doc, 'pdf', true);
      return `PDF ${waiting.doc.reference} recorded in the disclosure log as sent.`;
    });

  return {
    status,
    error,
    attempt,
    exportHtml,
    exportPdf,
    printHtml,
    onPrintReady,
    pending,
    confirmSent,
  };
}
