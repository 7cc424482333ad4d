/** Natural Earth asks for no credit, but the analyst and the reader of an export should know. */
export const OUTLINE_ATTRIBUTION = 'Outline of the UK: Natural Earth, public domain';
