// The explorer: wires the search, filters, canvas, side panel, timeline, "who met whom" and export to one
// view state. Every change goes through `change()`, which records undo, redraws and updates the URL.
import './explorer.css';
import * as api from './api';
import type { GEdge, GNode, Subgraph, TimelineBucket } from './api';
import { download, DATA_FORMATS, exportSeeds, exportUrl } from './export';
import { GraphCanvas } from './graph';
import { DetailsPanel, el, meetingList, type PanelActions } from './panel';
import { SearchCombobox } from './search';
import { ALL_KINDS, cloneState, fromUrl, History, toUrl, type ViewState } from './state';
import { kindStyle } from './style';
import { monthRange, renderTimeline } from './timeline';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let state: ViewState = fromUrl(location.search);
const history = new History();
const cache = new Map<string, Subgraph>(); // `${filterKey}|${source}` → neighbourhood; `path|a|b` → path
let drawn: { nodes: Map<string, GNode>; edges: GEdge[] } = { nodes: new Map(), edges: [] };
let years: [number, number] = [1966, 2010];
let renderSeq = 0;

const canvas = new GraphCanvas($('cy'));
const status = $('status');

function say(message: string, error = false) {
  status.textContent = message;
  status.classList.toggle('error', error);
}

// ---------------------------------------------------------------- view changes, undo, URL

function change(mutate: (s: ViewState) => void, opts: { undoable?: boolean } = {}) {
  if (opts.undoable !== false) history.push(state);
  const next = cloneState(state);
  mutate(next);
  state = next;
  void render();
}

function undo() {
  const prev = history.pop();
  if (!prev) { say('Nothing to undo.'); return; }
  state = prev;
  syncControls();
  void render();
  say('Undone.');
}

function writeUrl() {
  const url = toUrl(state);
  if (url !== location.search) window.history.replaceState(null, '', url || location.pathname);
  ($('undo') as HTMLButtonElement).disabled = history.size === 0;
}

// ---------------------------------------------------------------- drawing

function serverFilter(s: ViewState): api.NeighbourhoodFilter {
  return { kinds: s.kinds.length ? s.kinds : undefined, from: s.from ?? undefined, to: s.to ?? undefined, topic: s.topic ?? undefined, minConfidence: s.conf || undefined };
}

const filterKey = (s: ViewState) => JSON.stringify(serverFilter(s));

async function fetchMissing(s: ViewState) {
  const key = filterKey(s);
  const missing = s.sources.filter((id) => !cache.has(`${key}|${id}`));
  const paths = s.paths.filter(([a, b]) => !cache.has(`path|${a}|${b}`));
  const [hoods, found] = await Promise.all([
    api.neighbourhoods(missing, serverFilter(s)),
    Promise.all(paths.map(([a, b]) => api.path(a, b).then((g) => [a, b, g] as const))),
  ]);
  for (const [id, g] of hoods) cache.set(`${key}|${id}`, g);
  for (const [a, b, g] of found) cache.set(`path|${a}|${b}`, g);
}

/** Nodes located in another country than the country filter (people, organizations, posts, meetings held there). */
function outsideCountry(n: GNode, code: string): boolean {
  if (n.kind === 'Country') return String(n.properties.code ?? '').toUpperCase() !== code.toUpperCase() && !n.id.toUpperCase().endsWith(code.toUpperCase());
  const c = n.properties.country;
  return typeof c === 'string' && c !== '' && c.toUpperCase() !== code.toUpperCase();
}

