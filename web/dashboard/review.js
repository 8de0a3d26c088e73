// Review: filter contributions, a page at a time, read and listen, tag themes, set status, redact.
import { get, post, el, say, alertError, meta, siteName, promptText, formatTime, dateToMs } from './api.js';
import { mediaRedaction, markUrgent } from './choices.js';
import { loadWorkers, assistedNote, workers } from './outreach.js';
import { renderTable, reopen, initTriage } from './triage.js';

const statusNames = { new: 'New', reviewed: 'Reviewed', acted_on: 'Acted on' };
const pageSize = 50;
let offset = 0;
// Keyset paging: for each page start reached by Next, the server's cursor for it. Going on from a
// cursor costs the same on the 1,000th page as on the first; an offset walks every answer before it.
let cursors = {};

// The filter as query parameters, shared with the export links and the summary page.
export function filterQuery() {
  const f = document.getElementById('filter-form');
  const q = new URLSearchParams();
  for (const name of ['prompt', 'site', 'format', 'rating', 'tag', 'status', 'worker', 'assisted']) if (f[name].value) q.set(name, f[name].value);
  if (f.q.value.trim()) q.set('q', f.q.value.trim());
  if (f.outreach_session.value.trim()) q.set('outreach_session', f.outreach_session.value.trim());
  if (f.from.value) q.set('from', dateToMs(f.from.value));
  if (f.to.value) q.set('to', dateToMs(f.to.value, true));
  return q.toString();
}

// A restored choice (dataset.wanted) applies at the list's first filling, once its options exist.
function fillSelect(select, items, first) {
  const current = select.dataset.wanted ?? select.value;
  delete select.dataset.wanted;
  select.replaceChildren(el('option', { value: '' }, first), ...items.map(([v, t]) => el('option', { value: v }, t)));
  select.value = current;
}

// The filter and the page survive a reload of the tab (not a new tab: sessionStorage).
const stateKey = 'chorus.review';
function saveState() {
  const fields = {};
  for (const e of document.getElementById('filter-form').elements) if (e.name) fields[e.name] = e.value;
  sessionStorage.setItem(stateKey, JSON.stringify({ fields, offset, cursors }));
}
function restoreState() {
  try {
    const state = JSON.parse(sessionStorage.getItem(stateKey) || 'null');
    if (!state) return;
    const f = document.getElementById('filter-form');
    for (const [name, value] of Object.entries(state.fields || {})) {
      if (!f[name]) continue;
      f[name].value = value;
      if (f[name].tagName === 'SELECT') f[name].dataset.wanted = value;
    }
    offset = Math.max(0, Number(state.offset) || 0);
    cursors = state.cursors && typeof state.cursors === 'object' ? state.cursors : {};
  } catch { /* a damaged entry: start afresh */ }
}

function media(c) {
  const out = [];
  (c.media || []).forEach((sha, i) => {
    const src = `api/media/${sha}`;
    if (c.format === 'draw') out.push(el('img', { src, alt: `Drawing ${i + 1} (no text description was given)`, class: 'drawing' }));
    else out.push(el('p', {}, el('audio', { controls: true, preload: 'metadata', src, 'aria-label': `Voice note ${i + 1}` })));
  });
  return out;
}

function symbols(c) {
  if (!c.symbols || !c.symbols.length) return null;
  const piles = { good: [], unsure: [], bad: [] };
  for (const card of c.symbols) (piles[card.pile] || []).push(card.symbol);
  return el('dl', { class: 'piles' },
    ['good', 'unsure', 'bad'].flatMap((p) => [el('dt', {}, { good: 'Good', unsure: 'Not sure', bad: 'Bad' }[p]), el('dd', {}, piles[p].join(', ') || 'none')]));
}

const tableView = () => document.getElementById('review-table').checked;

