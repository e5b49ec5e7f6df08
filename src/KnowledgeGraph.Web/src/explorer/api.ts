// GraphQL client for the kg service (POST /graphql, GraphQL-over-HTTP). Every query the explorer
// sends is in this file, so the explorer's use of the schema is visible in one place.

export interface GNode { id: string; kind: string; label: string; properties: Record<string, unknown> }
export interface GEdge { id: string; source: string; target: string; type: string; properties: Record<string, unknown> }
export interface Subgraph { nodes: GNode[]; edges: GEdge[] }

export interface NeighbourhoodFilter { kinds?: string[]; from?: string; to?: string; topic?: string; minConfidence?: number }

export interface SearchHit { id: string; kind: string; label: string; snippet: string | null }

export interface Evidence { paragraph: number | null; start: number | null; end: number | null; text: string | null }
export interface MeetingInfo {
  id: string; status: string | null; date: string | null; location: string | null; confidence: number | null;
  participants: { id: string; name: string; kind: string }[];
  topics: { id: string; name: string }[];
  cable: { id: string; subject: string | null; date: string | null; origin: string | null } | null;
  evidence: Evidence | null;
}

export class GraphQLError extends Error {}

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new GraphQLError('The kg service cannot be reached.');
  }
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(`The kg service answered ${response.status} ${response.statusText}.`);
  }
  if (body.errors?.length) throw new GraphQLError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || body.data == null) throw new GraphQLError(`The kg service answered ${response.status}.`);
  return body.data;
}

/** Property bags arrive as a JSON scalar; accept an object, a JSON string, or a key/value list. */
export function props(raw: unknown): Record<string, unknown> {
  if (raw == null) return {};
  if (typeof raw === 'string') {
    try { return props(JSON.parse(raw)); } catch { return {}; }
  }
  if (Array.isArray(raw)) {
    const out: Record<string, unknown> = {};
    for (const kv of raw as { key?: string; name?: string; value: unknown }[]) out[kv.key ?? kv.name ?? ''] = kv.value;
    return out;
  }
  return raw as Record<string, unknown>;
}

/** Kinds arrive as GraphQL enum values (PERSON) or labels (Person); the explorer uses labels. */
export function kindName(kind: string): string {
  const k = kind.toLowerCase();
  return k.charAt(0).toUpperCase() + k.slice(1);
}

export function kindEnum(kind: string): string { return kind.toUpperCase(); }

function subgraph(raw: { nodes: GNode[]; edges: GEdge[] }): Subgraph {
  return {
    nodes: raw.nodes.map((n) => ({ ...n, kind: kindName(n.kind), properties: props(n.properties) })),
    edges: raw.edges.map((e) => ({ ...e, properties: props(e.properties) })),
  };
}

const SUBGRAPH = 'nodes { id kind label properties } edges { id source target type properties }';

function filterInput(f: NeighbourhoodFilter): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  if (f.kinds?.length) out.kinds = f.kinds.map(kindEnum);
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.topic) out.topic = f.topic;
  if (f.minConfidence) out.minConfidence = f.minConfidence;
  return Object.keys(out).length ? out : null;
}

/** Neighbourhoods of several nodes in one request (one aliased field per node), so each can be undone on its own. */
export async function neighbourhoods(ids: string[], filter: NeighbourhoodFilter, limit = 200): Promise<Map<string, Subgraph>> {
  const result = new Map<string, Subgraph>();
  if (!ids.length) return result;
  const vars: Record<string, unknown> = { filter: filterInput(filter), limit };
  const fields = ids.map((id, i) => {
    vars[`id${i}`] = id;
    return `n${i}: neighborhood(ids: [$id${i}], depth: 1, limit: $limit, filter: $filter) { ${SUBGRAPH} }`;
  });
  const decl = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  const data = await gql<Record<string, { nodes: GNode[]; edges: GEdge[] }>>(
    `query Neighbourhoods(${decl}, $limit: Int, $filter: NeighborhoodFilter) { ${fields.join('\n')} }`, vars);
  ids.forEach((id, i) => result.set(id, subgraph(data[`n${i}`] ?? { nodes: [], edges: [] })));
  return result;
}

export async function path(from: string, to: string, maxHops = 4): Promise<Subgraph> {
  const data = await gql<{ path: { nodes: GNode[]; edges: GEdge[] } | null }>(
    `query Path($from: ID!, $to: ID!, $maxHops: Int) { path(from: $from, to: $to, maxHops: $maxHops) { ${SUBGRAPH} } }`,
    { from, to, maxHops });
  return data.path ? subgraph(data.path) : { nodes: [], edges: [] };
}

