import { tableConsultation } from '../../store/consultations';
import { useConsultation } from '../../store/useConsultation';
import { useMemo } from 'react';
import type { Entity, Link } from '../../../shared/model';
import type { ChartSelection } from '../canvas/ChartController';
import type { Column } from './DataTable';
import { DataTable } from './DataTable';
import type { EntityRow, LinkRow } from './rows';
import { entityRows, linkRows } from './rows';

const ENTITY_COLUMNS: Column<Exclude<keyof EntityRow, 'id'>>[] = [
  { key: 'label', label: 'Name' },
  { key: 'kind', label: 'Kind' },
  { key: 'detail', label: 'Key detail' },
  { key: 'safeguarding', label: 'Safeguarding' },
  { key: 'links', label: 'Links', numeric: true },
  { key: 'classification', label: 'Classification' },
  { key: 'reviewDate', label: 'Review date' },
];

const LINK_COLUMNS: Column<Exclude<keyof LinkRow, 'id'>>[] = [
  { key: 'from', label: 'From' },
  { key: 'kind', label: 'Link' },
  { key: 'to', label: 'To' },
  { key: 'strength', label: 'Strength', numeric: true },
  { key: 'grade', label: 'Grade' },
  { key: 'firstSeen', label: 'First seen' },
  { key: 'lastSeen', label: 'Last seen' },
];

/** The chart as lists: the same facts for screen-reader users and anyone who prefers tables. */
export function TableView(props: {
  entities: ReadonlyMap<string, Entity>;
  links: ReadonlyMap<string, Link>;
  today: string;
  selection: ChartSelection;
  onSelect: (selection: ChartSelection) => void;
}) {
  const { entities, links, today } = props;
  useConsultation(tableConsultation(entities, links));
  const eRows = useMemo(() => entityRows(entities, links, today), [entities, links, today]);
  const lRows = useMemo(() => linkRows(entities, links), [entities, links]);
  return (
    <div className="table-view">
      <DataTable
        caption="Entities"
        columns={ENTITY_COLUMNS}
        rowHeader="label"
        rows={eRows}
        selectedId={props.selection?.type === 'entity' ? props.selection.id : undefined}
        onSelect={(id) => props.onSelect({ type: 'entity', id })}
      />
      <DataTable
        caption="Links"
        columns={LINK_COLUMNS}
        rowHeader="from"
        rowName={(r) => `${r.from}, ${r.kind.toLowerCase()}, ${r.to}`}
        rows={lRows}
        selectedId={props.selection?.type === 'link' ? props.selection.id : undefined}
        onSelect={(id) => props.onSelect({ type: 'link', id })}
      />
    </div>
  );
}
