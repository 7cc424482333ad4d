/** Fixed facts of the fictional demo: its reference date, timestamps and invented geography. */

export const FICTIONAL_NOTICE =
  'Fictional demonstration data: all people, places, numbers and events are invented.';

/** "Today" inside the demo: ages, overdue reviews and risk assessments are judged on this day. */
export const DEMO_REFERENCE_DATE = '2026-11-01';

/** Every record carries the same fixed timestamps, so the demo is identical on every call. */
export const DEMO_TIMESTAMP = '2026-11-01T09:00:00.000Z';

/** Placeholder workspace id; the importer replaces it with the new workspace's own id. */
export const DEMO_WORKSPACE_ID_PLACEHOLDER = 'ws_00000000000000000000';

/** The period the demo's links are seen over. */
export const DEMO_PERIOD = { from: '2024-10-01', to: '2026-10-31' } as const;

/**
 * The invented market town and exporting city. Their coordinates are invented too: chosen in
 * open countryside in the English Midlands, about 90 km apart, so that a geographic layout
 * draws a plausible county line between them.
 */
export const DEMO_PLACES = {
  town: { name: 'Kestrelford', lat: 52.452, lon: -2.705 },
  city: { name: 'Ravensholt', district: 'Tannerside', lat: 52.958, lon: -1.724 },
} as const;
