import { useCallback, useRef, useState } from 'react';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { recordProfileExport } from '../store/commands';
import { disclosureEntry, exportFileName, type BuiltProfile } from './profileDocument';

/**
 * The two exports of a profile and the disclosure log entry each one writes. The draft is saved
 * first (the log hangs off it), the file is written, and only an export that was not cancelled
 * is logged. The PDF is printed from ProfilePrintView, mounted for the length of the print.
 */
export function useProfileExport(
  module: WorkspaceModuleProps,
  built: BuiltProfile,
  html: string,
  save: () => Promise<string>,
) {
  const { run, platform, userName } = module;
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [printHtml, setPrintHtml] = useState<string | null>(null);
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

  const logExport = async (savedId: string, format: 'html' | 'pdf') => {
    if (!built.ok) return;
    const entry = disclosureEntry(built.doc, format, userName, new Date().toISOString());
    await run(recordProfileExport(savedId, entry));
  };

  const exportHtml = () =>
    attempt('Exporting HTML', async () => {
      if (!built.ok) throw new Error(built.message);
      const savedId = await save();
      const saved = await platform.saveFile({
        suggestedName: exportFileName(built.doc, 'html'),
        data: html,
        mimeType: 'text/html',
        filters: [{ name: 'Web page', extensions: ['html'] }],
      });
      if (!saved) return 'Export cancelled; nothing was disclosed.';
      await logExport(savedId, 'html');
      return 'Exported as HTML and recorded in the disclosure log.';
    });

  const exportPdf = () =>
    attempt('Preparing PDF', async () => {
      if (!built.ok) throw new Error(built.message);
      const savedId = await save();
      const ready = new Promise<void>((resolve) => (printReady.current = resolve));
      setPrintHtml(html);
      await ready;
      let printed: boolean;
      try {
        printed = await platform.printToPdf({
          suggestedName: exportFileName(built.doc, 'pdf'),
          marking: built.doc.marking,
        });
      } finally {
        setPrintHtml(null);
      }
      if (!printed) return 'PDF cancelled; nothing was disclosed.';
      await logExport(savedId, 'pdf');
      return 'Printed to PDF and recorded in the disclosure log.';
    });

  return { status, error, attempt, exportHtml, exportPdf, printHtml, onPrintReady };
}
