// The view: what is on the canvas and how it is filtered. It is the single source of truth the canvas is
// drawn from, it round-trips through the URL (so a view can be shared and reloaded), and the undo stack
// holds earlier copies of it.

export const ALL_KINDS = ['Person', 'Meeting', 'Cable', 'Country', 'Organization', 'Topic', 'Post'] as const;

export interface ViewState {
  q: string;                  // text in the search box
  sources: string[];          // nodes whose neighbourhoods are drawn: search hits, then expansions
  paths: [string, string][];  // "who met whom" connections drawn as shortest paths
  removed: string[];          // nodes the user removed
  pinned: string[];           // nodes fixed in place during layouts
  sel: string | null;         // selected node
  from: string | null;        // ISO dates
  to: string | null;
  topic: string | null;
  country: string | null;
  kinds: string[];            // node kinds shown; all when empty
  conf: number;               // minimum confidence, 0..1
  mode: 'explore' | 'whomet';
  a: string | null;           // who-met-whom: first person
  b: string | null;           // who-met-whom: second person or a topic
  bk: string | null;          // kind of b (Person or Topic)
}

export function emptyState(): ViewState {
  return {
    q: '', sources: [], paths: [], removed: [], pinned: [], sel: null,
    from: null, to: null, topic: null, country: null, kinds: [], conf: 0,
    mode: 'explore', a: null, b: null, bk: null,
  };
}

export function cloneState(s: ViewState): ViewState {
  return JSON.parse(JSON.stringify(s)) as ViewState;
}

const list = (v: string | null) => (v ? v.split(',').filter(Boolean).map(decodeURIComponent) : []);
const join = (v: string[]) => v.map(encodeURIComponent).join(',');

export function fromUrl(search: string): ViewState {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = p.get('q') ?? '';
  s.sources = p.getAll('n');
  s.paths = p.getAll('path').map((x) => x.split('~', 2) as [string, string]).filter((x) => x.length === 2 && x[0] && x[1]);
  s.removed = list(p.get('removed'));
  s.pinned = list(p.get('pinned'));
  s.sel = p.get('sel');
  s.from = p.get('from');
  s.to = p.get('to');
  s.topic = p.get('topic');
  s.country = p.get('country');
  s.kinds = list(p.get('kinds'));
  s.conf = Math.min(1, Math.max(0, Number(p.get('conf') ?? 0) || 0));
  s.mode = p.get('mode') === 'whomet' ? 'whomet' : 'explore';
  s.a = p.get('a');
  s.b = p.get('b');
  s.bk = p.get('bk');
  return s;
}

export function toUrl(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const n of s.sources) p.append('n', n);
  for (const [a, b] of s.paths) p.append('path', `${a}~${b}`);
  if (s.removed.length) p.set('removed', join(s.removed));
  if (s.pinned.length) p.set('pinned', join(s.pinned));
  if (s.sel) p.set('sel', s.sel);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.topic) p.set('topic', s.topic);
  if (s.country) p.set('country', s.country);
  if (s.kinds.length) p.set('kinds', join(s.kinds));
  if (s.conf > 0) p.set('conf', String(s.conf));
  if (s.mode !== 'explore') p.set('mode', s.mode);
  if (s.a) p.set('a', s.a);
  if (s.b) p.set('b', s.b);
  if (s.bk) p.set('bk', s.bk);
  const q = p.toString();
  return q ? `?${q}` : location.pathname;
}

/** Bounded undo history of views. */
export class History {
  private readonly stack: ViewState[] = [];
  constructor(private readonly max = 100) {}
  push(s: ViewState) {
    this.stack.push(cloneState(s));
    if (this.stack.length > this.max) this.stack.shift();
  }
  pop(): ViewState | undefined { return this.stack.pop(); }
  get size() { return this.stack.length; }
}
