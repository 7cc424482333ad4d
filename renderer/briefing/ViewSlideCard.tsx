import { ENTITY_KINDS, type EntityKind } from '../../shared/model';
import type { ViewSlideData } from './viewSlide';

const W = 960;
const H = 440;
const PAD = 24;
const KIND_COLOURS: Partial<Record<EntityKind, string>> = {
  nominal: '#1f5fa8',
  ocg: '#a00000',
  usg: '#b34700',
  location: '#2e7d32',
  phone: '#6a1b9a',
  vehicle: '#555555',
  organisation: '#00695c',
};

/** A saved view drawn from its saved positions, with what it shows in words. */
export function ViewSlideCard({ view }: { view: ViewSlideData }) {
  const px = (x: number) => PAD + x * (W - 2 * PAD);
  const py = (y: number) => PAD + y * (H - 2 * PAD);
  const kinds = [...new Set(view.nodes.map((n) => n.kind))];
  return (
    <>
      <h2>Saved view: {view.title}</h2>
      <p>
        {view.filters} {view.entities} entities and {view.links} links:{' '}
        {view.kinds.map((k) => `${k.count} ${k.label}`).join(', ')}.
      </p>
      {view.nodes.length > 0 ? (
        <figure className="briefing-figure">
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Chart of ${view.title}`}>
            {view.edges.map(([x1, y1, x2, y2], i) => (
              <line key={i} x1={px(x1)} y1={py(y1)} x2={px(x2)} y2={py(y2)} stroke="#9aa5b1" />
            ))}
            {view.nodes.map((n) => (
              <g key={n.id}>
                <circle cx={px(n.x)} cy={py(n.y)} r={7} fill={KIND_COLOURS[n.kind] ?? '#333'} />
                {view.nodes.length <= 60 ? (
                  <text x={px(n.x) + 9} y={py(n.y) + 4} fontSize={11} fill="#111">
                    {n.label}
                  </text>
                ) : null}
              </g>
            ))}
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