function compose(s: ViewState) {
  const key = filterKey(s);
  const nodes = new Map<string, GNode>();
  const edges = new Map<string, GEdge>();
  const pathNodes = new Set<string>();
  const pathEdges = new Set<string>();
  const add = (g: Subgraph | undefined) => {
    if (!g) return;
    for (const n of g.nodes) nodes.set(n.id, n);
    for (const e of g.edges) edges.set(e.id, e);
  };
  for (const id of s.sources) add(cache.get(`${key}|${id}`));
  for (const [a, b] of s.paths) {
    const g = cache.get(`path|${a}|${b}`);
    add(g);
    g?.nodes.forEach((n) => pathNodes.add(n.id));
    g?.edges.forEach((e) => pathEdges.add(e.id));
  }
  const keep = new Set([...s.sources, ...pathNodes]);
  const removed = new Set(s.removed);
  for (const id of [...nodes.keys()]) {
    const n = nodes.get(id)!;
    if (removed.has(id) || (!keep.has(id) && s.country && outsideCountry(n, s.country))) nodes.delete(id);
  }
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  const degree = new Map<string, number>();
  for (const e of kept) { degree.set(e.source, (degree.get(e.source) ?? 0) + 1); degree.set(e.target, (degree.get(e.target) ?? 0) + 1); }
  // A filter that cut every edge of a node drops the node too, so the canvas shows what the filter keeps.
  for (const id of [...nodes.keys()]) if (!keep.has(id) && !degree.get(id)) nodes.delete(id);
  return { nodes, edges: kept, pathNodes, pathEdges };
}

async function render(opts: { relayout?: boolean } = {}) {
  const seq = ++renderSeq;
  writeUrl();
  $('cy').setAttribute('aria-busy', 'true');
  try {
    await fetchMissing(state);
  } catch (e) {
    say((e as Error).message, true);
  }
  if (seq !== renderSeq) return;
  const view = compose(state);
  drawn = { nodes: view.nodes, edges: view.edges };
  canvas.draw([...view.nodes.values()], view.edges, {
    sources: new Set(state.sources), pinned: new Set(state.pinned), path: view.pathNodes, pathEdges: view.pathEdges, relayout: opts.relayout,
  });
  $('cy').setAttribute('aria-busy', 'false');
  $('empty-hint').hidden = view.nodes.size > 0;
  if (state.sel && !view.nodes.has(state.sel) && !state.sel.startsWith('cable-view:')) state.sel = null;
  canvas.select(state.sel);
  renderNodeIndex();
  renderExportLinks();
  writeUrl();
  if (view.nodes.size) say(`${view.nodes.size} nodes, ${view.edges.length} relationships on the canvas.`);
  await refreshSide();
}

// ---------------------------------------------------------------- selection, panel, timeline

const actions: PanelActions = {
  openCable: (id, paragraphs) => { void panel.showCable(id, paragraphs); },
  focus: (id) => {
    if (drawn.nodes.has(id)) select(id);
    else change((s) => { s.sources.push(id); s.removed = s.removed.filter((r) => r !== id); s.sel = id; });
  },
  expand: (id) => expand(id),
  addToCanvas: (id) => actions.focus(id),
};
const panel = new DetailsPanel($('details'), actions);

function hint(): Node {
  return el('div', { class: 'panel-hint' },
    el('h2', { id: 'details-title' }, 'Details'),
    el('p', {}, 'Click a node (or pick one from "Nodes on the canvas") to see who it is, whom they met, when, about what, and the evidence sentence from the cable.'),
    el('p', { class: 'muted' }, 'Double-click a node to expand its neighbours. Keyboard: focus the canvas, then arrow keys, Enter, E, P, Delete, Ctrl+Z.'));
}

function select(id: string | null) {
  state.sel = id;
  canvas.select(id);
  writeUrl();
  renderNodeIndex();
  void refreshSide();
}

let lastPanel = '';
async function refreshSide() {
  const sel = state.sel ? drawn.nodes.get(state.sel) : undefined;
  const panelKey = state.mode === 'whomet' && !sel ? `whomet|${state.a}|${state.b}` : `${sel?.id ?? ''}|${state.pinned.includes(sel?.id ?? '')}`;
  if (panelKey !== lastPanel) {
    lastPanel = panelKey;
    if (sel) {
      void panel.show(sel, drawn.edges, drawn.nodes, state.pinned.includes(sel.id), () => togglePin(sel.id), () => remove(sel.id));
    } else if (state.mode === 'whomet' && state.a && state.b) {
      void showWhoMet();
    } else {
      panel.clear(hint());
    }
  }
  await refreshTimeline(sel);
}

