import type { App, Session } from 'electron';

/**
 * Chromium features that remember what is typed into forms. Electron ships without Chrome's
 * autofill manager, so nothing should reach an autofill database; switching the features off as
 * well means a later Electron that brings them in still stores nothing. The renderer also marks
 * every field autocomplete="off" (renderer/platform/autofill-off.ts).
 */
export const FORM_MEMORY_FEATURES = [
  'Autofill',
  'AutofillServerCommunication',
  'AutofillEnableAccountWalletStorage',
  'AutofillAddressProfileSavePrompt',
  'PasswordManagerOnboarding',
];

/** Before app ready: command-line switches only take effect then. */
export function disableAutofillFeatures(app: Pick<App, 'commandLine'>): void {
  app.commandLine.appendSwitch('disable-features', FORM_MEMORY_FEATURES.join(','));
}

/**
 * The spell checker keeps a custom dictionary file of words the analyst adds (names, streets)
 * and would download dictionaries: both off, on the session as well as on the window
 * (windows.ts sets spellcheck: false).
 */
export function disableFormMemory(
  session: Pick<
    Session,
    'setSpellCheckerEnabled' | 'setSpellCheckerLanguages' | 'setSpellCheckerDictionaryDownloadURL'
  >,
  platform: NodeJS.Platform = process.platform,
): void {
  session.setSpellCheckerEnabled(false);
  // macOS uses the system's checker, which has no language list and downloads nothing.
  if (platform !== 'darwin') {
    session.setSpellCheckerLanguages([]);
    session.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  }
}
