import type { Entity, EntityOf, Link } from '../model';
import { ORDER_STATUSES } from '../plans';
import type { Order } from '../orders';
import type { RegisterEntry } from './schema';

type Phone = EntityOf<'phone'>;
type LineEntry = Extract<RegisterEntry, { kind: 'deal_line' }>;

export interface LineHolder {
  personId: string;
  label: string;
  /** "Runs the line" (controller) or "Uses the phone" (runner or holder). */
  role: string;
  number: string;
  from: string | undefined;
  to: string | undefined;
}

export interface HandsetChange {
  on: string;
  what: string;
}

export interface DealLineRow {
  key: string;
  brand: string;
  phoneIds: string[];
  numbers: string[];
  holders: LineHolder[];
  handsetChanges: HandsetChange[];
  bulkTexts: string[];
  calls: number;
  firstSeen: string | undefined;
  lastSeen: string | undefined;
  ddtro: { status: string; expiresOn: string | undefined } | null;
}

/** Phones that are deal lines: a brand is recorded on them, or someone runs them as a line. */
export function dealLinePhoneIds(entities: readonly Entity[], links: readonly Link[]): Set<string> {
  const phones = new Set(entities.filter((e) => e.kind === 'phone').map((e) => e.id));
  const out = new Set<string>();
  for (const e of entities) if (e.kind === 'phone' && e.attrs.dealLineBrand?.trim()) out.add(e.id);
  for (const l of links) if (l.kind === 'runs_line' && phones.has(l.target)) out.add(l.target);
  return out;
}

const dates = (links: readonly Link[], key: 'firstSeen' | 'lastSeen') =>
  links
    .map((l) => l[key])
    .filter((d): d is string => !!d)
    .sort();

/**
 * The deal-line register: one row per line (phones sharing a brand are one line over time),
 * with its numbers, who held or ran it and when (from dated "uses phone" and "runs line" links,
 * which the call-record import writes), handset and SIM changes (a new number or handset in the
 * brand, and those the register records), bulk-text dates, call volume and any DDTRO.
 */
export function dealLineRegister(input: {
  entities: readonly Entity[];
  links: readonly Link[];
  orders: readonly Order[];
  entries: readonly RegisterEntry[];
}): DealLineRow[] {
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const lines = new Map<string, Phone[]>();
  for (const id of dealLinePhoneIds(input.entities, input.links)) {
    const phone = byId.get(id) as Phone;
    const brand = phone.attrs.dealLineBrand?.trim();
    const key = brand ? `brand:${brand.toLowerCase()}` : `phone:${id}`;
    lines.set(key, [...(lines.get(key) ?? []), phone]);
  }
  const rows: DealLineRow[] = [];
  for (const [key, phones] of lines) {
    const ids = new Set(phones.map((p) => p.id));
    const touching = input.links.filter((l) => ids.has(l.source) || ids.has(l.target));
    const first = (id: string) =>
      dates(
        touching.filter((l) => l.source === id || l.target === id),
        'firstSeen',
      )[0];
    const ordered = [...phones].sort((a, b) =>
      (first(a.id) ?? '').localeCompare(first(b.id) ?? ''),
    );
    const holders: LineHolder[] = touching
      .filter((l) => (l.kind === 'uses_phone' || l.kind === 'runs_line') && ids.has(l.target))
      .map((l) => ({
        personId: l.source,
        label: byId.get(l.source)?.label ?? 'no longer on the map',
        role: l.kind === 'runs_line' ? 'Runs the line' : 'Uses the phone',
        number: (byId.get(l.target) as Phone).attrs.number,
        from: l.firstSeen,
        to: l.lastSeen,
      }))
      .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '') || a.label.localeCompare(b.label));
    const entries = input.entries.filter(
      (e): e is LineEntry => e.kind === 'deal_line' && ids.has(e.entityId),
    );
    const changes: HandsetChange[] = [
      ...ordered.slice(1).map((p) => ({
        on: first(p.id) ?? '',
        what: `New number ${p.attrs.number}${p.attrs.handset ? ` (${p.attrs.handset})` : ''}`,
      })),
      ...entries.flatMap((e) =>
        e.handsetChanges.map((c) => ({
          on: c.on,
          what:
            [c.handset && `handset ${c.handset}`, c.sim && `SIM ${c.sim}`, c.note]
              .filter(Boolean)
              .join('; ') || 'Change recorded',
        })),
      ),
    ].sort((a, b) => a.on.localeCompare(b.on));
    const ddtros = input.orders.filter(
      (o) => o.powerId === 'ddtro' && o.boundIds.some((b) => ids.has(b)),
    );
    const ddtro = ddtros
      .sort((a, b) => (a.history.at(-1)?.on ?? '').localeCompare(b.history.at(-1)?.on ?? ''))
      .at(-1);
    rows.push({
      key,
      brand: ordered[0]?.attrs.dealLineBrand?.trim() || 'Unbranded line',
      phoneIds: ordered.map((p) => p.id),
      numbers: ordered.map((p) => p.attrs.number),
      holders,
      handsetChanges: changes,
      bulkTexts: entries.flatMap((e) => e.bulkTexts.map((b) => b.on)).sort(),
      calls: touching.filter((l) => l.kind === 'calls').reduce((n, l) => n + (l.callCount ?? 0), 0),
      firstSeen: dates(touching, 'firstSeen')[0],
      lastSeen: dates(touching, 'lastSeen').at(-1),
      ddtro: ddtro ? { status: ORDER_STATUSES[ddtro.status], expiresOn: ddtro.expiresOn } : null,
    });
  }
  return rows.sort((a, b) => a.brand.localeCompare(b.brand));
}
