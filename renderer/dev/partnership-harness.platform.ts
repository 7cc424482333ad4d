/** Harness only: a platform and audit log that record what the screens ask of them. */
import type { Platform } from '../platform';
import type { AuditLog } from '../store/api';

export interface PartnershipHarnessHook {
  saved: { name: string; mimeType: string; data: string }[];
  printing: boolean;
  prints: { suggestedName: string; marking?: string }[];
  finishPrint(ok: boolean): void;
  audit: { action: string; subject: string; targets: string[]; detail?: string }[];
  commands: string[];
  exits: number;
}

export function harnessHook(): PartnershipHarnessHook {
  return {
    saved: [],
    printing: false,
    prints: [],
    finishPrint: () => {},
    audit: [],
    commands: [],
    exits: 0,
  };
}

export function harnessPlatform(hook: PartnershipHarnessHook): Platform {
  return {
    kind: 'browser',
    appInfo: async () => ({
      name: 'Linchpin',
      version: 'harness',
      platform: 'web',
      arch: 'unknown',
      electronVersion: 'none',
      chromeVersion: 'unknown',
      packaged: false,
    }),
    openFile: async () => null,
    saveFile: async ({ suggestedName, mimeType, data }) => {
      hook.saved.push({
        name: suggestedName,
        mimeType,
        data: typeof data === 'string' ? data : new TextDecoder().decode(data),
      });
      return true;
    },
    // Resolves when the test has taken its PDF of the print view (page.pdf), as a dialog would.
    printToPdf: (options) =>
      new Promise<boolean>((resolve) => {
        hook.prints.push({ suggestedName: options.suggestedName, marking: options.marking });
        hook.printing = true;
        hook.finishPrint = (ok) => {
          hook.printing = false;
          resolve(ok);
        };
      }),
    onLock: () => () => undefined,
    onMenuCommand: () => () => undefined,
  };
}

export function harnessAudit(hook: PartnershipHarnessHook): AuditLog {
  return {
    list: async () => [],
    verify: async () => ({ ok: true, checked: 0 }),
    toCsv: () => '',
    record: async (entry) => void hook.audit.push(entry),
  };
}
