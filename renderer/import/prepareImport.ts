import { newId as mintId, type Entity, type IntelItem, type Link } from '../../shared/model';
import type { WorkspaceRecords } from '../../shared/formats';
import type { LoadedWorkspace } from '../store';

export interface Prepared {
  /** The records to add, each with a fresh id. */
  fresh: WorkspaceRecords;
  /** Records of the file that are this workspace's own (same id): left as they are. */
  matched: { table: 'entities' | 'links' | 'intel'; id: string; label: string }[];
}

/**
 * Makes a file's records safe to add to this workspace. A record whose id this workspace already
 * holds is the same record (a re-import of our own export) and is left alone; every other record
 * gets a fresh id, so nothing collides with records elsewhere in the vault (another workspace's
 * export), and keeps the id it had in the file as its imported "id". Links and provenance follow.
 */
export function prepareImport(
  incoming: WorkspaceRecords,
  loaded: Pick<LoadedWorkspace, 'entities' | 'links' | 'intel'>,
  options: {
    newId?: (prefix: string) => string;
    /** Ids the reader made up (the file had none): not worth keeping as the file's id. */
    minted?: ReadonlySet<string>;
  } = {},
): Prepared {
  const newId = options.newId ?? mintId;
  const matched: Prepared['matched'] = [];
  const idOf = new Map<string, string>();
  const renew = <T extends { id: string }>(
    items: readonly T[],
    table: Prepared['matched'][number]['table'],
    here: ReadonlyMap<string, unknown>,
    prefix: string,
    label: (x: T) => string,
  ): T[] =>
    items.flatMap((x) => {
      if (here.has(x.id)) {
        matched.push({ table, id: x.id, label: label(x) });
        idOf.set(x.id, x.id);
        return [];
      }
      const id = newId(prefix);
      idOf.set(x.id, id);
      return [{ ...x, id }];
    });
  const intel = renew<IntelItem>(incoming.intel, 'intel', loaded.intel, 'int', (i) => i.reference);
  const entities = renew<Entity>(
    incoming.entities,
    'entities',
    loaded.entities,
    'ent',
    (e) => e.label,
  );
  const links = renew<Link>(incoming.links, 'links', loaded.links, 'lnk', (l) => l.label || l.kind);
  const to = (id: string) => idOf.get(id) ?? id;
  const keep = <T extends { id: string; imported?: Entity['imported'] }>(x: T, was: string): T =>
    x.id === was || x.imported?.id !== undefined || options.minted?.has(was)
      ? x
      : { ...x, imported: { ...x.imported, id: was } };
  const wasOf = new Map([...idOf].map(([was, now]) => [now, was]));
  return {
    matched,
    fresh: {
      intel: intel.map((i) => ({ ...i })),
      entities: entities.map((e) => ({
        ...keep(e, wasOf.get(e.id) ?? e.id),
        provenance: e.provenance.map(to),
      })) as Entity[],
      links: links.map((l) => ({
        ...keep(l, wasOf.get(l.id) ?? l.id),
        source: to(l.source),
        target: to(l.target),
        provenance: l.provenance.map(to),
      })),
    },
  };
}
