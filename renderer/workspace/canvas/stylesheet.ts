import type { StylesheetJson } from 'cytoscape';
import { ENTITY_ICONS, SAFEGUARDING_ICON } from '../icons';

const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const SELECTION = '#0B57D0';

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
    {
      // Badge top-right, drawn over the rim so it reads even on a small node. Only people carry it.
      selector: 'node[kind = "nominal"][safeguarding]',
      style: {
        'background-image': [ENTITY_ICONS.nominal, SAFEGUARDING_ICON],
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
    },
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
      selector: 'node[hiddenCount]',
      style: {
        shape: 'round-rectangle',
        width: 52,
        height: 52,
        'border-width': 5,
        'border-style': 'double',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': options.haystack ? 'haystack' : 'bezier',
        width: 'mapData(strength, 1, 5, 1, 5)',
        'line-cap': 'round',
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'arrow-scale': 0.9,
        // Large maps draw no edge labels: measuring thousands of them dominated the first draw.
        ...(options.haystack ? {} : { label: 'data(label)' }),
        'font-family': FONT,
        'font-size': 10,
        color: '#2B3036',
        'text-rotation': 'autorotate',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // Link labels only close up: at a glance the colour and dash say the kind.
        'min-zoomed-font-size': 18,
      },
    },
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    { selector: 'edge[?weak]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5] } },
    { selector: 'edge[bundled]', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none' } },
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
