// The side panel: details of the selected node (person, meeting, cable, topic, country, …) and the
// meeting lists of "who met whom". Text from the data is always set with textContent, never as HTML.
import * as api from './api';
import type { GEdge, GNode, MeetingInfo } from './api';
import { kindStyle } from './style';

export interface PanelActions {
  openCable(id: string, paragraphs: number[]): void;
  focus(id: string): void;
  expand(id: string): void;
  addToCanvas(id: string): void;
}

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

function button(text: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
}

function facts(rows: [string, unknown][]): HTMLElement {
  const dl = el('dl', { class: 'facts' });
  for (const [k, v] of rows) {
    if (v == null || v === '' || (Array.isArray(v) && !v.length)) continue;
    dl.append(el('dt', {}, k), el('dd', {}, Array.isArray(v) ? v.join(', ') : String(v)));
  }
  return dl;
}

function heading(node: { kind: string; label: string }): HTMLElement {
  const st = kindStyle(node.kind);
  const badge = el('span', { class: 'kind-badge' }, el('span', { style: `color:${st.color}`, 'aria-hidden': 'true' }, st.symbol), ` ${node.kind}`);
  return el('header', { class: 'panel-head' }, el('h2', { id: 'details-title' }, node.label), badge);
}

export function meetingItem(m: MeetingInfo, actions: PanelActions): HTMLElement {
  const who = m.participants.map((p) => p.name).join(' · ');
  const li = el('li', { class: 'meeting', 'data-meeting': m.id },
    el('div', { class: 'meeting-when' }, el('strong', {}, m.date ?? 'undated'), m.status ? ` · ${m.status}` : '', m.location ? ` · ${m.location}` : '',
      m.confidence != null ? ` · confidence ${Number(m.confidence).toFixed(2)}` : ''),
    el('div', { class: 'meeting-who' }, who),
    m.topics.length ? el('div', { class: 'meeting-topics' }, ...m.topics.map((t) => el('span', { class: 'chip' }, t.name))) : null,
    m.evidence?.text ? el('blockquote', { class: 'evidence' }, m.evidence.text,
      m.evidence.paragraph != null ? el('cite', {}, ` — ¶${m.evidence.paragraph}`) : '') : null,
  );
  const tools = el('div', { class: 'row-tools' });
  tools.append(button('Show on graph', () => actions.addToCanvas(m.id), { 'aria-label': `Show meeting of ${m.date ?? 'unknown date'} on the graph` }));
  if (m.cable) {
    const para = m.evidence?.paragraph != null ? [m.evidence.paragraph] : [];
    tools.append(button(`Cable ${m.cable.id}${para.length ? ` ¶${para[0]}` : ''}`, () => actions.openCable(m.cable!.id, para),
      { 'aria-label': `Open cable ${m.cable.id}${para.length ? ` at paragraph ${para[0]}` : ''}` }));
  }
  li.append(tools);
  return li;
}

export function meetingList(items: MeetingInfo[], total: number, actions: PanelActions, emptyText: string): HTMLElement {
  const wrap = el('section', { class: 'meetings' });
  wrap.append(el('h3', {}, `Meetings (${total})`));
  if (!items.length) wrap.append(el('p', { class: 'muted' }, emptyText));
  const ul = el('ul', { class: 'meeting-list' });
  for (const m of items) ul.append(meetingItem(m, actions));
  wrap.append(ul);
  if (total > items.length) wrap.append(el('p', { class: 'muted' }, `Showing the first ${items.length}.`));
  return wrap;
}

export class DetailsPanel {
  private seq = 0;
  constructor(private readonly host: HTMLElement, private readonly actions: PanelActions) {}

  clear(hint: Node) {
    this.seq++;
    this.host.replaceChildren(hint);
  }

  private begin(node: { kind: string; label: string }): { body: HTMLElement; seq: number } {
    const seq = ++this.seq;
    const body = el('div', { class: 'panel-body', 'aria-busy': 'true' }, el('p', { class: 'muted' }, 'Loading…'));
    this.host.replaceChildren(heading(node), body);
    return { body, seq };
  }

  private done(body: HTMLElement, seq: number, ...children: Child[]): boolean {
    if (seq !== this.seq) return false;
    body.replaceChildren(...children.filter((c): c is Node | string => !!c));
    body.setAttribute('aria-busy', 'false');
    return true;
  }

