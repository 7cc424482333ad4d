import type { GeoPlacement } from '../../../shared/geo';
import { ENTITY_KINDS, LINK_KINDS } from '../../../shared/model';
import type { LegendContent } from '../legendInUse';
import { ENTITY_ICONS, SAFEGUARDING_ICON } from '../icons';
import { ENTITY_COLOURS, LINK_FAMILIES, LINK_KIND_FAMILY, linkColour } from '../palette';
import { GeoLegend } from './GeoLegend';
import { LineSample } from './LineSample';

/** Explains every icon, colour, line style and badge the chart is showing now, and nothing else. */
export function Legend({
  content,
  id,
  geography,
}: {
  content: LegendContent;
  id: string;
  /** The geographic layout's placement, while that layout is chosen: the map is explained too. */
  geography?: GeoPlacement | null;
}) {
  const families = [...new Set(content.linkKinds.map((k) => LINK_KIND_FAMILY[k]))];
  return (
    // Focusable because it scrolls: keyboard users must be able to scroll it too.
    <section className="legend" id={id} aria-labelledby={`${id}-title`} tabIndex={0}>
      <h2 id={`${id}-title`}>Legend</h2>
      {content.entityKinds.length === 0 ? <p className="muted">The chart is empty.</p> : null}
      {geography ? <GeoLegend placement={geography} /> : null}
      {content.entityKinds.length > 0 ? (
        <>
          <h3>Entities</h3>
          <ul className="legend-list">
            {content.entityKinds.map((kind) => (
              <li key={kind}>
                <span
                  className="legend-disc"
                  style={{
                    background: ENTITY_COLOURS[kind].fill,
                    borderColor: ENTITY_COLOURS[kind].border,
                  }}
                >
                  <img src={ENTITY_ICONS[kind]} alt="" width={18} height={18} />
                </span>
                {ENTITY_KINDS[kind].label}
              </li>
            ))}
            {content.groupsInUse ? (
              <li>
                <span className="legend-group" aria-hidden="true" />
                OCG or street gang: a box around its members (one box per member; other memberships
                drawn as lines)
              </li>
            ) : null}
            {content.collapsedInUse ? (
              <li>
                <span className="legend-collapsed" aria-hidden="true">
                  +n
                </span>
                Collapsed group: (+n) members hidden inside
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      {content.badges.length > 0 ? (
        <>
          <h3>Badges</h3>
          <ul className="legend-list">
            {content.badges.map((b) => (
              <li key={b}>
                <img src={SAFEGUARDING_ICON} alt="" width={22} height={22} />
                {b === 'child'
                  ? 'Safeguarding: a child (under 18 today)'
                  : 'Safeguarding: a vulnerable adult'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {content.linkKinds.length > 0 ? (
        <>
          <h3>Links by colour</h3>
          <ul className="legend-list">
            {families.map((f) => (
              <li key={f}>
                <LineSample colour={LINK_FAMILIES[f].colour} />
                <span>
                  {LINK_FAMILIES[f].label}:{' '}
                  {content.linkKinds
                    .filter((k) => LINK_KIND_FAMILY[k] === f)
                    .map((k) => LINK_KINDS[k].label.toLowerCase())
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
          <h3>Line styles</h3>
          <ul className="legend-list">
            {content.directedInUse ? (
              <li>
                <LineSample colour="#4B5563" arrow />
                Arrow: the link has a direction (from, to)
              </li>
            ) : null}
            {content.weakInUse ? (
              <li>
                <LineSample colour="#4B5563" dashed />
                Dashed: weak grade (source not reliable, or intelligence not known or suspected
                false)
              </li>
            ) : null}
            {content.bundledInUse ? (
              <li>
                <LineSample colour="#4B5563" dotted />
                Dotted: several links to or from a collapsed group
              </li>
            ) : null}
            {content.strengthsInUse.length > 1 ? (
              <li>
                <span className="legend-widths" aria-hidden="true">
                  {content.strengthsInUse.map((s) => (
                    <LineSample key={s} colour={linkColour('associate')} width={s} short />
                  ))}
                </span>
                Thickness: strength, {content.strengthsInUse[0]} (thin) to{' '}
                {content.strengthsInUse.at(-1)} (thick) of 5
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
    </section>
  );
}
