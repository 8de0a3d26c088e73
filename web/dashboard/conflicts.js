// Conflicting edits of prompts and outcomes, side by side, settled by choosing one.
import { get, post, el, say, alertError, loadMeta, promptText } from './api.js';

function show(value) {
  if (value === null || value === undefined) return '(empty)';
  if (typeof value === 'object' && !Array.isArray(value)) return Object.entries(value).map(([k, v]) => `${k}: ${v}`).join(' / ');
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export async function showConflicts() {
  const { conflicts } = await get('conflicts');
  document.getElementById('conflicts-none').hidden = conflicts.length > 0;
  document.getElementById('conflict-table').hidden = conflicts.length === 0;
  document.querySelector('#conflict-table tbody').replaceChildren(...conflicts.map((c) => {
    const name = c.kind === 'prompt' ? `Prompt: ${promptText(c.record)}` : `Outcome ${c.record.slice(0, 8)}`;
    const settle = (keep, done) => async () => {
      try {
        await post(`conflicts/${c.id}/settle`, { keep });
        await loadMeta();
        await showConflicts();
        say(done);
      } catch (err) { alertError(err); }
    };
    return el('tr', {},
      el('td', {}, name), el('td', {}, c.field),
      el('td', {}, show(c.kept_value)), el('td', {}, show(c.other_value)),
      el('td', {},
        el('button', { type: 'button', 'aria-label': `Keep the current ${c.field} of ${name}`, onclick: settle('kept', 'Kept the current edit') }, 'Keep current'), ' ',
        el('button', { type: 'button', 'aria-label': `Use the other ${c.field} of ${name}`, onclick: settle('other', 'Used the other edit') }, 'Use the other')));
  }));
}
