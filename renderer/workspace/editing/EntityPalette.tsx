import type { EntityKind } from '../../../shared/model';
import { ENTITY_KIND_IDS, ENTITY_KINDS } from '../../../shared/model';
import { ENTITY_ICONS } from '../icons';
import { ENTITY_COLOURS } from '../palette';

/** One button per entity kind, each opening the create dialog for that kind ("N" does too). */
export function EntityPalette(props: {
  onCreate: (kind: EntityKind) => void;
  linkMode: boolean;
  onLinkMode: (on: boolean) => void;
}) {
  return (
    <div className="ws-palette" role="toolbar" aria-label="Add to chart">
      {ENTITY_KIND_IDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="palette-button"
          title={`Add ${ENTITY_KINDS[kind].label.toLowerCase()} (N)`}
          aria-label={`Add ${ENTITY_KINDS[kind].label.toLowerCase()}`}
          onClick={() => props.onCreate(kind)}
        >
          <span
            className="palette-icon"
            style={{ backgroundColor: ENTITY_COLOURS[kind].fill }}
            aria-hidden="true"
          >
            <img src={ENTITY_ICONS[kind]} alt="" width={18} height={18} />
          </span>
        </button>
      ))}
      <button
        type="button"
        className="palette-button palette-link"
        aria-pressed={props.linkMode}
        title="Draw links: drag from one entity to another. Or select two and press L."
        onClick={() => props.onLinkMode(!props.linkMode)}
      >
        Draw links
      </button>
    </div>
  );
}
