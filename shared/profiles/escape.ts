const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for HTML element content and quoted attribute values. Every string from the
 * workspace goes through here: labels and notes are typed by people and imported from files,
 * so they may hold markup by accident or by design.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

const DATA_IMAGE = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * Only base64 data-URL images may be embedded (the page's CSP allows nothing else), and an
 * SVG drawn through <img> cannot run script. Anything else is refused, not "cleaned".
 */
export function isSafeDataImage(url: string): boolean {
  return url.length < 20_000_000 && DATA_IMAGE.test(url);
}
