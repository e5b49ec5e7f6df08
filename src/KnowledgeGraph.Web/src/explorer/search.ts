// A combobox with suggestions as you type (WAI-ARIA 1.2 combobox pattern: arrow keys move through the
// list, Enter picks, Escape closes). Used by the main search box and by "who met whom".
import { search, type SearchHit } from './api';
import { kindStyle } from './style';

export interface ComboboxOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  kinds?: () => string[];
  onPick: (hit: SearchHit) => void;
  onError: (message: string) => void;
}

export class SearchCombobox {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: number | undefined;
  private seq = 0;

  constructor(private readonly o: ComboboxOptions) {
    const { input, list } = o;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.autocomplete = 'off';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
    list.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
  }

  /** Selected hit of a who-met-whom field (its id lives in a data attribute). */
  get value(): string | null { return this.o.input.dataset.id || null; }

  set(id: string | null, label: string) {
    this.o.input.value = label;
    if (id) this.o.input.dataset.id = id; else delete this.o.input.dataset.id;
  }

  private schedule() {
    delete this.o.input.dataset.id;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.suggest(), 180);
  }

  private async suggest() {
    const text = this.o.input.value.trim();
    const seq = ++this.seq;
    if (text.length < 2) { this.close(); return; }
    try {
      const hits = await search(text, this.o.kinds?.() ?? [], 8);
      if (seq !== this.seq) return; // a later keystroke won
      this.hits = hits;
      this.active = hits.length ? 0 : -1;
      this.render();
    } catch (e) {
      this.o.onError((e as Error).message);
    }
  }

  private render() {
    const { input, list } = this.o;
    list.replaceChildren();
    if (!this.hits.length) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = 'No match';
      li.setAttribute('aria-disabled', 'true');
      list.append(li);
    }
    this.hits.forEach((h, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-opt-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === this.active));
      // The symbol carries the kind's colour; the word stays dark for contrast.
      const badge = document.createElement('span');
      badge.className = 'kind-badge';
      const sym = document.createElement('span');
      sym.setAttribute('aria-hidden', 'true');
      sym.style.color = kindStyle(h.kind).color;
      sym.textContent = kindStyle(h.kind).symbol;
      badge.append(sym, ` ${h.kind}`);
      const label = document.createElement('span');
      label.className = 'hit-label';
      label.textContent = h.label;
      li.append(label, badge);
      if (h.snippet) {
        const sn = document.createElement('span');
        sn.className = 'hit-snippet';
        sn.textContent = h.snippet;
        li.append(sn);
      }
      li.addEventListener('click', () => this.pick(i));
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    this.highlight();
  }

  private highlight() {
    const { input, list } = this.o;
    list.querySelectorAll('[role=option]').forEach((el, i) => el.setAttribute('aria-selected', String(i === this.active)));
    if (this.active >= 0) {
      input.setAttribute('aria-activedescendant', `${list.id}-opt-${this.active}`);
      list.querySelector(`#${CSS.escape(`${list.id}-opt-${this.active}`)}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  private key(e: KeyboardEvent) {
    const open = !this.o.list.hidden;
    if (e.key === 'ArrowDown' && open) { this.active = Math.min(this.hits.length - 1, this.active + 1); this.highlight(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && open) { this.active = Math.max(0, this.active - 1); this.highlight(); e.preventDefault(); }
    else if (e.key === 'Escape') { this.close(); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      if (open && this.active >= 0) this.pick(this.active);
      else void this.suggest();
    }
  }

  private pick(i: number) {
    const hit = this.hits[i];
    if (!hit) return;
    this.set(hit.id, hit.label);
    this.close();
    this.o.onPick(hit);
  }

  close() {
    this.o.list.hidden = true;
    this.o.input.setAttribute('aria-expanded', 'false');
    this.o.input.removeAttribute('aria-activedescendant');
  }
}