async function refreshTimeline(sel: GNode | undefined) {
  const scope = $('timeline-scope');
  let buckets: TimelineBucket[];
  if (sel && sel.kind !== 'Meeting' && sel.kind !== 'Cable') {
    scope.textContent = `— ${sel.label}`;
    try { buckets = await api.timeline(sel.id, 'MONTH'); } catch (e) { say((e as Error).message, true); buckets = []; }
  } else {
    scope.textContent = '— nodes on the canvas';
    const perMonth = new Map<string, number>();
    for (const n of drawn.nodes.values()) {
      const d = n.kind === 'Meeting' ? String(n.properties.date ?? '') : '';
      if (/^\d{4}-\d{2}/.test(d)) perMonth.set(d.slice(0, 7), (perMonth.get(d.slice(0, 7)) ?? 0) + 1);
    }
    buckets = [...perMonth].map(([period, meetings]) => ({ period, meetings, cables: 0 }));
  }
  const active = state.from && state.to && state.from.slice(0, 7) === state.to.slice(0, 7) && monthRange(state.from.slice(0, 7))[0] === state.from && monthRange(state.from.slice(0, 7))[1] === state.to
    ? state.from.slice(0, 7) : null;
  renderTimeline($('timeline'), buckets, active, (period) => {
    const [from, to] = monthRange(period);
    change((s) => { s.from = from; s.to = to; });
    syncControls();
    say(`Date range narrowed to ${period}.`);
  });
  $('timeline-clear').hidden = !state.from && !state.to;
}

