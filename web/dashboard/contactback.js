// Contact-back: the people who asked to be contacted, with their details, their answer and the
// site; staff mark each contacted with a note. The server audits the view and each "contacted".
import { get, post, el, say, alertError, siteName, formatTime } from './api.js';

function person(p) {
  return `${p.contact_name || 'No name given'}, ${p.contact_detail || 'no contact detail'}`;
}

function waitingItem(p) {
  const noteId = `cb-note-${p.id}`;
  return el('li', { class: 'card' },
    el('h3', {}, person(p)),
    el('p', {}, `${formatTime(p.created_at)} · ${siteName(p.site_id)} · code ${p.reference || 'none'}`),
    p.text ? el('blockquote', {}, p.text) : el('p', {}, `Answered by ${p.format || 'another way'}`),
    el('form', { onsubmit: async (e) => {
      e.preventDefault();
      try {
        await post(`contact-back/${p.id}`, { note: e.target.note.value });
        say(`Marked ${p.contact_name || 'the person'} as contacted`);
        await showContactBack();
      } catch (err) { alertError(err); }
    } },
      el('p', {}, el('label', { for: noteId }, `Note about contacting ${p.contact_name || 'this person'}`),
        el('textarea', { id: noteId, name: 'note', maxlength: 2000, rows: 2 })),
      el('p', {}, el('button', { type: 'submit' }, `Mark ${p.contact_name || 'this person'} contacted`))));
}

function contactedRow(p) {
  return el('tr', {}, el('td', {}, person(p)), el('td', {}, formatTime(p.contacted_at)), el('td', {}, p.contacted_by), el('td', {}, p.note || ''));
}

export async function showContactBack() {
  const q = await get('contact-back');
  document.getElementById('cb-counts').textContent =
    `${q.counts.waiting} waiting to be contacted, ${q.counts.contacted} contacted.`;
  document.getElementById('cb-waiting').replaceChildren(...q.waiting.map(waitingItem));
  document.querySelector('#cb-contacted tbody').replaceChildren(...q.contacted.map(contactedRow));
}
