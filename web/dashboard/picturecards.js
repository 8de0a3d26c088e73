// Picture cards: a picture and its words in English, Welsh and Arabic, for kiosks' picture sorting.
import { get, post, el, say, alertError, meta } from './api.js';

const form = () => document.getElementById('card-form');

// The prompt form offers the organisation's cards by their English words.
export function pictureCardCheckboxes(fieldset, checked = []) {
  fieldset.querySelectorAll('label, p').forEach((n) => n.remove());
  const active = (meta.pictureCards || []).filter((c) => !c.retired);
  if (!active.length) fieldset.append(el('p', { class: 'hint' }, 'No picture cards yet: add them on the Picture cards page.'));
  for (const c of active) {
    fieldset.append(el('label', {}, el('input', { type: 'checkbox', name: 'picturecards', value: c.id, checked: checked.includes(c.id) }),
      ` ${c.words?.en || c.id}`));
  }
}

export async function loadPictureCards() {
  const { cards } = await get('picture-cards');
  meta.pictureCards = cards;
  return cards;
}

function row(c) {
  const label = c.words?.en || c.id;
  return el('tr', {},
    el('td', {}, label),
    el('td', { lang: 'cy' }, c.words?.cy || ''),
    el('td', { lang: 'ar', dir: 'rtl' }, c.words?.ar || ''),
    el('td', {}, c.retired ? 'Retired' : 'Active'),
    el('td', {},
      el('button', { type: 'button', 'aria-label': `${c.retired ? 'Restore' : 'Retire'} picture card: ${label}`, onclick: async () => {
        try {
          await post(`picture-cards/${c.id}/retire`, { retired: !c.retired });
          await showPictureCards();
          say(c.retired ? 'Picture card restored' : 'Picture card retired');
        } catch (err) { alertError(err); }
      } }, c.retired ? 'Restore' : 'Retire')));
}

export async function showPictureCards() {
  const cards = await loadPictureCards();
  document.querySelector('#card-table tbody').replaceChildren(...cards.map(row));
}

export function initPictureCards() {
  form().addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = e.target;
    const words = { en: f.en.value.trim(), cy: f.cy.value.trim(), ar: f.ar.value.trim() };
    try {
      const file = f.picture.files[0];
      const up = await post('pictures', await file.arrayBuffer(), file.type || 'application/octet-stream');
      await post('picture-cards', { symbol: up.symbol, words });
      f.reset();
      await showPictureCards();
      // Announced last, so a screen reader (and the e2e test) hears it only once the list shows the card.
      say(`Picture card added: ${words.en}`);
    } catch (err) { alertError(err); }
  });
}
