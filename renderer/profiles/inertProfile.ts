/**
 * The exported profile HTML, parsed without running anything (DOMParser documents never run
 * script) and stripped of anything active as a second line of defence: the shared renderer
 * already escapes every string, and the app's CSP forbids inline script in any case.
 */
const ACTIVE = 'script, iframe, object, embed, link, meta, base, form';

export interface InertProfile {
  css: string;
  nodes: Node[];
}

export function inertProfile(html: string, target: Document): InertProfile {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const css = [...parsed.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  parsed.querySelectorAll(`style, ${ACTIVE}`).forEach((el) => el.remove());
  parsed.body.querySelectorAll('*').forEach((el) => {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on') || value.startsWith('javascript:')) el.removeAttribute(attr.name);
    }
  });
  return { css, nodes: [...parsed.body.childNodes].map((n) => target.importNode(n, true)) };
}
