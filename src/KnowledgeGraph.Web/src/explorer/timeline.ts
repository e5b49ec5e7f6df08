// Meetings per month as a bar chart (SVG). Each bar is a button: clicking it (or Enter/Space) narrows the
// date filter to that month.
import type { TimelineBucket } from './api';

const NS = 'http://www.w3.org/2000/svg';

/** Every month from the first to the last bucket, gaps filled with zero, so the axis is true to time. */
export function monthSeries(buckets: TimelineBucket[]): { period: string; meetings: number }[] {
  const months = buckets.filter((b) => /^\d{4}-\d{2}$/.test(b.period)).sort((a, b) => a.period.localeCompare(b.period));
  const first = months[0];
  const final = months[months.length - 1];
  if (!first || !final) return [];
  const counts = new Map(months.map((b) => [b.period, b.meetings]));
  const out: { period: string; meetings: number }[] = [];
  let [y = 0, m = 1] = first.period.split('-').map(Number);
  const last = final.period;
  for (let guard = 0; guard < 600; guard++) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ period: p, meetings: counts.get(p) ?? 0 });
    if (p === last) break;
    m++; if (m > 12) { m = 1; y++; }
  }
  return out;
}

export function renderTimeline(host: HTMLElement, buckets: TimelineBucket[], activeMonth: string | null, onPick: (period: string) => void) {
  const series = monthSeries(buckets);
  host.replaceChildren();
  if (!series.some((s) => s.meetings > 0)) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = 'No dated meetings in this selection.';
    host.append(p);
    return;
  }
  const max = Math.max(...series.map((s) => s.meetings));
  const barW = Math.max(6, Math.min(28, Math.floor(900 / series.length)));
  const h = 64;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', String(Math.max(90, series.length * (barW + 2) + 4)));
  svg.setAttribute('height', String(h + 18));
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', 'Meetings per month');
  series.forEach((s, i) => {
    const g = document.createElementNS(NS, 'g');
    const label = `${s.period}: ${s.meetings} meeting${s.meetings === 1 ? '' : 's'}`;
    g.setAttribute('class', `bar${s.period === activeMonth ? ' active' : ''}`);
    g.setAttribute('role', 'button');
    g.setAttribute('tabindex', s.meetings ? '0' : '-1');
    g.setAttribute('aria-label', `${label}. Narrow the date range to this month.`);
    g.dataset.period = s.period;
    const x = 2 + i * (barW + 2);
    const bh = s.meetings ? Math.max(3, Math.round((s.meetings / max) * h)) : 1;
    const hit = document.createElementNS(NS, 'rect');
    hit.setAttribute('x', String(x)); hit.setAttribute('y', '0'); hit.setAttribute('width', String(barW)); hit.setAttribute('height', String(h));
    hit.setAttribute('class', 'hit');
    const rect = document.createElementNS(NS, 'rect');
    rect.setAttribute('x', String(x)); rect.setAttribute('y', String(h - bh)); rect.setAttribute('width', String(barW)); rect.setAttribute('height', String(bh));
    const title = document.createElementNS(NS, 'title');
    title.textContent = label;
    g.append(title, hit, rect);
    if (s.period.endsWith('-01') || i === 0) {
      const t = document.createElementNS(NS, 'text');
      t.setAttribute('x', String(x)); t.setAttribute('y', String(h + 14));
      t.textContent = i === 0 ? s.period : s.period.slice(0, 4);
      g.append(t);
    }
    const pick = () => onPick(s.period);
    g.addEventListener('click', pick);
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
    svg.append(g);
  });
  host.append(svg);
}

/** First and last day of a YYYY-MM month. */
export function monthRange(period: string): [string, string] {
  const [y = 1970, m = 1] = period.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${period}-01`, `${period}-${String(last).padStart(2, '0')}`];
}