// The answer in full: a card of the list, or opened under its row in the triage table (which has
// its own Select box, so the card leaves its out).
function card(c, withPick = true) {
  const title = `${promptText(c.prompt_id)} – ${siteName(c.site_id)}, ${formatTime(c.created_at)}`;
  const tagInput = el('input', { id: `tags-${c.id}`, value: (c.tags || []).join(', ') });
  const statusSelect = el('select', { id: `status-${c.id}` }, Object.entries(statusNames).map(([v, t]) => el('option', { value: v, selected: (c.status || 'new') === v }, t)));
  const redactBox = el('textarea', { id: `redact-${c.id}`, rows: 3 }, c.text || '');
  const act = (fn, done) => async (e) => {
    e.preventDefault();
    try {
      await fn();
      await showReview();
      say(done);
      // Re-rendering replaced the card: keep keyboard users where they were.
      const h = tableView() ? reopen(c.id)?.querySelector('h3') : document.querySelector(`li[data-id="${c.id}"] h3`);
      if (h) { h.tabIndex = -1; h.focus(); }
    } catch (err) { alertError(err); }
  };
  return el('li', { class: 'card', dataset: { id: c.id } },
    el('h3', { tabindex: -1 }, title),
    withPick ? el('p', {}, el('label', { class: 'pick' }, el('input', { type: 'checkbox', class: 'pick', value: c.id }), ' Select for changing together')) : null,
    el('p', { class: 'meta' }, `Format: ${c.format || 'unknown'}. Rating: ${c.rating || 'none'}. Status: ${statusNames[c.status || 'new']}. Reference: ${c.reference || 'none'}.${c.redacted ? ' Redacted.' : ''}`
      + ` May quote: ${c.consent?.quote ? 'yes' : 'no'}. Wants contact: ${c.consent?.contact ? 'yes' : 'no'}.`),
    c.assisted_by ? el('p', { class: 'assisted' }, el('strong', {}, 'Assisted.'), assistedNote(c)) : null,
    c.text ? el('blockquote', { lang: c.language || 'en' }, c.text) : null,
    symbols(c), ...media(c), mediaRedaction(c, act), el('p', {}, markUrgent(c, act)),
    el('form', { class: 'inline', onsubmit: act(() => post(`contributions/${c.id}/tags`, { tags: tagInput.value.split(',').map((t) => t.trim()).filter(Boolean) }), 'Themes saved') },
      el('label', { for: tagInput.id }, 'Themes (comma separated)'), tagInput, el('button', { type: 'submit' }, 'Save themes')),
    el('form', { class: 'inline', onsubmit: act(() => post(`contributions/${c.id}/status`, { status: statusSelect.value }), 'Status saved') },
      el('label', { for: statusSelect.id }, 'Status'), statusSelect, el('button', { type: 'submit' }, 'Save status')),
    c.text ? el('details', {}, el('summary', {}, 'Redact personal details'),
      el('form', { onsubmit: act(() => post(`contributions/${c.id}/redact`, { text: redactBox.value }), 'Text redacted') },
        el('label', { for: redactBox.id }, 'Text with personal details removed'), redactBox, el('button', { type: 'submit' }, 'Save redaction'))) : null);
}

// Each showReview call takes a number; only the newest writes the page. A slow first load answered
// after a search the person had already run would otherwise replace the search's results.
let generation = 0;

export async function showReview() {
  const mine = ++generation;
  fillSelect(document.getElementById('f-prompt'), meta.prompts.map((p) => [p.id, p.text?.en || p.id]), 'All prompts');
  fillSelect(document.getElementById('f-site'), meta.sites.map((s) => [s.id, s.name]), 'All sites');
  await loadWorkers();
  fillSelect(document.getElementById('f-worker'), [...workers.values()].map((w) => [w.id, w.name]), 'All workers');
  // Themes before the page is fetched, so a restored theme filter applies; the one chosen stays even
  // when it is newer than meta's list.
  const tagSelect = document.getElementById('f-tag');
  const chosen = tagSelect.dataset.wanted ?? tagSelect.value;
  fillSelect(tagSelect, [...new Set([...meta.tags, ...(chosen ? [chosen] : [])])].sort().map((t) => [t, t]), 'Any theme');
  const fetchPage = () => get(`contributions?${filterQuery()}&limit=${pageSize}&`
    + (cursors[offset] ? `after=${encodeURIComponent(cursors[offset])}` : `offset=${offset}`));
  let { contributions, total, total_exact: exact, next_after: next } = await fetchPage();
  if (mine !== generation) return;
  // The list shrank under this page (a status changed, a withdrawal): show its last page instead.
  if (!contributions.length && total > 0 && exact) {
    offset = Math.floor((total - 1) / pageSize) * pageSize;
    cursors = {};
    ({ contributions, total, total_exact: exact, next_after: next } = await fetchPage());
    if (mine !== generation) return;
  }
  if (next) cursors[offset + pageSize] = next;
  const tags = new Set(meta.tags);
  contributions.forEach((c) => (c.tags || []).forEach((t) => tags.add(t)));
  fillSelect(document.getElementById('f-tag'), [...tags].sort().map((t) => [t, t]), 'Any theme');
  const last = offset + contributions.length;
  // Past 10,000 matches the server stops counting: "more than" is as useful and far cheaper.
  const of = exact ? `${total}` : `more than ${total.toLocaleString('en-GB')}`;
  document.getElementById('review-count').textContent = total === 0 ? 'No contributions match the filter.'
    : `Showing ${offset + 1}–${last} of ${of} ${total === 1 && exact ? 'contribution' : 'contributions'} matching the filter.`;
  document.getElementById('review-prev').disabled = offset === 0;
  document.getElementById('review-next').disabled = exact ? last >= total : contributions.length < pageSize;
  document.getElementById('review-pages').hidden = exact && total <= pageSize;
  const table = tableView();
  document.getElementById('contribution-list').hidden = table;
  document.getElementById('triage-table').hidden = !table;
  document.getElementById('contribution-list').replaceChildren(...(table ? [] : contributions.map((c) => card(c))));
  renderTable(table ? contributions : [], { onPick: countPicked, openCard: (c) => card(c, false) });
  saveState();
}

