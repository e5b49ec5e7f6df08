// How each kind of node looks: colour (Okabe–Ito palette, distinguishable with colour-blindness) and a
// shape, so kind never rests on colour alone. Shared by the canvas, the legend and the SVG export.
import type cytoscape from 'cytoscape';

export const KIND_STYLE: Record<string, { color: string; shape: string; symbol: string }> = {
  Person: { color: '#0072B2', shape: 'ellipse', symbol: '●' },
  Meeting: { color: '#D55E00', shape: 'star', symbol: '★' },
  Cable: { color: '#56B4E9', shape: 'round-rectangle', symbol: '▬' },
  Country: { color: '#009E73', shape: 'hexagon', symbol: '⬢' },
  Organization: { color: '#E69F00', shape: 'diamond', symbol: '◆' },
  Topic: { color: '#CC79A7', shape: 'round-tag', symbol: '◣' },
  Post: { color: '#6B6B6B', shape: 'triangle', symbol: '▲' },
};

export function kindStyle(kind: string) {
  return KIND_STYLE[kind] ?? { color: '#6B6B6B', shape: 'ellipse', symbol: '●' };
}

/** Node diameter from mention count: logarithmic, so hubs stand out without swallowing the canvas. */
export function nodeSize(mentionCount: number | undefined): number {
  return Math.round(Math.min(84, 26 + 9 * Math.log2(1 + Math.max(0, mentionCount ?? 0))));
}

/** MET edge width from the number of meetings. */
export function edgeWidth(type: string, meetings: number | undefined): number {
  if (type !== 'MET') return 1.2;
  return Math.min(14, 2 + 2.5 * Math.log2(1 + Math.max(1, meetings ?? 1)));
}

export const STYLESHEET: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
      'font-size': 13,
      color: '#1a1a1a',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '190px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 7,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.source', style: { 'border-width': 3, 'border-color': '#1a1a1a' } },
  { selector: 'node.pinned', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#1a1a1a' } },
  { selector: 'node:selected', style: { 'overlay-color': '#FFD400', 'overlay-opacity': 0.35, 'overlay-padding': 6, 'font-weight': 'bold', 'z-index': 10 } },
  { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#000000' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9aa3b2',
      'curve-style': 'bezier',
      'target-arrow-shape': 'none',
      opacity: 0.85,
    },
  },
  { selector: 'edge[type = "MET"]', style: { 'line-color': '#0a4f80', opacity: 0.9 } },
  { selector: 'edge[type = "ATTENDED"]', style: { 'line-color': '#c98a66' } },
  { selector: 'edge.path', style: { 'line-color': '#000000', width: 5, 'z-index': 9, opacity: 1 } },
  { selector: 'edge:selected', style: { 'line-color': '#FFB000', label: 'data(type)', 'font-size': 10, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.9 } },
];
