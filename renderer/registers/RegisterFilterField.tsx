import { useEffect, useId } from 'react';
import { REGISTER_FILTERS, registerEntityIds, type RegisterKind } from '../../shared/registers';
import type { LoadedWorkspace } from '../store/api';
import type { ViewFilters } from '../workspace/filters/viewFilters';

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The map filter for a register: its addresses or lines and everything one link from them. The
 * ids are worked out from the map and kept up to date as it changes, so a saved view shows the
 * register as it stands when opened.
 */
export function RegisterFilterField({
  loaded,
  value,
  onChange,
}: {
  loaded: LoadedWorkspace;
  value: ViewFilters;
  onChange: (next: ViewFilters) => void;
}) {
  const id = useId();
  const kind = value.register?.kind;
  const idsFor = (k: RegisterKind) =>
    registerEntityIds(k, [...loaded.entities.values()], [...loaded.links.values()]);
  useEffect(() => {
    if (!kind || !value.register) return;
    const fresh = registerEntityIds(
      kind,
      [...loaded.entities.values()],
      [...loaded.links.values()],
    );
    if (!same(fresh, value.register.ids)) onChange({ ...value, register: { kind, ids: fresh } });
  }, [kind, loaded, value, onChange]);
  return (
    <div className="wf-fieldset">
      <label htmlFor={`${id}-register`}>Register</label>
      <select
        id={`${id}-register`}
        value={kind ?? ''}
        onChange={(e) => {
          const next = e.target.value as RegisterKind | '';
          const { register: _dropped, ...rest } = value;
          void _dropped;
          onChange(next ? { ...rest, register: { kind: next, ids: idsFor(next) } } : rest);
        }}
      >
        <option value="">Everything (no register)</option>
        {(Object.keys(REGISTER_FILTERS) as RegisterKind[]).map((k) => (
          <option key={k} value={k}>
            {REGISTER_FILTERS[k]}
          </option>
        ))}
      </select>
    </div>
  );
}