// Triage by keyboard, anywhere in the list but a text field: j / k next and previous answer, x select
// it, t its themes, s its status.
function currentCard() { return document.activeElement && document.activeElement.closest('#contribution-list li.card'); }
function onListKey(e) {
  if (e.ctrlKey || e.altKey || e.metaKey || e.target.matches('input:not([type=checkbox]), textarea, select')) return;
  const cards = [...document.querySelectorAll('#contribution-list li.card')];
  const here = currentCard();
  const i = here ? cards.indexOf(here) : -1;
  const go = (j) => { if (cards[j]) cards[j].querySelector('h3').focus(); };
  if (e.key === 'j') go(Math.min(cards.length - 1, i + 1));
  else if (e.key === 'k') go(Math.max(0, i - 1));
  else if (e.key === 'x' && here) { const box = here.querySelector('input.pick'); box.checked = !box.checked; countPicked(); }
  else if (e.key === 't' && here) here.querySelector('input[id^="tags-"]').focus();
  else if (e.key === 's' && here) here.querySelector('select[id^="status-"]').focus();
  else return;
  e.preventDefault();
}

function picked() {
  return [...document.querySelectorAll('#contribution-list input.pick:checked, #triage-table tr.answer input.pick:checked')].map((b) => b.value);
}
function countPicked() {
  const n = picked().length;
  document.getElementById('bulk-count').textContent = `${n} selected.`;
}

async function applyBulk(e) {
  e.preventDefault();
  const f = e.target;
  const ids = picked();
  const tags = f.tags.value.split(',').map((t) => t.trim()).filter(Boolean);
  if (!ids.length) { alertError(new Error('Select one or more contributions first (x, or their Select box).')); return; }
  if (!tags.length && !f.status.value) { alertError(new Error('Give themes to add or a status to set.')); f.tags.focus(); return; }
  try {
    const r = await post('contributions/bulk', { ids, add_tags: tags, ...(f.status.value ? { status: f.status.value } : {}) });
    f.reset();
    await showReview();
    countPicked();
    say(`Changed ${r.changed} ${r.changed === 1 ? 'contribution' : 'contributions'}.${r.skipped.length ? ` ${r.skipped.length} could not be changed (withdrawn).` : ''}`);
  } catch (err) { alertError(err); }
}

async function turnPage(step) {
  offset = Math.max(0, offset + step * pageSize);
  try {
    await showReview();
    // Keyboard and screen-reader users start the new page at its count, not at the buttons.
    const count = document.getElementById('review-count');
    count.tabIndex = -1;
    count.focus();
  } catch (err) { alertError(err); }
}


export function initReview() {
  restoreState();
  // The triage table or the cards: the choice survives a reload, as the filter does.
  const table = document.getElementById('review-table');
  table.checked = sessionStorage.getItem('chorus.triageTable') === '1';
  table.addEventListener('change', async () => {
    sessionStorage.setItem('chorus.triageTable', table.checked ? '1' : '');
    try { await showReview(); } catch (err) { alertError(err); }
  });
  initTriage();
  document.getElementById('filter-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    offset = 0;
    cursors = {};
    try { await showReview(); } catch (err) { alertError(err); }
  });
  document.getElementById('contribution-list').addEventListener('keydown', onListKey);
  document.getElementById('contribution-list').addEventListener('change', (e) => { if (e.target.matches('input.pick')) countPicked(); });
  document.getElementById('bulk-form').addEventListener('submit', applyBulk);
  document.getElementById('review-prev').addEventListener('click', () => turnPage(-1));
  document.getElementById('review-next').addEventListener('click', () => turnPage(1));
}
