import { ENTITY_KINDS, type EntityKind } from '../../shared/model';
import { SLIDE_NODE_RADIUS, type SlideLabel } from './slideLabels';
import { SLIDE_DRAWING, type SlideNode, type ViewSlideData } from './viewSlide';

const KIND_COLOURS: Partial<Record<EntityKind, string>> = {
  nominal: '#1f5fa8',
  ocg: '#a00000',
  usg: '#b34700',
  location: '#2e7d32',
  phone: '#6a1b9a',
  vehicle: '#555555',
  organisation: '#00695c',
};

/** Where a leader line meets a label's box: the point of the box nearest the node. */
function leaderEnd(l: SlideLabel, n: SlideNode): [number, number] {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return [clamp(n.x, l.x - l.width / 2, l.x + l.width / 2), clamp(n.y, l.top, l.top + l.height)];
}

/** A saved view drawn from its saved positions, with what it shows in words. */
export function ViewSlideCard({ view }: { view: ViewSlideData }) {
  const { width, height } = SLIDE_DRAWING;
  const kinds = [...new Set(view.nodes.map((n) => n.kind))];
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const keyCount = view.labels.filter((l) => l.key).length;
  return (
    <>
      <h2>Saved view: {view.title}</h2>
      <p>
        {view.filters} {view.entities} entities and {view.links} links:{' '}
        {view.kinds.map((k) => `${k.count} ${k.label}`).join(', ')}.
      </p>
      {view.nodes.length > 0 ? (
        <figure className="briefing-figure">
          <svg
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={`Chart of ${view.title}: ${view.labels.length} of ${view.nodes.length} entities labelled, the ${keyCount} most linked always`}
          >
            {view.edges.map(([x1, y1, x2, y2], i) => (
              <line key={i} x1={x1} y1={y1} x2={x2} y2={y2} stroke="#9aa5b1" />
            ))}
            {view.nodes.map((n) => (
              <circle
                key={n.id}
                data-id={n.id}
                cx={n.x}
                cy={n.y}
                r={SLIDE_NODE_RADIUS}
                fill={KIND_COLOURS[n.kind] ?? '#333'}
              />
            ))}
            {view.labels.map((l) => {
              const n = byId.get(l.id);
              const end = n && l.leader ? leaderEnd(l, n) : null;
              return (
                <g key={l.id} className={l.key ? 'slide-label key' : 'slide-label'} data-id={l.id}>
                  {end && n ? (
                    <line
                      x1={n.x}
                      y1={n.y}
                      x2={end[0]}
                      y2={end[1]}
                      stroke="#444"
                      strokeWidth={0.8}
                    />
                  ) : null}
                  <text
                    x={l.x}
                    y={l.top + l.fontSize}
                    fontSize={l.fontSize}
                    textAnchor="middle"
                    textLength={l.width}
                    lengthAdjust="spacingAndGlyphs"
                  >
                    {l.text}
                  </text>
                </g>
              );
            })}
          </svg>
          <figcaption>
            {kinds.map((k) => (
              <span key={k} className="legend-item">
                <span aria-hidden="true" style={{ color: KIND_COLOURS[k] ?? '#333' }}>
                  ●
                </span>{' '}
                {ENTITY_KINDS[k].plural}
              </span>
            ))}
            <span className="legend-item">
              Named: the {keyCount} most linked on this slide always, others where there is room
            </span>
          </figcaption>
        </figure>
      ) : (
        <p className="notice">
          This view was saved without positions, so only its figures are shown.
        </p>
      )}
    </>
  );
}
