import { useMemo } from 'react';
import { ENTITY_KINDS, LINK_KINDS } from '../../../shared/model';
import type { LoadedWorkspace } from '../../store/api';
import { DateFields } from './DateFields';
import { EgoField } from './EgoField';
import { RegisterFilterField } from '../../registers/RegisterFilterField';
import { GradeFields } from './GradeFields';
import { KindChecklist } from './KindChecklist';
import { kindsInUse } from './kindsInUse';
import { describeFilters, NO_FILTERS } from './viewFilters';
import type { ViewFilters } from './viewFilters';
import './filters.css';

export interface FilterPanelProps {
  loaded: LoadedWorkspace;
  value: ViewFilters;
  onChange: (next: ViewFilters) => void;
  /** Entity ids selected on the chart, for the ego network. */
  selection?: readonly string[];
}

const NOTHING_SELECTED: readonly string[] = [];

/** Every filter of the view in one panel; each change goes straight to `onChange`. */
export function FilterPanel({ loaded, value, onChange, selection }: FilterPanelProps) {
  const { entities, links } = loaded;
  const inUse = useMemo(() => kindsInUse({ entities, links }), [entities, links]);
  const summary = describeFilters(value);
  return (
    <section className="wf-panel" aria-labelledby="wf-title">
      <div className="wf-head">
        <h2 id="wf-title">Filters</h2>
        <button
          type="button"
          onClick={() => onChange(NO_FILTERS)}
          disabled={summary === describeFilters(NO_FILTERS)}
        >
          Reset filters
        </button>
      </div>
      <p className="wf-summary" aria-live="polite">
        {summary}
      </p>
      <RegisterFilterField loaded={loaded} value={value} onChange={onChange} />
      <KindChecklist
        legend="Entity kinds"
        items={inUse.entityKinds}
        labelOf={(k) => ENTITY_KINDS[k].plural}
        value={value.entityKinds}
        onChange={(entityKinds) => onChange({ ...value, entityKinds })}
      />
      <KindChecklist
        legend="Link kinds"
        items={inUse.linkKinds}
        labelOf={(k) => LINK_KINDS[k].label}
        value={value.linkKinds}
        onChange={(linkKinds) => onChange({ ...value, linkKinds })}
      />
      <GradeFields value={value} onChange={onChange} />
      <DateFields value={value} onChange={onChange} />
      <EgoField value={value} selection={selection ?? NOTHING_SELECTED} onChange={onChange} />
    </section>
  );
}
