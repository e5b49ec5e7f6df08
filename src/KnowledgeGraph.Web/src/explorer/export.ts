// Export of the current view: pictures drawn in the browser (PNG, SVG), data from the service's
// /api/export endpoint in every format it writes.
import type { ViewState } from './state';

export const DATA_FORMATS: { format: string; label: string }[] = [
  { format: 'graphml', label: 'GraphML (yEd, Gephi, Cytoscape)' },
  { format: 'gexf', label: 'GEXF 1.3 (Gephi timeline)' },
  { format: 'csv', label: 'CSV for neo4j-admin import (zip)' },
  { format: 'json', label: 'JSON node-link' },
  { format: 'cytoscape', label: 'Cytoscape.js JSON' },
  { format: 'cypher', label: 'Cypher script' },
];

/** Seeds of the export: every node whose neighbourhood is drawn, plus both ends of each drawn path. */
export function exportSeeds(s: ViewState): string[] {
  return [...new Set([...s.sources, ...s.paths.flat()])];
}

export function exportUrl(s: ViewState, format: string): string {
  const p = new URLSearchParams();
  for (const id of exportSeeds(s)) p.append('seed', id);
  p.set('depth', '1');
  p.set('format', format);
  if (s.topic) p.set('topic', s.topic);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  for (const k of s.kinds) p.append('kinds', k);
  if (s.conf > 0) p.set('minConfidence', String(s.conf));
  return `/api/export?${p.toString()}`;
}

export function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
