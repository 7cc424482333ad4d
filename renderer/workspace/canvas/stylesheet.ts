import type { StylesheetJson } from 'cytoscape';
import { LINK_KIND_IDS } from '../../../shared/model';
import { BADGE_ICONS, ENTITY_ICONS, PLACE_ICONS } from '../icons';
import { COMBINED_LINK_COLOUR, DASHES, LINK_STYLES } from '../linkStyles';

const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const SELECTION = '#0B57D0';

const EDGE_LABELS = {
  'target-arrow-color': 'data(colour)',
  'arrow-scale': 1.1,
  label: 'data(label)',
  'font-family': FONT,
  'font-size': 10,
  color: '#2B3036',
  'text-rotation': 'autorotate',
  'text-background-color': '#FFFFFF',
  'text-background-opacity': 0.85,
  'text-background-padding': '1px',
  // Link labels only close up: at a glance the colour and dash say the kind.
  'min-zoomed-font-size': 18,
} as const;

/**
 * The chart's look. Labels are canvas text, never HTML, so a hostile label cannot run. Which
 * labels are drawn, and how big, is the label layer's plan (labels/labelPlan.ts): the class
 * `label-on` with the font size and width it chose; nothing is drawn on top of another label.
 */
export function chartStylesheet(options: { haystack: boolean }): StylesheetJson {
  // On a large map, icons and labels are drawn only once zoomed in far enough to read them
  // (the controller adds `detail`): thousands of images per frame cost seconds without a GPU.
  const large = options.haystack;
  return [
    {
      selector: 'node',
      style: {
        shape: 'ellipse',
        width: 40,
        height: 40,
        'border-width': 2,
        'background-color': 'data(fill)',
        'border-color': 'data(rim)',
        ...(large ? {} : { 'background-image': 'data(icon)' }),
        'background-width': '62%',
        'background-height': '62%',
        'background-fit': 'none',
        'font-family': FONT,
        'font-size': 12,
        color: '#16191D',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
      },
    },
    {
      selector: 'node.label-on',
      style: {
        label: 'data(caption)',
        'font-size': 'data(labelFont)',
        'text-max-width': 'data(labelWidth)',
      },
    },
    ...(large ? [{ selector: 'node.detail', style: { 'background-image': 'data(icon)' } }] : []),
    ...badgeStyles(),
    ...placeStyles(large),
    {
      selector: 'node:parent',
      style: {
        shape: 'round-rectangle',
        'background-opacity': 0.07,
        'background-image': 'none',
        'border-width': 2,
        'border-style': 'solid',
        padding: '18px',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 16,
        'font-weight': 'bold',
        'text-max-width': '400px',
        'text-background-opacity': 0,
        label: 'data(caption)',
        'min-zoomed-font-size': 4,
      },
    },
    {
      // A collapsed group or a summary's combo: one node standing for many, as large as its
      // count, always labelled (its caption is the map's own summary of what it holds).
      selector: 'node[hiddenCount]',
      style: {
        shape: 'round-rectangle',
        width: 'mapData(hiddenCount, 1, 400, 48, 150)',
        height: 'mapData(hiddenCount, 1, 400, 48, 150)',
        'border-width': 5,
        'border-style': 'double',
        label: 'data(caption)',
        'font-weight': 'bold',
        'text-wrap': 'wrap',
        'text-max-width': '220px',
        'min-zoomed-font-size': 0,
      },
    },
    {
      // A summary's combo: a disc whose area grows with its count, its caption in proportion.
      selector: 'node[diameter]',
      style: {
        shape: 'ellipse',
        width: 'data(diameter)',
        height: 'data(diameter)',
        // Caption inside the disc, a tenth of its width high, under the kind's icon.
        'font-size': 'mapData(diameter, 500, 2500, 38, 192)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': '2400px',
        'text-background-opacity': 0,
        'line-height': 1.15,
        'background-width': '26%',
        'background-height': '26%',
        'background-position-y': '14%',
      },
    },
    {
      // A community (Louvain) rather than a recorded group: grey, dashed when open.
      selector: 'node[?community]',
      style: {
        'background-color': '#E5E7EB',
        'border-color': '#4B5563',
        'background-image': 'none',
      },
    },
    { selector: 'node[?community]:parent', style: { 'border-style': 'dashed' } },
    {
      // Key nominals keep their label at any zoom, on large maps too.
      selector: 'node[?key]',
      style: { label: 'data(caption)', 'font-weight': 'bold', 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': options.haystack ? 'haystack' : 'bezier',
        width: 'mapData(strength, 1, 5, 1, 5)',
        'line-cap': 'round',
        'line-color': 'data(colour)',
        // Large maps draw no edge labels (measuring thousands dominated the first draw) and no
        // arrowheads (haystack lines take none), so their text and arrow properties, applied
        // to every link for nothing, are left out too.
        ...(large ? {} : EDGE_LABELS),
      },
    },
    // Large charts draw haystack lines, which take no dash or arrowhead: the kind's blocks
    // would only cost style time (a third more for 6k links) for nothing seen. Colour stays.
    ...(large ? [] : linkKindStyles()),
    {
      // Weak grade: an open ring half-way along, so the kind's own dash pattern still reads.
      selector: 'edge[?weak]',
      style: {
        'mid-target-arrow-shape': 'circle',
        'mid-target-arrow-fill': 'hollow',
        'mid-target-arrow-color': 'data(colour)',
        'arrow-scale': 1.2,
      },
    },
    {
      // Several links between summarised or collapsed groups, drawn as one: grey, thicker with
      // the count, labelled with it whatever the map's size.
      selector: 'edge[bundled]',
      style: {
        // Straight: one line per pair, and no control points to work out for hundreds of them.
        'curve-style': 'straight',
        'line-color': COMBINED_LINK_COLOUR,
        'line-style': 'solid',
        'target-arrow-shape': 'none',
        'source-arrow-shape': 'none',
        'mid-target-arrow-shape': 'none',
        width: 'mapData(bundled, 1, 40, 2, 9)',
        label: 'data(label)',
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: ':selected',
      style: { 'underlay-color': SELECTION, 'underlay-opacity': 0.3, 'underlay-padding': 7 },
    },
    { selector: 'node:selected', style: { 'border-color': SELECTION, 'border-width': 4 } },
    // Pinned: a dashed ring outside the node, so a pin reads apart from every badge and border.
    {
      selector: 'node.pinned',
      style: {
        'outline-width': 2,
        'outline-style': 'dashed',
        'outline-color': '#1B1F24',
        'outline-offset': 3,
      },
    },
    // A search result blinks for a moment so the eye finds it.
    {
      selector: 'node.flash',
      style: { 'underlay-color': '#F0B400', 'underlay-opacity': 0.7, 'underlay-padding': 14 },
    },
    // Analysis highlights: what is not highlighted steps back rather than vanishing.
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.highlighted', style: { 'border-color': '#111111', 'border-width': 5 } },
    { selector: 'edge.highlighted', style: { width: 6, 'line-color': '#111111' } },
    // Drawing a link by dragging (cytoscape-edgehandles).
    { selector: '.eh-source, .eh-target', style: { 'border-color': SELECTION, 'border-width': 4 } },
    {
      selector: '.eh-preview, .eh-ghost-edge',
      style: { 'line-color': SELECTION, 'target-arrow-color': SELECTION, 'line-style': 'dashed' },
    },
    { selector: '.eh-ghost-node', style: { opacity: 0 } },
  ];
}

/** One block per link kind: its dash pattern and arrowhead (colour travels as data). */
function linkKindStyles(): StylesheetJson {
  return LINK_KIND_IDS.map((kind) => {
    const { dash, arrow, bothEnds } = LINK_STYLES[kind];
    return {
      selector: `edge[kind = "${kind}"]`,
      style: {
        'line-style': dash === 'solid' ? 'solid' : 'dashed',
        ...(dash === 'solid' ? {} : { 'line-dash-pattern': [...DASHES[dash]] }),
        'target-arrow-shape': arrow,
        'source-arrow-shape': bothEnds ? arrow : 'none',
        'source-arrow-color': 'data(colour)',
      },
    };
  });
}

/**
 * Badge top-right, drawn over the rim so it reads even on a small node; only people carry one.
 * A child's badge is round and a vulnerable adult's a shield, so they differ without colour.
 */
function badgeStyles(): StylesheetJson {
  return (['child', 'vulnerable'] as const).map((reason) => ({
    selector: `node[kind = "nominal"][safeguarding = "${reason}"]`,
    style: {
      'background-image': [ENTITY_ICONS.nominal, BADGE_ICONS[reason]],
      'background-width': ['62%', '55%'],
      'background-height': ['62%', '55%'],
      'background-position-x': ['50%', '125%'],
      'background-position-y': ['50%', '-25%'],
      'background-clip': ['node', 'none'],
      'background-image-containment': ['inside', 'over'],
      'bounds-expansion': 10,
      'border-color': '#111111',
      'border-width': 2,
    },
  }));
}

/**
 * Cuckooed addresses and trap houses: their own icon, and a rim that still tells them apart
 * when a large map draws no icons (double dark red: taken from a victim; dashed purple: dealt
 * from).
 */
function placeStyles(large: boolean): StylesheetJson {
  const icon = (place: 'cuckooed' | 'trap_house') =>
    large ? {} : { 'background-image': PLACE_ICONS[place] };
  return [
    {
      selector: 'node[place = "cuckooed"]',
      style: {
        ...icon('cuckooed'),
        'border-color': LINK_STYLES.cuckooed.colour,
        'border-width': 5,
        'border-style': 'double',
      },
    },
    {
      selector: 'node[place = "trap_house"]',
      style: {
        ...icon('trap_house'),
        'border-color': LINK_STYLES.supplies.colour,
        'border-width': 4,
        'border-style': 'dashed',
      },
    },
    ...(large
      ? [
          {
            selector: 'node.detail[place = "cuckooed"]',
            style: { 'background-image': PLACE_ICONS.cuckooed },
          },
          {
            selector: 'node.detail[place = "trap_house"]',
            style: { 'background-image': PLACE_ICONS.trap_house },
          },
        ]
      : []),
  ];
}
