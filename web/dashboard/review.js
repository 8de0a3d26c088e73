// Review: filter contributions, a page at a time, read and listen, tag themes, set status, redact.
import { get, post, el, say, alertError, meta, siteName, promptText, formatTime, dateToMs } from './api.js';

const statusNames = { new: 'New', reviewed: 'Reviewed', acted_on: 'Acted on' };
const pageSize = 50;
let offset = 0;

// The filter as query parameters, shared with the export links and the summary page.
export function filterQuery() {
  const f = document.getElementById('filter-form');
  const q = new URLSearchParams();
  for (const name of ['prompt', 'site', 'format', 'rating', 'tag', 'status']) if (f[name].value) q.set(name, f[name].value);
  if (f.q.value.trim()) q.set('q', f.q.value.trim());
  if (f.from.value) q.set('from', dateToMs(f.from.value));
  if (f.to.value) q.set('to', dateToMs(f.to.value, true));
  return q.toString();
}

function fillSelect(select, items, first) {
  const current = select.value;
  select.replaceChildren(el('option', { value: '' }, first), ...items.map(([v, t]) => el('option', { value: v }, t)));
  select.value = current;
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

function card(c) {
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
      const h = document.querySelector(`li[data-id="${c.id}"] h3`);
      if (h) { h.tabIndex = -1; h.focus(); }
    } catch (err) { alertError(err); }
  };
  return el('li', { class: 'card', dataset: { id: c.id } },
    el('h3', {}, title),
    el('p', { class: 'meta' }, `Format: ${c.format || 'unknown'}. Rating: ${c.rating || 'none'}. Status: ${statusNames[c.status || 'new']}. Reference: ${c.reference || 'none'}.${c.redacted ? ' Redacted.' : ''}`),
    c.text ? el('blockquote', { lang: c.language || 'en' }, c.text) : null,
    symbols(c), ...media(c),
    el('form', { class: 'inline', onsubmit: act(() => post(`contributions/${c.id}/tags`, { tags: tagInput.value.split(',').map((t) => t.trim()).filter(Boolean) }), 'Themes saved') },
      el('label', { for: tagInput.id }, 'Themes (comma separated)'), tagInput, el('button', { type: 'submit' }, 'Save themes')),
    el('form', { class: 'inline', onsubmit: act(() => post(`contributions/${c.id}/status`, { status: statusSelect.value }), 'Status saved') },
      el('label', { for: statusSelect.id }, 'Status'), statusSelect, el('button', { type: 'submit' }, 'Save status')),
    c.text ? el('details', {}, el('summary', {}, 'Redact personal details'),
      el('form', { onsubmit: act(() => post(`contributions/${c.id}/redact`, { text: redactBox.value }), 'Text redacted') },
        el('label', { for: redactBox.id }, 'Text with personal details removed'), redactBox, el('button', { type: 'submit' }, 'Save redaction'))) : null);
}

export async function showReview() {
  fillSelect(document.getElementById('f-prompt'), meta.prompts.map((p) => [p.id, p.text?.en || p.id]), 'All prompts');
  fillSelect(document.getElementById('f-site'), meta.sites.map((s) => [s.id, s.name]), 'All sites');
  const fetchPage = () => get(`contributions?${filterQuery()}&limit=${pageSize}&offset=${offset}`);
  let { contributions, total, total_exact: exact } = await fetchPage();
  // The list shrank under this page (a status changed, a withdrawal): show its last page instead.
  if (!contributions.length && total > 0 && exact) {
    offset = Math.floor((total - 1) / pageSize) * pageSize;
    ({ contributions, total, total_exact: exact } = await fetchPage());
  }
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
  document.getElementById('contribution-list').replaceChildren(...contributions.map(card));
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
  document.getElementById('filter-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    offset = 0;
    try { await showReview(); } catch (err) { alertError(err); }
  });
  document.getElementById('review-prev').addEventListener('click', () => turnPage(-1));
  document.getElementById('review-next').addEventListener('click', () => turnPage(1));
}
