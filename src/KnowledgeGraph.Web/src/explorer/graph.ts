// The canvas: Cytoscape.js with the fCoSE layout. It draws a plain list of nodes and edges (computed from
// the view by the app) and diff-updates the canvas, so that expanding a node keeps everything else in place.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { GEdge, GNode } from './api';
import { edgeWidth, kindStyle, nodeSize, STYLESHEET } from './style';

cytoscape.use(fcose);
cytoscape.use(svg);

export interface DrawOptions { sources: Set<string>; pinned: Set<string>; path: Set<string>; pathEdges: Set<string>; relayout?: boolean }

export class GraphCanvas {
  readonly cy: cytoscape.Core;
  private layout: cytoscape.Layouts | null = null;
  private large = false;
  /** Resolves when the last layout has stopped (tests and the benchmark wait on data-layout="done"). */
  layoutDone: Promise<void> = Promise.resolve();
  /** How long the last layout took, run to stop (ms). */
  lastLayoutMs = 0;

  constructor(private readonly container: HTMLElement) {
    this.cy = cytoscape({
      container,
      style: STYLESHEET,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: true,
      hideEdgesOnViewport: false,
    });
    container.dataset.layout = 'done';
  }

  draw(nodes: GNode[], edges: GEdge[], opts: DrawOptions): number {
    const cy = this.cy;
    const wantNodes = new Map(nodes.map((n) => [n.id, n]));
    const wantEdges = new Map(edges.filter((e) => wantNodes.has(e.source) && wantNodes.has(e.target)).map((e) => [e.id, e]));
    const hadNodes = cy.nodes().length > 0;
    const added: cytoscape.ElementDefinition[] = [];

    cy.batch(() => {
      cy.elements().filter((el) => (el.isNode() ? !wantNodes.has(el.id()) : !wantEdges.has(el.id()))).remove();
      const centre = hadNodes ? cy.nodes().boundingBox({}) : null;
      // New nodes start beside a neighbour already on the canvas, so the incremental layout moves little.
      const anchorOf = new Map<string, string>();
      if (hadNodes) {
        for (const e of wantEdges.values()) {
          if (!anchorOf.has(e.source) && cy.getElementById(e.target).nonempty()) anchorOf.set(e.source, e.target);
          if (!anchorOf.has(e.target) && cy.getElementById(e.source).nonempty()) anchorOf.set(e.target, e.source);
        }
      }
      for (const n of nodes) {
        const data = nodeData(n);
        const existing = cy.getElementById(n.id);
        if (existing.nonempty()) existing.data(data);
        else {
          const anchor = anchorOf.get(n.id);
          const near = anchor ? cy.getElementById(anchor).position() : null;
          const position = near
            ? { x: near.x + (Math.random() - 0.5) * 120, y: near.y + (Math.random() - 0.5) * 120 }
            : centre ? { x: (centre.x1 + centre.x2) / 2 + (Math.random() - 0.5) * 200, y: (centre.y1 + centre.y2) / 2 + (Math.random() - 0.5) * 200 } : undefined;
          added.push({ group: 'nodes', data, position, classes: nodeClasses(n.id, opts) });
        }
      }
      for (const e of wantEdges.values()) {
        const existing = cy.getElementById(e.id);
        if (existing.nonempty()) existing.data(edgeData(e));
        else added.push({ group: 'edges', data: edgeData(e), classes: opts.pathEdges.has(e.id) ? ['path'] : [] });
      }
      cy.add(added);
      // Only touch elements whose state changed: restyling 2,000 unchanged elements costs more than drawing them.
      const set = (el: cytoscape.SingularElementArgument, cls: string, on: boolean) => { if (el.hasClass(cls) !== on) el.toggleClass(cls, on); };
      cy.nodes().forEach((n) => {
        set(n, 'source', opts.sources.has(n.id()));
        set(n, 'pinned', opts.pinned.has(n.id()));
        set(n, 'path', opts.path.has(n.id()));
        const pin = opts.pinned.has(n.id());
        if (pin !== n.locked()) { if (pin) n.lock(); else n.unlock(); }
      });
      cy.edges().forEach((e) => set(e, 'path', opts.pathEdges.has(e.id())));
    });

    // Large views: straight "haystack" edges and no label-aware layout keep a 500-node view interactive.
    const large = cy.nodes().length > 300;
    if (large !== this.large) {
      this.large = large;
      cy.style().selector('edge').style('curve-style', large ? 'haystack' : 'bezier').update();
    }

    const newNodes = added.filter((a) => a.group === 'nodes').length;
    if (newNodes > 0 || opts.relayout) this.runLayout(!hadNodes);
    return newNodes;
  }

  runLayout(fresh: boolean) {
    this.layout?.stop();
    const pinned = this.cy.nodes('.pinned');
    this.container.dataset.layout = 'running';
    const layout = this.cy.layout({
      name: 'fcose',
      // Large views get the spectral ('draft') layout only, spread wide: the force-directed refinement costs
      // seconds at 500 nodes, and a spread layout fits at a zoom where labels (min-zoomed-font-size) and their
      // textures are skipped until the user zooms in. Measured by the RenderBenchmark test.
      quality: this.large ? 'draft' : 'default',
      nodeSeparation: this.large ? 400 : 75,
      randomize: fresh,
      animate: this.cy.nodes().length < 200,
      animationDuration: 400,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: !this.large,
      idealEdgeLength: () => 110,
      nodeRepulsion: () => 9000,
      numIter: 2500,
      fixedNodeConstraint: pinned.length ? pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })) : undefined,
    } as cytoscape.LayoutOptions);
    this.layout = layout;
    const started = performance.now();
    this.layoutDone = new Promise((resolve) => {
      layout.one('layoutstop', () => {
        this.lastLayoutMs = performance.now() - started;
        if (this.layout === layout) this.container.dataset.layout = 'done';
        resolve();
      });
    });
    layout.run();
  }

  fit() { this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 } }, { duration: 250 }); }

  select(id: string | null) {
    this.cy.$(':selected').unselect();
    if (id) {
      const n = this.cy.getElementById(id);
      if (n.nonempty()) n.select();
    }
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
  }

  svg(): string {
    return (this.cy as unknown as { svg(o: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
  }

  /** Screen position of a node's centre, relative to the page (keyboard users and tests use this). */
  pagePosition(id: string): { x: number; y: number } | null {
    const n = this.cy.getElementById(id);
    if (n.empty()) return null;
    const p = n.renderedPosition();
    const r = this.container.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }
}

function nodeClasses(id: string, opts: DrawOptions): string[] {
  const classes: string[] = [];
  if (opts.sources.has(id)) classes.push('source');
  if (opts.pinned.has(id)) classes.push('pinned');
  if (opts.path.has(id)) classes.push('path');
  return classes;
}

function nodeData(n: GNode) {
  const style = kindStyle(n.kind);
  const mentions = Number(n.properties.mentionCount ?? 0);
  return {
    id: n.id,
    kind: n.kind,
    label: n.label || n.id,
    color: style.color,
    shape: style.shape,
    size: n.kind === 'Meeting' ? 30 : nodeSize(mentions),
    mentionCount: mentions,
  };
}

function edgeData(e: GEdge) {
  const meetings = Number(e.properties.meetings ?? 0) || undefined;
  return { id: e.id, source: e.source, target: e.target, type: e.type, width: edgeWidth(e.type, meetings), meetings };
}
