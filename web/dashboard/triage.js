// The triage table: one dense row per answer (its summary line, format, rating, consent, urgent flag,
// site, age), driven by keyboard: j / k or the arrows move, x or Space selects, Enter or o opens the
// answer in full under its row, Escape closes it, t and s open it at its themes or status.
import { el, siteName } from './api.js';

const formatNames = { speak: 'Voice', write: 'Written', faces: 'Faces', pictures: 'Picture sort', draw: 'Drawing' };
const positionKey = 'chorus.triage.at';

// What a row says of the answer: its words, or what kind of answer it is when it has none.
export function summaryLine(c) {
  if (c.text) return c.text.length > 100 ? `${c.text.slice(0, 99)}…` : c.text;
  if (c.format === 'pictures' && (c.symbols || []).length) return `Sorted ${c.symbols.length} ${c.symbols.length === 1 ? 'picture' : 'pictures'}`;
  if (c.format === 'speak') return 'Voice note';
  if (c.format === 'draw') return 'Drawing';
  if (c.rating) return `Rated ${c.rating} out of 5`;
  return 'No words';
}

export function age(ms, now = Date.now()) {
  const minutes = Math.max(0, Math.floor((now - ms) / 60000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h`;
  return `${Math.floor(minutes / 1440)} days`;
}

function consent(c) {
  const flags = [c.consent?.quote ? 'may quote' : null, c.consent?.contact ? 'wants contact' : null].filter(Boolean);
  return flags.length ? flags.join(', ') : 'none';
}

const rows = () => [...document.querySelectorAll('#triage-table tbody tr.answer')];

// Roving focus: Tab enters the table at the current row, the only one in the tab order.
function focusRow(row) {
  if (!row) return;
  for (const r of rows()) r.tabIndex = -1;
  row.tabIndex = 0;
  row.focus();
  sessionStorage.setItem(positionKey, row.dataset.id);
}

function close(row) {
  const next = row.nextElementSibling;
  if (next && next.classList.contains('detail')) next.remove();
  delete row.dataset.open;
}

// `openCard(c)` builds the answer in full (Review's card, without its own Select box).
function open(row, c, openCard) {
  for (const r of rows()) if (r !== row) close(r);
  if (row.dataset.open) return row.nextElementSibling;
  const detail = el('tr', { class: 'detail' }, el('td', { colspan: 8 }, el('ul', { class: 'cards' }, openCard(c))));
  row.after(detail);
  row.dataset.open = '1';
  return detail;
}

// `onPick` is told when a selection changes; `openCard` as for open().
export function renderTable(contributions, { onPick, openCard }) {
  const byId = new Map(contributions.map((c) => [c.id, c]));
  const body = contributions.map((c) => el('tr', { class: 'answer', tabindex: -1, dataset: { id: c.id } },
    el('td', {}, el('input', { type: 'checkbox', class: 'pick', value: c.id, 'aria-label': `Select: ${summaryLine(c)}`, tabindex: -1 })),
    el('th', { scope: 'row', dir: 'auto', lang: c.text ? (c.language || 'en') : 'en' }, summaryLine(c)),
    el('td', {}, formatNames[c.format] || c.format || 'unknown'),
    el('td', {}, c.rating ? String(c.rating) : '–'),
    el('td', {}, consent(c)),
    el('td', {}, c.urgent ? el('strong', { class: 'urgent' }, 'Urgent') : ''),
    el('td', {}, siteName(c.site_id)),
    el('td', {}, c.created_at ? age(c.created_at) : '')));
  const table = document.getElementById('triage-table');
  table.tBodies[0].replaceChildren(...body);
  const wanted = body.find((r) => r.dataset.id === sessionStorage.getItem(positionKey)) || body[0];
  if (wanted) wanted.tabIndex = 0;
  table.chorus = { byId, onPick, openCard };
}

// Opens the answer `id` again after the list was redrawn (an action on it re-renders the page).
export function reopen(id) {
  const row = rows().find((r) => r.dataset.id === id);
  const table = document.getElementById('triage-table');
  if (!row || !table.chorus) return null;
  focusRow(row);
  return open(row, table.chorus.byId.get(id), table.chorus.openCard);
}

function onKey(e) {
  const table = document.getElementById('triage-table');
  if (e.ctrlKey || e.altKey || e.metaKey || !table.chorus) return;
  const inDetail = e.target.closest('tr.detail');
  const row = inDetail ? inDetail.previousElementSibling : e.target.closest('tr.answer');
  if (!row) return;
  if (e.key === 'Escape' && row.dataset.open) {
    close(row);
    focusRow(row);
    e.preventDefault();
    return;
  }
  // Keys typed into the open answer's fields are the person's words, not commands.
  if (inDetail) return;
  const all = rows();
  const i = all.indexOf(row);
  const c = table.chorus.byId.get(row.dataset.id);
  const openAt = (selector) => {
    const detail = open(row, c, table.chorus.openCard);
    const target = selector ? detail.querySelector(selector) : detail.querySelector('h3');
    if (target) target.focus();
  };
  if (e.key === 'j' || e.key === 'ArrowDown') focusRow(all[Math.min(all.length - 1, i + 1)]);
  else if (e.key === 'k' || e.key === 'ArrowUp') focusRow(all[Math.max(0, i - 1)]);
  else if (e.key === 'Home') focusRow(all[0]);
  else if (e.key === 'End') focusRow(all[all.length - 1]);
  else if (e.key === 'x' || e.key === ' ') {
    const box = row.querySelector('input.pick');
    box.checked = !box.checked;
    row.classList.toggle('picked', box.checked);
    table.chorus.onPick();
  } else if (e.key === 'Enter' || e.key === 'o') {
    if (row.dataset.open) close(row);
    else openAt(null);
  } else if (e.key === 't') openAt('input[id^="tags-"]');
  else if (e.key === 's') openAt('select[id^="status-"]');
  else return;
  e.preventDefault();
}

export function initTriage() {
  const table = document.getElementById('triage-table');
  table.addEventListener('keydown', onKey);
  table.addEventListener('click', (e) => {
    const row = e.target.closest('tr.answer');
    if (!row) return;
    if (e.target.matches('input.pick')) {
      row.classList.toggle('picked', e.target.checked);
      table.chorus.onPick();
      return;
    }
    focusRow(row);
    const detail = open(row, table.chorus.byId.get(row.dataset.id), table.chorus.openCard);
    detail.querySelector('h3')?.focus();
  });
}
