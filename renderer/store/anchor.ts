import type { ManifestRoot, TextMac } from '../../shared/crypto';
import type { KeyRing, OpenFailure } from './key-ring';
import type { SideStore } from './side-store';

/**
 * The rollback anchor: the manifest root's version and audit head, written outside IndexedDB
 * after every committed write and MAC'd under a subkey of the data key. At unlock, an IndexedDB
 * whose root is older than the anchor has been put back to an earlier state. An attacker who puts
 * back the anchor as well (the whole profile) is not caught by this: docs/security.md says so.
 */
export interface Anchor {
  version: number;
  seq: number;
  head: string;
}

export type AnchorReading =
  { kind: 'none' } | { kind: 'unreadable' } | { kind: 'foreign' } | { kind: 'ok'; anchor: Anchor };

const body = (a: Anchor) => `linchpin-anchor\u0000${a.version}\u0000${a.seq}\u0000${a.head}`;

/** The anchor's text for a root, MAC'd now (synchronously, while the key is certainly there). */
export function anchorText(mac: TextMac, root: ManifestRoot): string {
  const anchor: Anchor = { version: root.version, seq: root.audit.seq, head: root.audit.hash };
  return JSON.stringify({ ...anchor, mac: mac(body(anchor)) });
}

export async function readAnchor(store: SideStore, mac: TextMac): Promise<AnchorReading> {
  const text = await store.read('anchor');
  if (text === undefined) return { kind: 'none' };
  try {
    const parsed = JSON.parse(text) as Anchor & { mac?: unknown };
    const anchor = { version: parsed.version, seq: parsed.seq, head: parsed.head };
    const ok =
      Number.isInteger(anchor.version) &&
      Number.isInteger(anchor.seq) &&
      typeof anchor.head === 'string';
    if (!ok) return { kind: 'unreadable' };
    return parsed.mac === mac(body(anchor)) ? { kind: 'ok', anchor } : { kind: 'foreign' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** What the anchor says about the vault as stored: nothing, or findings to report. */
export function compareAnchor(reading: AnchorReading, root: ManifestRoot): OpenFailure[] {
  const finding = (reason: string): OpenFailure[] => [
    { table: 'vault', id: `version ${root.version}`, reason, raw: undefined },
  ];
  switch (reading.kind) {
    case 'none':
      return finding(
        'The record of the vault kept outside its database is missing, so this computer cannot tell whether an older copy of the vault was put back. It is written again now.',
      );
    case 'unreadable':
    case 'foreign':
      return finding(
        'The record of the vault kept outside its database was altered or belongs to another vault, so this computer cannot tell whether an older copy of the vault was put back. It is written again now.',
      );
    case 'ok': {
      const { anchor } = reading;
      if (anchor.version > root.version)
        return finding(
          `The vault on disk is older than the last one this computer saw: it holds version ${root.version} and audit event ${root.audit.seq}, but version ${anchor.version} and audit event ${anchor.seq} were written. ${anchor.version - root.version} write(s) are missing: an older copy of the vault was put back.`,
        );
      if (anchor.version === root.version && anchor.head !== root.audit.hash)
        return finding(
          `The vault on disk is not the one this computer last wrote: version ${root.version} ends its audit log with another event. A copy from elsewhere was put in its place.`,
        );
      // An anchor a write behind is what a crash between commit and anchor leaves: not a finding.
      return [];
    }
  }
}

/**
 * Writes the anchor after each commit, in commit order. The text is made at once, while the key
 * is certainly there; only the write waits (a file, through Electron's bridge).
 */
export function anchorKeeper(side: SideStore, ring: KeyRing): (root: ManifestRoot) => void {
  let writing = Promise.resolve();
  return (root) => {
    if (!ring.anchorMac) return;
    const text = anchorText(ring.anchorMac, root);
    writing = writing
      .then(() => side.write('anchor', text))
      .catch((e: unknown) => console.error('[vault] the rollback anchor was not written', e));
  };
}
