// Outreach: the workers who collect on outreach tablets (name and PIN; the PIN goes to the server
// once, which keeps only its hash) and their sessions (place, worker, time span, answers, the share
// a worker helped with), filtered by worker, exported, and opened in Review.
import { get, post, el, say, alertError, formatTime } from './api.js';

// Worker names by id, for the sessions table and Review's "Assisted by" line.
export const workers = new Map();
export async function loadWorkers() {
  const list = (await get('workers')).workers;
  workers.clear();
  for (const w of list) workers.set(w.id, w);
  return list;
}
export function workerName(id) { return workers.get(id)?.name || id || ''; }
export function assistedNote(c) { return c.assisted_by ? ` Assisted by ${workerName(c.assisted_by)} (a worker wrote or recorded it for the person).` : ''; }

function span(s) {
  const start = formatTime(s.started_at);
  if (s.ended_at === null || s.ended_at === undefined) return `${start} – not ended yet`;
  return `${start} – ${formatTime(s.ended_at)}`;
}

function percent(share) { return `${Math.round(share * 100)}%`; }

// Opens Review filtered to one session (and nothing else).
function reviewSession(id) {
  const f = document.getElementById('filter-form');
  f.reset();
  for (const select of f.querySelectorAll('select')) delete select.dataset.wanted;
  f.outreach_session.value = id;
  location.hash = '#review';
}

async function showSessions() {
  const worker = document.getElementById('os-worker').value;
  const q = worker ? `?worker=${encodeURIComponent(worker)}` : '';
  document.getElementById('os-export').href = `api/outreach-sessions.csv${q}`;
  const { sessions } = await get(`outreach-sessions${q}`);
  document.getElementById('os-count').textContent = sessions.length === 1 ? '1 session.' : `${sessions.length} sessions.`;
  document.querySelector('#os-table tbody').replaceChildren(...sessions.map((s) => el('tr', { dataset: { id: s.id } },
    el('td', {}, s.place || 'no place given'), el('td', {}, s.worker || 'unknown worker'), el('td', {}, span(s)),
    el('td', {}, s.device || ''), el('td', {}, String(s.answers)),
    el('td', {}, `${s.assisted} (${percent(s.assisted_share)})`),
    el('td', {}, el('button', { type: 'button', 'aria-label': `See answers: the ${s.answers} of the session at ${s.place || 'no place'} by ${s.worker}`, onclick: () => reviewSession(s.id) }, 'See answers')))));
}

function workerRow(w) {
  const pin = el('input', { type: 'password', inputmode: 'numeric', autocomplete: 'new-password', pattern: '[0-9]{4,8}', id: `pin-${w.id}`, 'aria-label': `New PIN for ${w.name}` });
  const act = (body, done) => async (e) => {
    e.preventDefault();
    try { await post(`workers/${w.id}`, body()); await showOutreach(); say(done); } catch (err) { alertError(err); }
  };
  return el('tr', {},
    el('td', {}, w.name), el('td', {}, w.retired ? 'Retired' : 'Active'),
    el('td', {}, el('form', { class: 'inline', onsubmit: act(() => ({ pin: pin.value }), `${w.name}'s PIN changed`) },
      pin, el('button', { type: 'submit' }, 'Change PIN'))),
    el('td', {}, el('button', { type: 'button', onclick: act(() => ({ retired: !w.retired }), w.retired ? `${w.name} is active again` : `${w.name} retired`) },
      w.retired ? `Bring ${w.name} back` : `Retire ${w.name}`)));
}

export async function showOutreach() {
  const list = await loadWorkers();
  document.querySelector('#worker-table tbody').replaceChildren(...list.map(workerRow));
  const select = document.getElementById('os-worker');
  const current = select.value;
  select.replaceChildren(el('option', { value: '' }, 'All workers'), ...list.map((w) => el('option', { value: w.id }, w.name)));
  select.value = current;
  await showSessions();
}

export function initOutreach() {
  document.getElementById('worker-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = e.target;
    try {
      const w = await post('workers', { name: f.name.value.trim(), pin: f.pin.value });
      f.reset();
      await showOutreach();
      say(`${w.name} added. Tell them their PIN yourself: it is not shown again.`);
    } catch (err) { alertError(err); }
  });
  document.getElementById('os-worker').addEventListener('change', () => showSessions().catch(alertError));
}
