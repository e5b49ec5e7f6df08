// Reads a GraphML or GEXF file the way a real consumer does and prints what it understood as JSON:
// first a strict well-formedness check (@xmldom/xmldom, any error fails), then graphology's own parser.
// Usage: node read-graph.mjs graphml|gexf FILE
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';

const [format, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

new DOMParser({
  onError: (level, message) => {
    if (level !== 'warning') throw new Error(`not well-formed XML: ${message}`);
  },
}).parseFromString(text, 'application/xml');

const parser = format === 'gexf' ? gexf : format === 'graphml' ? graphml : null;
if (!parser) throw new Error(`unknown format ${format}`);
const graph = parser.parse(Graph, text);

process.stdout.write(JSON.stringify({
  type: graph.type,
  multi: graph.multi,
  order: graph.order,
  size: graph.size,
  nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
  edges: graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes })),
}));
