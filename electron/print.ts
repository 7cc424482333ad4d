import type { BrowserWindow, PrintToPDFOptions, WebContents } from 'electron';
import type { IpcValidArgs, SaveFileResult } from '../shared/ipc/contract';
import { saveBytes } from './files';

type PrintArgs = IpcValidArgs<'print:to-pdf'>;

/** Inches; Chromium draws the header and footer inside the margins, so a marking needs room. */
const MARGINS = { none: 0, minimum: 0.25 } as const;
const MARKING_MARGIN = 0.5;

function markingTemplate(marking: string): string {
  // The marking is one of the fixed classification names (checked by the contract), never free text.
  return `<div style="width:100%;font-size:10px;font-weight:bold;text-align:center;">${marking}</div>`;
}

export function pdfOptions(options: PrintArgs['options']): PrintToPDFOptions {
  const base: PrintToPDFOptions = {
    landscape: options.landscape ?? false,
    pageSize: options.pageSize ?? 'A4',
    printBackground: true,
    generateTaggedPDF: true,
  };
  const side =
    options.marginsType && options.marginsType !== 'default'
      ? MARGINS[options.marginsType]
      : undefined;
  if (!options.marking) {
    return side === undefined
      ? base
      : { ...base, margins: { top: side, bottom: side, left: side, right: side } };
  }
  const template = markingTemplate(options.marking);
  return {
    ...base,
    displayHeaderFooter: true,
    headerTemplate: template,
    footerTemplate: template,
    margins: {
      top: Math.max(side ?? 0, MARKING_MARGIN),
      bottom: Math.max(side ?? 0, MARKING_MARGIN),
      ...(side === undefined ? {} : { left: side, right: side }),
    },
  };
}

function withPdfExtension(name: string): string {
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
}

/** Prints the sending page to PDF, then asks where to save it. */
export async function printToPdf(
  args: PrintArgs,
  sender: WebContents,
  window: BrowserWindow,
): Promise<SaveFileResult> {
  const pdf = await sender.printToPDF(pdfOptions(args.options));
  return saveBytes(window, withPdfExtension(args.suggestedName), new Uint8Array(pdf), [
    { name: 'PDF document', extensions: ['pdf'] },
  ]);
}