function renderNodeIndex() {
  const list = $('node-list');
  const nodes = [...drawn.nodes.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
  $('node-count').textContent = String(nodes.length);
  list.replaceChildren(...nodes.map((n) => {
    const b = el('button', { type: 'button', 'data-node': n.id, 'aria-current': String(n.id === state.sel), title: n.kind },
      `${kindStyle(n.kind).symbol} ${n.label}`);
    b.addEventListener('click', () => select(n.id));
    b.addEventListener('dblclick', () => expand(n.id));
    return el('li', {}, b);
  }));
}

// ---------------------------------------------------------------- node actions

function expand(id: string) {
  if (state.sources.includes(id)) { say('Its neighbours are already on the canvas.'); return; }
  const label = drawn.nodes.get(id)?.label ?? id;
  change((s) => { s.sources.push(id); });
  say(`Expanding ${label}…`);
}

function remove(id: string) {
  const label = drawn.nodes.get(id)?.label ?? id;
  change((s) => {
    s.removed.push(id);
    s.sources = s.sources.filter((x) => x !== id);
    s.pinned = s.pinned.filter((x) => x !== id);
    if (s.sel === id) s.sel = null;
  });
  say(`Removed ${label}. Ctrl+Z undoes.`);
}

function togglePin(id: string) {
  const pinned = state.pinned.includes(id);
  change((s) => { s.pinned = pinned ? s.pinned.filter((x) => x !== id) : [...s.pinned, id]; });
  say(pinned ? 'Unpinned.' : 'Pinned: layouts keep it in place.');
}

// ---------------------------------------------------------------- who met whom

async function showWhoMet() {
  const a = state.a!, b = state.b!;
  const name = (id: string) => drawn.nodes.get(id)?.label ?? id;
  const host = $('details');
  host.replaceChildren(el('header', { class: 'panel-head' }, el('h2', { id: 'details-title' }, `${name(a)} and ${name(b)}`)), el('p', { class: 'muted' }, 'Loading…'));
  try {
    const filter: api.MeetingFilter = state.bk === 'Topic' ? { participant: a, topic: b } : { participant: a, withParticipant: b };
    const found = await api.meetings({ ...filter, from: state.from ?? undefined, to: state.to ?? undefined }, 50);
    const g = cache.get(`path|${a}|${b}`);
    const pathText = g && g.nodes.length
      ? el('p', {}, 'Shortest connection: ', orderPath(g, a, b).map((id) => name(id)).join(' → '))
      : el('p', { class: 'muted' }, 'No connection within 4 hops.');
    host.replaceChildren(
      el('header', { class: 'panel-head' }, el('h2', { id: 'details-title' }, `${name(a)} and ${name(b)}`)),
      el('section', {}, el('h3', {}, 'Path'), pathText),
      meetingList(found.items, found.total, actions, state.bk === 'Topic' ? 'No meetings about this topic.' : 'They did not meet in the cables.'));
  } catch (e) {
    host.append(el('p', { class: 'error', role: 'alert' }, (e as Error).message));
  }
}

/** The path's node ids in order from a to b (the service returns a set). */
function orderPath(g: Subgraph, a: string, b: string): string[] {
  const next = new Map<string, string[]>();
  for (const e of g.edges) {
    next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
    next.set(e.target, [...(next.get(e.target) ?? []), e.source]);
  }
  const seen = new Set([a]);
  const out = [a];
  let cur = a;
  while (cur !== b) {
    const n = (next.get(cur) ?? []).find((x) => !seen.has(x));
    if (!n) break;
    seen.add(n); out.push(n); cur = n;
  }
  return out;
}

// ---------------------------------------------------------------- controls

function yearOf(date: string | null, fallback: number) { return date ? Number(date.slice(0, 4)) : fallback; }

function syncControls() {
  ($('search-input') as HTMLInputElement).value = state.q;
  const yf = $('year-from') as HTMLInputElement, yt = $('year-to') as HTMLInputElement;
  for (const r of [yf, yt]) { r.min = String(years[0]); r.max = String(years[1]); }
  yf.value = String(yearOf(state.from, years[0]));
  yt.value = String(yearOf(state.to, years[1]));
  $('year-from-out').textContent = yf.value;
  $('year-to-out').textContent = yt.value;
  $('date-range-text').textContent = state.from || state.to ? `${state.from ?? 'start'} to ${state.to ?? 'end'}` : 'All dates';
  ($('topic-filter') as HTMLSelectElement).value = state.topic ?? '';
  ($('country-filter') as HTMLSelectElement).value = state.country ?? '';
  ($('confidence') as HTMLInputElement).value = String(state.conf);
  $('confidence-out').textContent = state.conf.toFixed(2);
  for (const box of document.querySelectorAll<HTMLInputElement>('#kind-filter input')) box.checked = !state.kinds.length || state.kinds.includes(box.value);
  $('mode-explore').setAttribute('aria-checked', String(state.mode === 'explore'));
  $('mode-whomet').setAttribute('aria-checked', String(state.mode === 'whomet'));
  $('whomet').hidden = state.mode !== 'whomet';
}

function buildStaticControls() {
  const legend = $('legend');
  const kinds = $('kind-filter');
  for (const k of ALL_KINDS) {
    const st = kindStyle(k);
    legend.append(el('li', {}, el('span', { class: 'sym', style: `color:${st.color}`, 'aria-hidden': 'true' }, st.symbol), k));
    const box = el('input', { type: 'checkbox', value: k, id: `kind-${k}` });
    box.addEventListener('change', () => {
      const checked = [...kinds.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
      change((s) => { s.kinds = checked.length === ALL_KINDS.length ? [] : checked; });
    });
    kinds.append(el('label', { for: `kind-${k}` }, box, el('span', { style: `color:${st.color}`, 'aria-hidden': 'true' }, st.symbol), k));
  }

  const yf = $('year-from') as HTMLInputElement, yt = $('year-to') as HTMLInputElement;
  const onYears = (moved: 'from' | 'to') => {
    let f = Number(yf.value), t = Number(yt.value);
    if (f > t) { if (moved === 'from') t = f; else f = t; }
    change((s) => {
      s.from = f > years[0] ? `${f}-01-01` : null;
      s.to = t < years[1] ? `${t}-12-31` : null;
    });
    syncControls();
  };
  yf.addEventListener('input', () => { $('year-from-out').textContent = yf.value; });
  yt.addEventListener('input', () => { $('year-to-out').textContent = yt.value; });
  yf.addEventListener('change', () => onYears('from'));
  yt.addEventListener('change', () => onYears('to'));
  $('topic-filter').addEventListener('change', (e) => change((s) => { s.topic = (e.target as HTMLSelectElement).value || null; }));
  $('country-filter').addEventListener('change', (e) => change((s) => { s.country = (e.target as HTMLSelectElement).value || null; }));
  const conf = $('confidence') as HTMLInputElement;
  conf.addEventListener('input', () => { $('confidence-out').textContent = Number(conf.value).toFixed(2); });
  conf.addEventListener('change', () => change((s) => { s.conf = Number(conf.value); }));
  $('reset-filters').addEventListener('click', () => {
    change((s) => { s.from = null; s.to = null; s.topic = null; s.country = null; s.kinds = []; s.conf = 0; });
    syncControls();
  });
  $('timeline-clear').addEventListener('click', () => { change((s) => { s.from = null; s.to = null; }); syncControls(); });

  $('undo').addEventListener('click', undo);
  $('fit').addEventListener('click', () => canvas.fit());
  $('relayout').addEventListener('click', () => void render({ relayout: true }));
  $('clear').addEventListener('click', () => change((s) => { s.sources = []; s.paths = []; s.removed = []; s.pinned = []; s.sel = null; s.q = ''; s.a = null; s.b = null; s.bk = null; }));
  $('mode-explore').addEventListener('click', () => { change((s) => { s.mode = 'explore'; }, { undoable: false }); syncControls(); });
  $('mode-whomet').addEventListener('click', () => {
    change((s) => { s.mode = 'whomet'; }, { undoable: false });
    syncControls();
    ($('whomet-a') as HTMLInputElement).focus();
  });
  for (const m of [$('mode-explore'), $('mode-whomet')]) {
    m.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') { e.preventDefault(); (m.id === 'mode-explore' ? $('mode-whomet') : $('mode-explore')).click(); }
    });
  }

  $('export-png').addEventListener('click', () => { download(canvas.png(), 'kg-view.png'); say('Saved kg-view.png.'); });
  $('export-svg').addEventListener('click', () => { download(new Blob([canvas.svg()], { type: 'image/svg+xml' }), 'kg-view.svg'); say('Saved kg-view.svg.'); });
}