  private failed(body: HTMLElement, seq: number, e: unknown) {
    this.done(body, seq, el('p', { class: 'error', role: 'alert' }, (e as Error).message));
  }

  private tools(node: GNode, pinned: boolean, onPin: () => void, onRemove: () => void): HTMLElement {
    return el('div', { class: 'node-tools', role: 'toolbar', 'aria-label': 'Node actions' },
      button('Expand neighbours', () => this.actions.expand(node.id), { 'data-action': 'expand', 'aria-keyshortcuts': 'E' }),
      button(pinned ? 'Unpin' : 'Pin', onPin, { 'data-action': 'pin', 'aria-pressed': String(pinned), 'aria-keyshortcuts': 'P' }),
      button('Remove', onRemove, { 'data-action': 'remove', 'aria-keyshortcuts': 'Delete' }));
  }

  async show(node: GNode, edges: GEdge[], nodes: Map<string, GNode>, pinned: boolean, onPin: () => void, onRemove: () => void, highlight: number[] = []) {
    const { body, seq } = this.begin(node);
    const tools = this.tools(node, pinned, onPin, onRemove);
    try {
      switch (node.kind) {
        case 'Person': return await this.person(node, body, seq, tools);
        case 'Meeting': return await this.meeting(node, edges, nodes, body, seq, tools);
        case 'Cable': return await this.cable(node.id, edges, body, seq, tools, highlight);
        default: return await this.entity(node, body, seq, tools);
      }
    } catch (e) {
      this.failed(body, seq, e);
    }
  }

  async showCable(id: string, highlight: number[]) {
    const { body, seq } = this.begin({ kind: 'Cable', label: id });
    try { await this.cable(id, [], body, seq, null, highlight); } catch (e) { this.failed(body, seq, e); }
  }

  private async person(node: GNode, body: HTMLElement, seq: number, tools: HTMLElement) {
    const p = await api.person(node.id);
    if (!p) { this.done(body, seq, tools, el('p', { class: 'muted' }, 'No longer in the store.')); return; }
    const meetings = p.meetings.edges.map((e) => e.node);
    const topics = [...new Map(meetings.flatMap((m) => m.topics).map((t) => [t.id, t.name])).values()];
    const contacts = el('ul', { class: 'contacts' },
      ...p.metWith.map((c) => el('li', {}, button(c.person.name, () => this.actions.focus(c.person.id), { class: 'link' }),
        ` — ${c.meetingCount} meeting${c.meetingCount === 1 ? '' : 's'}${c.firstMet ? `, ${c.firstMet}${c.lastMet && c.lastMet !== c.firstMet ? ` to ${c.lastMet}` : ''}` : ''}`)));
    this.done(body, seq, tools,
      facts([['Title', p.title], ['Country', p.country ? `${p.country.name} (${p.country.code})` : null], ['Also known as', p.aliases],
        ['Cables mentioning', p.mentionCount], ['Topics', topics]]),
      p.metWith.length ? el('section', {}, el('h3', {}, 'Met with'), contacts) : null,
      meetingList(meetings, p.meetings.totalCount, this.actions, 'No meetings recorded.'));
  }

