/**
 * No field of the app may be remembered by the browser. Chromium keeps what is typed into forms
 * in its autofill database (`Default/Web Data`) and restores form state from its session files;
 * an audit found entity labels, a phone number, an address and the analyst's name there, in
 * clear. `autocomplete="off"` stops both for a field; spellcheck off keeps words out of the
 * spell checker (and its custom dictionary file).
 *
 * Many screens build forms, so rather than trusting each one this guard is started once at boot
 * and marks every input, textarea and select as it appears, and again if anything changes the
 * attribute back. Fields added later cannot escape it; the profile-scan e2e test checks the DOM
 * on every screen and then searches the whole profile folder for what was typed.
 */
export const FIELD_SELECTOR = 'input, textarea, select';

const SETTINGS: Readonly<Record<string, string>> = {
  autocomplete: 'off',
  spellcheck: 'false',
  autocorrect: 'off',
  autocapitalize: 'off',
};

function quiet(field: Element): void {
  for (const [name, value] of Object.entries(SETTINGS))
    if (field.getAttribute(name) !== value) field.setAttribute(name, value);
}

function quietAll(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(FIELD_SELECTOR)) quiet(node);
  node.querySelectorAll(FIELD_SELECTOR).forEach(quiet);
}

/** Starts the guard on a document; returns a function that stops it (for tests). */
export function startAutofillGuard(doc: Document = document): () => void {
  quietAll(doc.documentElement);
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'attributes') quietAll(m.target);
      else m.addedNodes.forEach(quietAll);
    }
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: Object.keys(SETTINGS),
  });
  return () => observer.disconnect();
}