export async function search(text: string, kinds: string[] = [], first = 8): Promise<SearchHit[]> {
  const data = await gql<{ search: { node: GNode; snippet: string | null }[] }>(
    `query Search($text: String!, $kinds: [NodeKind!], $first: Int) {
      search(text: $text, kinds: $kinds, first: $first) { node { id kind label } snippet }
    }`, { text, kinds: kinds.length ? kinds.map(kindEnum) : null, first });
  return data.search.map((h) => ({ id: h.node.id, kind: kindName(h.node.kind), label: h.node.label, snippet: h.snippet }));
}

const MEETING = `id status date location confidence
  participants { id name kind }
  topics { id name }
  cable { id subject date origin }
  evidence { paragraph start end text }`;

export interface MeetingFilter {
  participant?: string; withParticipant?: string; topic?: string; country?: string; cable?: string;
  from?: string; to?: string; minConfidence?: number;
}

export async function meetings(filter: MeetingFilter, first = 50): Promise<{ items: MeetingInfo[]; total: number }> {
  const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v != null && v !== ''));
  const data = await gql<{ meetings: { totalCount: number; edges: { node: MeetingInfo }[] } }>(
    `query Meetings($filter: MeetingFilter, $first: Int) {
      meetings(filter: $filter, first: $first) { totalCount edges { node { ${MEETING} } } }
    }`, { filter: clean, first });
  return { items: data.meetings.edges.map((e) => e.node), total: data.meetings.totalCount };
}

export async function meeting(id: string): Promise<MeetingInfo | null> {
  const data = await gql<{ meeting: MeetingInfo | null }>(`query Meeting($id: ID!) { meeting(id: $id) { ${MEETING} } }`, { id });
  return data.meeting;
}

export interface PersonInfo {
  id: string; name: string; aliases: string[] | null; title: string | null; mentionCount: number | null;
  country: { code: string; name: string } | null;
  meetings: { totalCount: number; edges: { node: MeetingInfo }[] };
  metWith: { person: { id: string; name: string }; meetingCount: number; firstMet: string | null; lastMet: string | null }[];
}

export async function person(id: string): Promise<PersonInfo | null> {
  const data = await gql<{ person: PersonInfo | null }>(
    `query Person($id: ID) {
      person(id: $id) {
        id name aliases title mentionCount country { code name }
        meetings(first: 50) { totalCount edges { node { ${MEETING} } } }
        metWith(first: 20) { person { id name } meetingCount firstMet lastMet }
      }
    }`, { id });
  return data.person;
}

export interface CableInfo {
  id: string; subject: string | null; date: string | null; origin: string | null; classification: string | null;
  tags: string[] | null; paragraphs: { number: number; marking: string | null; text: string }[];
  meetings: { id: string; evidence: { paragraph: number | null } | null }[];
}

export async function cable(id: string): Promise<CableInfo | null> {
  const data = await gql<{ cable: CableInfo | null }>(
    `query Cable($id: ID!) {
      cable(id: $id) { id subject date origin classification tags paragraphs { number marking text } meetings { id evidence { paragraph } } }
    }`, { id });
  return data.cable;
}

export interface TimelineBucket { period: string; meetings: number; cables: number }

export async function timeline(entity: string | null, granularity: 'MONTH' | 'YEAR'): Promise<TimelineBucket[]> {
  const data = await gql<{ timeline: TimelineBucket[] }>(
    `query Timeline($entity: ID, $granularity: TimelineGranularity) {
      timeline(entity: $entity, granularity: $granularity) { period meetings cables }
    }`, { entity, granularity });
  return data.timeline;
}

export interface Choices { topics: { id: string; name: string }[]; countries: { code: string; name: string }[] }

export async function choices(): Promise<Choices> {
  type Conn<T> = { edges: { node: T }[] };
  const data = await gql<{ topics: Conn<{ id: string; name: string }>; countries: Conn<{ code: string; name: string }> }>(
    `query Choices { topics(first: 100) { edges { node { id name } } } countries(first: 100) { edges { node { code name } } } }`);
  return { topics: data.topics.edges.map((e) => e.node), countries: data.countries.edges.map((e) => e.node) };
}
