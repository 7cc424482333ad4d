import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { demoLoaded } from '../../../../renderer/dev/demoLoaded';
import { SearchBox } from '../../../../renderer/workspace/search/SearchBox';

describe('SearchBox markup', () => {
  it('is a labelled, collapsed combobox controlling a listbox, and names its shortcut', () => {
    const html = renderToStaticMarkup(<SearchBox loaded={demoLoaded()} onPick={() => undefined} />);
    expect(html).toMatch(/<label for="([^"]+)-input"[^>]*>Search<\/label><input[^>]*id="\1-input"/);
    expect(html).toContain('role="combobox"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('aria-autocomplete="list"');
    expect(html).toContain('aria-keyshortcuts="Control+K Meta+K"');
    const controls = /aria-controls="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<ul id="${controls}" role="listbox"`);
  });
});
