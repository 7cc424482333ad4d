import { collapseGroups } from '../collapse';
import type { ChartElements } from '../elements';
import type { Combo, SummaryModel } from './combos';
import { comboRadius } from './layout';

/**
 * The summary as drawn: every combo collapsed to one node with its count, except those the
 * analyst expanded, whose members appear inside it. Links between combos are combined, one line
 * per pair with the number it stands for (collapseGroups). A collapsed group names its key
 * nominal in its caption, since its members' own labels are hidden.
 */
export function summarise(model: SummaryModel, expanded: ReadonlySet<string>): ChartElements {
  const collapsed = new Set([...model.combos.keys()].filter((id) => !expanded.has(id)));
  const drawn = collapseGroups(model.elements, collapsed);
  const nodes = drawn.nodes.map((n) => {
    const combo = n.hiddenCount === undefined ? undefined : model.combos.get(n.id);
    if (!combo) return n;
    // As wide as the disc its members take when opened: the area grows with the count.
    const diameter = Math.round(2 * comboRadius(combo.size));
    return { ...n, diameter, label: comboCaption(combo) };
  });
  return { nodes, edges: labelHeaviest(drawn.edges) };
}

/** Combined lines that say their count in words; the rest show it by their width alone. */
const LABELLED_BUNDLES = 40;

/**
 * Hundreds of "n links" labels would cover the chart (and measuring each costs the first
 * frame): only the heaviest combined lines keep theirs.
 */
function labelHeaviest(edges: ChartElements['edges']): ChartElements['edges'] {
  const counts = edges.flatMap((e) => (e.bundled === undefined ? [] : [e.bundled]));
  if (counts.length <= LABELLED_BUNDLES) return edges;
  const floor = counts.sort((a, b) => b - a)[LABELLED_BUNDLES - 1] ?? 0;
  // Those above the floor all keep their labels; ties at the floor share what is left.
  let ties = LABELLED_BUNDLES - counts.filter((c) => c > floor).length;
  return edges.map((e) => {
    if (e.bundled === undefined || e.bundled > floor) return e;
    if (e.bundled === floor && ties > 0) {
      ties -= 1;
      return e;
    }
    return { ...e, label: '' };
  });
}

/** In words, for the bar above the chart and for screen readers. */
export function summaryWords(model: SummaryModel, expanded: ReadonlySet<string>): string {
  const all = [...model.combos.values()];
  const groups = all.filter((c) => c.kind === 'group').length;
  const communities = all.length - groups;
  const entities = model.comboOf.size;
  const open = [...expanded].filter((id) => model.combos.has(id)).length;
  const plural = (n: number, one: string, many: string) =>
    `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
  return (
    `Summary of ${plural(entities, 'entity', 'entities')}: ${plural(groups, 'group', 'groups')} and ` +
    `${plural(communities, 'community', 'communities')}, each drawn as one node with its size` +
    (open > 0 ? `; ${plural(open, 'is', 'are')} expanded.` : '.')
  );
}

/** A combo's caption in short lines, so it fits inside its disc: name, then its key nominal. */
export function comboCaption(combo: Combo): string {
  if (combo.kind === 'community')
    return combo.label.replace(/^Community around /, 'Community around\n');
  const key = combo.keyNames[0];
  return key ? `${combo.label}\nkey: ${key}` : combo.label;
}
