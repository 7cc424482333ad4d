import { describe, expect, it, vi } from 'vitest';
import {
  FORM_MEMORY_FEATURES,
  disableAutofillFeatures,
  disableFormMemory,
} from '../../../electron/form-memory';

function session() {
  return {
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
  };
}

describe('electron/form-memory', () => {
  it('turns the spell checker off and gives it no dictionary to download', () => {
    const s = session();
    disableFormMemory(s, 'linux');
    expect(s.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(s.setSpellCheckerLanguages).toHaveBeenCalledWith([]);
    expect(s.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(
      expect.stringMatching(/^https:\/\/0\.0\.0\.0\//),
    );
  });

  it('leaves the language list alone on macOS, whose checker has none', () => {
    const s = session();
    disableFormMemory(s, 'darwin');
    expect(s.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(s.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });

  it('switches Chromium autofill off before the app is ready', () => {
    const appendSwitch = vi.fn();
    disableAutofillFeatures({ commandLine: { appendSwitch } } as never);
    expect(appendSwitch).toHaveBeenCalledWith('disable-features', FORM_MEMORY_FEATURES.join(','));
    expect(FORM_MEMORY_FEATURES).toContain('Autofill');
  });
});
