// On each review card: marking the answer urgent, and taking a voice note or drawing out of the
// answer (a redaction that removes the file everywhere).
import { el, post } from './api.js';

// `act(fn, done)` is the card's action runner (it re-renders the list and says `done`).
export function mediaRedaction(c, act) {
  if (!(c.media || []).length) return null;
  const kind = c.format === 'draw' ? 'drawing' : 'voice note';
  return el('details', {}, el('summary', {}, `Take out a ${kind}`),
    el('p', {}, `Taking it out deletes the ${kind} everywhere, for good. The answer is marked redacted.`),
    c.media.map((sha, i) => el('p', {}, el('button', {
      type: 'button', class: 'danger',
      onclick: act(() => post(`contributions/${c.id}/redact`, { remove_media: [sha] }), `The ${kind} was taken out`),
    }, `Take out ${kind} ${i + 1}`))));
}

export function markUrgent(c, act) {
  return el('button', { type: 'button', onclick: act(() => post(`contributions/${c.id}/urgent`), 'Marked as needing attention now') },
    'Mark as needing attention now');
}