  private async meeting(node: GNode, edges: GEdge[], nodes: Map<string, GNode>, body: HTMLElement, seq: number, tools: HTMLElement) {
    const pr = node.properties;
    let info = await api.meeting(node.id);
    if (!info) {
      // Fall back to what the canvas already holds about this meeting.
      const name = (id: string) => nodes.get(id)?.label ?? id;
      const cableId = (pr.cable as string) ?? edges.find((e) => e.type === 'REPORTED_IN' && e.source === node.id)?.target;
      info = {
        id: node.id, status: (pr.status as string) ?? null, date: (pr.date as string) ?? null, location: (pr.location as string) ?? null,
        confidence: (pr.confidence as number) ?? null,
        participants: edges.filter((e) => e.type === 'ATTENDED' && e.target === node.id).map((e) => ({ id: e.source, name: name(e.source), kind: nodes.get(e.source)?.kind ?? '' })),
        topics: edges.filter((e) => e.type === 'ABOUT' && e.source === node.id).map((e) => ({ id: e.target, name: name(e.target) })),
        cable: cableId ? { id: cableId, subject: null, date: null, origin: null } : null,
        evidence: pr.evidence ? { paragraph: (pr.paragraph as number) ?? null, start: (pr.start as number) ?? null, end: (pr.end as number) ?? null, text: pr.evidence as string } : null,
      };
    }
    const m = info;
    const participants = el('ul', { class: 'contacts' }, ...m.participants.map((p) => el('li', {}, button(p.name, () => this.actions.focus(p.id), { class: 'link' }))));
    this.done(body, seq, tools,
      facts([['Date', m.date], ['Status', m.status], ['Location', m.location], ['Confidence', m.confidence != null ? Number(m.confidence).toFixed(2) : null],
        ['Topics', m.topics.map((t) => t.name)], ['Cable', m.cable ? `${m.cable.id}${m.cable.subject ? ` — ${m.cable.subject}` : ''}` : null]]),
      el('section', {}, el('h3', {}, 'Participants'), participants),
      m.evidence?.text ? el('section', {}, el('h3', {}, 'Evidence'), el('blockquote', { class: 'evidence', 'data-testid': 'meeting-evidence' }, m.evidence.text,
        m.evidence.paragraph != null ? el('cite', {}, ` — ¶${m.evidence.paragraph}`) : '')) : null,
      m.cable ? button(`Open cable ${m.cable.id}${m.evidence?.paragraph != null ? ` at ¶${m.evidence.paragraph}` : ''}`,
        () => this.actions.openCable(m.cable!.id, m.evidence?.paragraph != null ? [m.evidence.paragraph] : [])) : null);
  }

  private async cable(id: string, edges: GEdge[], body: HTMLElement, seq: number, tools: HTMLElement | null, highlight: number[]) {
    const c = await api.cable(id);
    if (!c) { this.done(body, seq, tools, el('p', { class: 'muted' }, 'Cable not in the store.')); return; }
    // Paragraphs cited as evidence: the ones asked for, else every paragraph a meeting on the canvas cites.
    const cited = new Set(highlight.length ? highlight : [
      ...edges.filter((e) => e.type === 'REPORTED_IN' && e.target === id && e.properties.paragraph != null).map((e) => Number(e.properties.paragraph)),
      ...(c.meetings ?? []).map((m) => m.evidence?.paragraph).filter((p): p is number => p != null)]);
    const paras = el('ol', { class: 'paragraphs', 'aria-label': 'Paragraphs' });
    let first: HTMLElement | null = null;
    for (const p of c.paragraphs) {
      const li = el('li', { class: cited.has(p.number) ? 'cited' : '', value: String(p.number), 'data-paragraph': String(p.number) },
        el('span', { class: 'para-no' }, `¶${p.number}${p.marking ? ` (${p.marking})` : ''}`), ' ', p.text);
      if (cited.has(p.number)) {
        li.setAttribute('aria-label', `Paragraph ${p.number}, cited as evidence`);
        first ??= li;
      }
      paras.append(li);
    }
    if (this.done(body, seq, tools,
      facts([['Subject', c.subject], ['Date', c.date], ['Origin', c.origin], ['Classification', c.classification], ['Tags', c.tags]]),
      el('section', {}, el('h3', {}, 'Paragraphs'), paras)) && first) {
      first.scrollIntoView({ block: 'center' });
    }
  }

  private async entity(node: GNode, body: HTMLElement, seq: number, tools: HTMLElement) {
    const pr = node.properties;
    const filter: api.MeetingFilter | null = node.kind === 'Topic' ? { topic: node.id }
      : node.kind === 'Country' ? { country: String(pr.code ?? node.id.split(':').pop()) }
        : node.kind === 'Organization' ? { participant: node.id } : null;
    const list = filter ? await api.meetings(filter, 30) : null;
    this.done(body, seq, tools,
      facts([['Name', pr.name ?? node.label], ['Code', pr.code], ['Acronym', pr.acronym], ['Also known as', pr.aliases], ['Country', pr.country],
        ['Cables mentioning', pr.mentionCount]]),
      list ? meetingList(list.items, list.total, this.actions, 'No meetings recorded.') : null);
  }
}
