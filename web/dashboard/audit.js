// The audit trail (administrators).
import { get, el, formatTime } from './api.js';

export async function showAudit() {
  const { entries } = await get('audit');
  document.querySelector('#audit-table tbody').replaceChildren(...entries.map((a) => el('tr', {},
    el('td', {}, formatTime(a.at)), el('td', {}, a.who), el('td', {}, a.action), el('td', {}, a.target),
    el('td', {}, Object.keys(a.detail || {}).length ? JSON.stringify(a.detail) : ''))));
}