function renderExportLinks() {
  const ul = $('export-links');
  if (!exportSeeds(state).length) { ul.replaceChildren(el('li', { class: 'muted' }, 'Nothing on the canvas yet.')); return; }
  ul.replaceChildren(...DATA_FORMATS.map((f) => el('li', {}, el('a', { href: exportUrl(state, f.format), download: '', 'data-format': f.format }, f.label))));
}

async function loadChoices() {
  try {
    const [c, yearBuckets] = await Promise.all([api.choices(), api.timeline(null, 'YEAR')]);
    const topic = $('topic-filter');
    for (const t of c.topics.sort((a, b) => a.name.localeCompare(b.name))) topic.append(el('option', { value: t.id }, t.name));
    const country = $('country-filter');
    for (const k of c.countries.sort((a, b) => a.name.localeCompare(b.name))) country.append(el('option', { value: k.code }, `${k.name} (${k.code})`));
    const ys = yearBuckets.map((b) => Number(b.period.slice(0, 4))).filter((y) => y > 1900);
    if (ys.length) years = [Math.min(...ys), Math.max(...ys)];
    if (years[0] === years[1]) years = [years[0] - 1, years[1]]; // a slider needs two positions
    syncControls();
  } catch (e) {
    say((e as Error).message, true);
  }
}

// ---------------------------------------------------------------- search, canvas events, keyboard

const mainSearch = new SearchCombobox({
  input: $('search-input'), list: $('search-list') as HTMLUListElement,
  onError: (m) => say(m, true),
  onPick: (hit) => {
    change((s) => {
      s.q = hit.label;
      if (!s.sources.includes(hit.id)) s.sources.push(hit.id);
      s.removed = s.removed.filter((r) => r !== hit.id);
      s.sel = hit.id;
    });
    say(`Showing ${hit.label} and its neighbourhood…`);
  },
});
void mainSearch;

