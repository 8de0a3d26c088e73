// The accountability board: where each "you said, we did" stands (heard, planned, doing, done, or not
// possible with a reason), with the date of each step; per theme, the days until the first response.
import { get, post, el, say, alertError, formatDate } from './api.js';

const statusWords = { heard: 'Heard', planned: 'Planned', doing: 'Doing', done: 'Done', not_possible: 'Not possible' };

function outcomeRow(o) {
  const label = o.said?.en || o.id;
  const select = el('select', { 'aria-label': `New status for: ${label}` },
    Object.entries(statusWords).map(([v, w]) => el('option', { value: v, selected: v === o.status }, w)));
  const reason = el('input', { 'aria-label': `Why it is not possible: ${label}`, placeholder: 'Why it is not possible' });
  const dates = Object.entries(o.status_dates || {}).sort((a, b) => a[1] - b[1])
    .map(([s, at]) => `${statusWords[s] || s} ${formatDate(at)}`).join(', ');
  return el('tr', { dataset: { outcome: o.id } },
    el('td', {}, label),
    el('td', { class: 'status' }, o.status ? statusWords[o.status] : 'No status yet',
      o.status === 'not_possible' && o.status_reason?.en ? ` (${o.status_reason.en})` : ''),
    el('td', {}, dates),
    el('td', {}, (o.themes || []).join(', ')),
    el('td', {}, select, ' ', reason, ' ', el('button', { type: 'button', 'aria-label': `Set status: ${label}`, onclick: async () => {
      const body = { status: select.value };
      if (select.value === 'not_possible') body.reason = { en: reason.value.trim() };
      try {
        await post(`outcomes/${o.id}/status`, body);
        await showBoard();
        say(`Status set to ${statusWords[select.value]}: kiosks show it after their next sync`);
      } catch (err) { alertError(err); }
    } }, 'Set status')));
}

function themeRow(t) {
  return el('tr', {},
    el('td', {}, t.theme),
    el('td', {}, formatDate(t.raised_at)),
    el('td', {}, t.first_response_at === null ? 'No response yet' : formatDate(t.first_response_at)),
    el('td', {}, t.days_to_first_response === null ? (t.days_waiting !== undefined ? `waiting ${t.days_waiting} days` : '') : String(t.days_to_first_response)));
}

export async function showBoard() {
  const [{ outcomes }, board] = await Promise.all([get('outcomes'), get('board')]);
  document.querySelector('#board-table tbody').replaceChildren(...outcomes.map(outcomeRow));
  document.querySelector('#board-themes tbody').replaceChildren(...board.themes.map(themeRow));
  const share = board.share_answered_within_30_days;
  document.getElementById('board-share').textContent = share === null
    ? 'No themes raised yet.'
    : `${board.answered_within_30_days} of ${board.themes_raised} themes answered within 30 days (${Math.round(share * 100)}%).`;
}
