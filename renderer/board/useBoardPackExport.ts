import { useCallback, useRef, useState } from 'react';
import type { BoardPackDocument } from '../../shared/board';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { recordBoardPackExport } from '../store/commands';
import { packFileName } from './boardDocument';

/**
 * Exports the pack as HTML or PDF and logs each export as a disclosure on the meeting. The PDF
 * is printed from the profiles' print view. In Electron the save dialog says whether a file was
 * written; a browser's print dialog does not, so there the analyst confirms before anything is
 * logged, and the print view stays ready until they answer.
 */
export function useBoardPackExport(
  module: WorkspaceModuleProps,
  meetingId: string,
  doc: BoardPackDocument,
  html: string,
) {
  const { run, platform, userName } = module;
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [printHtml, setPrintHtml] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const ready = useRef<() => void>(() => {});
  const onPrintReady = useCallback(() => ready.current(), []);

  const log = (format: 'html' | 'pdf') =>
    run(
      recordBoardPackExport(meetingId, {
        at: new Date().toISOString(),
        by: userName,
        format,
        marking: doc.marking,
        entityIds: doc.entityIds,
        planIds: doc.planIds,
      }),
    );

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

  const exportHtml = () =>
    attempt('Exporting HTML', async () => {
      const saved = await platform.saveFile({
        suggestedName: packFileName(doc, 'html'),
        data: html,
        mimeType: 'text/html',
        filters: [{ name: 'Web page', extensions: ['html'] }],
      });
      if (!saved) return 'Export cancelled; nothing was disclosed.';
      await log('html');
      return 'Board pack exported as HTML and recorded in the disclosure log.';
    });

  const exportPdf = () =>
    attempt('Preparing PDF', async () => {
      const shown = new Promise<void>((resolve) => (ready.current = resolve));
      setPrintHtml(html);
      await shown;
      let printed = false;
      try {
        printed = await platform.printToPdf({
          suggestedName: packFileName(doc, 'pdf'),
          landscape: true,
          marking: doc.marking,
        });
      } finally {
        if (platform.kind !== 'browser' || !printed) setPrintHtml(null);
      }
      if (!printed) return 'PDF cancelled; nothing was disclosed.';
      if (platform.kind === 'browser') {
        setConfirming(true);
        return "Your browser's print dialog made the PDF. Say whether it was saved or sent, so the disclosure log is right.";
      }
      await log('pdf');
      return 'Printed to PDF and recorded in the disclosure log.';
    });

  const confirmPdf = (sent: boolean) =>
    attempt('Recording', async () => {
      setConfirming(false);
      setPrintHtml(null);
      if (!sent) return 'Nothing was recorded: the PDF was not saved or sent.';
      await log('pdf');
      return 'PDF recorded in the disclosure log.';
    });

  return { status, error, exportHtml, exportPdf, confirming, confirmPdf, printHtml, onPrintReady };
}