const whoA = new SearchCombobox({ input: $('whomet-a'), list: $('whomet-a-list') as HTMLUListElement, kinds: () => ['Person'], onError: (m) => say(m, true), onPick: () => {} });
let pickedBKind: string | null = state.bk;
const whoB = new SearchCombobox({
  input: $('whomet-b'), list: $('whomet-b-list') as HTMLUListElement, kinds: () => ['Person', 'Topic'], onError: (m) => say(m, true),
  onPick: (hit) => { pickedBKind = hit.kind; },
});
$('whomet-go').addEventListener('click', () => {
  const a = whoA.value, b = whoB.value;
  if (!a || !b) { say('Pick a person in the first box and a person or topic in the second, from the suggestions.', true); return; }
  change((s) => { s.a = a; s.b = b; s.bk = pickedBKind ?? 'Person'; s.paths = [[a, b]]; s.sel = null; });
  say('Looking for their meetings and the shortest connection…');
});

const cy = canvas.cy;
cy.on('tap', 'node', (e) => select(e.target.id()));
cy.on('dbltap', 'node', (e) => expand(e.target.id()));
cy.on('tap', (e) => { if (e.target === cy) select(null); });

$('cy').addEventListener('keydown', (e) => {
  const ordered = [...drawn.nodes.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
  const i = ordered.findIndex((n) => n.id === state.sel);
  const sel = state.sel;
  if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key) && ordered.length) {
    e.preventDefault();
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
    const n = ordered[(i + step + ordered.length) % ordered.length];
    if (n) {
      select(n.id);
      say(`${n.kind}: ${n.label}`);
    }
  } else if (e.key === 'Enter' && sel) { e.preventDefault(); $('details').focus(); }
  else if ((e.key === 'e' || e.key === 'E') && sel) expand(sel);
  else if ((e.key === 'p' || e.key === 'P') && sel) togglePin(sel);
  else if ((e.key === 'Delete' || e.key === 'Backspace') && sel) { e.preventDefault(); remove(sel); }
  else if (e.key === '+' || e.key === '=') cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  else if (e.key === '-') cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  else if (e.key === 'f' || e.key === 'F') canvas.fit();
});
document.addEventListener('keydown', (e) => {
  const typing = e.target instanceof HTMLInputElement && e.target.type !== 'range' && e.target.type !== 'checkbox';
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !typing) { e.preventDefault(); undo(); }
});

// For tests, the benchmark and the curious: the canvas and a way to draw a given subgraph.
declare global { interface Window { kgExplorer: unknown } }
const explorerHandle = {
  cy,
  canvas,
  get state() { return cloneState(state); },
  /** Where the last drawSubgraph spent its time (ms): adding elements, the fCoSE layout, the first frame after it. */
  lastDraw: { elementsMs: 0, layoutMs: 0, frameMs: 0 },
  async drawSubgraph(g: Subgraph): Promise<number> {
    const t0 = performance.now();
    cy.elements().remove();
    canvas.draw(g.nodes, g.edges, { sources: new Set(), pinned: new Set(), path: new Set(), pathEdges: new Set() });
    await canvas.layoutDone;
    const t1 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const t2 = performance.now();
    this.lastDraw = { elementsMs: t1 - t0 - canvas.lastLayoutMs, layoutMs: canvas.lastLayoutMs, frameMs: t2 - t1 };
    return t2 - t0;
  },
};
window.kgExplorer = explorerHandle;

// ---------------------------------------------------------------- boot

buildStaticControls();
syncControls();
if (state.a) whoA.set(state.a, state.a);
if (state.b) whoB.set(state.b, state.b);
panel.clear(hint());
void loadChoices();
void render().then(() => {
  // Labels for who-met-whom fields restored from the URL, once the nodes are known.
  if (state.a) whoA.set(state.a, drawn.nodes.get(state.a)?.label ?? state.a);
  if (state.b) whoB.set(state.b, drawn.nodes.get(state.b)?.label ?? state.b);
});
