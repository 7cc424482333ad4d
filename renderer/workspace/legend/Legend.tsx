import type { GeoPlacement } from '../../../shared/geo';
import { ENTITY_KINDS, LINK_KINDS } from '../../../shared/model';
import type { LegendContent } from '../legendInUse';
import { BADGE_ICONS, ENTITY_ICONS, PLACE_ICONS } from '../icons';
import { COMBINED_LINK_COLOUR, DASHES, LINK_STYLES, describeLinkStyle } from '../linkStyles';
import { ENTITY_COLOURS } from '../palette';
import { GeoLegend } from './GeoLegend';
import { LineSample } from './LineSample';
import '../summary/summary.css';

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
            {content.places.map((p) => (
              <li key={p}>
                <span className="legend-disc" style={placeDisc(p)}>
                  <img src={PLACE_ICONS[p]} alt="" width={18} height={18} />
                </span>
                {p === 'cuckooed'
                  ? 'Cuckooed address: a home taken over from a vulnerable occupant (double red rim)'
                  : 'Trap house: an address drugs are dealt from (dashed purple rim)'}
              </li>
            ))}
            {content.groupsInUse ? (
              <li>
                <span className="legend-group" aria-hidden="true" />
                OCG or street gang: a box around its members (one box per member; other memberships
                drawn as lines)
              </li>
            ) : null}
            {content.communitiesInUse ? (
              <li>
                <span className="legend-collapsed legend-community" aria-hidden="true">
                  n
                </span>
                Grey box: a community (entities more linked to each other than to the rest, found by
                Louvain) drawn as one node of n entities; dashed when expanded
              </li>
            ) : null}
            {content.collapsedInUse ? (
              <li>
                <span className="legend-collapsed" aria-hidden="true">
                  +n
                </span>
                Collapsed group: (+n) members hidden inside, its key nominals named
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
                <img src={BADGE_ICONS[b]} alt="" width={22} height={22} />
                {b === 'child'
                  ? 'Round badge: a child (under 18 today), to be safeguarded'
                  : 'Shield badge: a vulnerable adult, to be safeguarded'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {content.linkKinds.length > 0 ? (
        <>
          <h3>Links</h3>
          <ul className="legend-list">
            {content.linkKinds.map((k) => {
              const style = LINK_STYLES[k];
              return (
                <li key={k}>
                  <LineSample
                    colour={style.colour}
                    dash={DASHES[style.dash]}
                    arrow={style.arrow}
                    {...(style.bothEnds ? { bothEnds: true } : {})}
                  />
                  <span>
                    {LINK_KINDS[k].label} <span className="sr-only">({describeLinkStyle(k)})</span>
                  </span>
                </li>
              );
            })}
          </ul>
          <h3>Line styles</h3>
          <ul className="legend-list">
            {content.directedInUse ? (
              <li>
                <LineSample colour="#4B5563" arrow="triangle" />
                Arrowhead at the target: the link reads from its source (&ldquo;A exploits B&rdquo;
                points at B)
              </li>
            ) : null}
            {content.weakInUse ? (
              <li>
                <LineSample colour="#4B5563" ring />
                Open ring half-way: weak grade (source not reliable, or intelligence not known or
                suspected false)
              </li>
            ) : null}
            {content.bundledInUse ? (
              <li>
                <LineSample colour={COMBINED_LINK_COLOUR} width={5} />
                Thick grey line with a number: that many links combined, between groups shown as one
              </li>
            ) : null}
            {content.strengthsInUse.length > 1 ? (
              <li>
                <span className="legend-widths" aria-hidden="true">
                  {content.strengthsInUse.map((s) => (
                    <LineSample key={s} colour={LINK_STYLES.associate.colour} width={s} short />
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

/** The rim the chart draws around a cuckooed address or a trap house. */
function placeDisc(place: 'cuckooed' | 'trap_house') {
  const cuckooed = place === 'cuckooed';
  return {
    background: ENTITY_COLOURS.location.fill,
    borderColor: cuckooed ? LINK_STYLES.cuckooed.colour : LINK_STYLES.supplies.colour,
    borderStyle: cuckooed ? 'double' : 'dashed',
    borderWidth: cuckooed ? 4 : 3,
  } as const;
}
