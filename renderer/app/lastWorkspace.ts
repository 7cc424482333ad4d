import { ID_REGEX } from '../../shared/model';

const KEY = 'linchpin.lastWorkspace';

/**
 * The id of the workspace last opened, kept in clear beside the vault so that unlocking can read
 * its sealed rows while the key is derived. It is an opaque random id, as every stored row already
 * carries in clear; never a name. Storage that is unavailable simply means no head start.
 */
export function lastWorkspace(): string | undefined {
  try {
    const id = globalThis.localStorage?.getItem(KEY) ?? undefined;
    return id && ID_REGEX.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

export function rememberWorkspace(id: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, id);
  } catch {
    // Private windows and locked-down profiles refuse storage; opening just starts colder.
  }
}
