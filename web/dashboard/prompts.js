// Prompts: create, edit, schedule and retire consultation questions.
import { get, post, el, say, alertError, meta, loadMeta, siteName, siteCheckboxes, checkedValues, formatDate, dateToMs } from './api.js';
import { pictureCardCheckboxes, loadPictureCards } from './picturecards.js';

const isPictureCard = (name) => (meta.pictureCards || []).some((c) => c.id === name);

const form = () => document.getElementById('prompt-form');

function resetForm() {
  const f = form();
  f.reset();
  f.id.value = '';
  document.getElementById('prompt-form-h').textContent = 'New prompt';
  document.getElementById('prompt-cancel').hidden = true;
  siteCheckboxes(document.getElementById('p-sites'), 'sites');
  pictureCardCheckboxes(document.getElementById('p-picture-cards'));
}

function edit(p) {
  const f = form();
  f.id.value = p.id;
  f.en.value = p.text?.en || '';
  f.cy.value = p.text?.cy || '';
  f.ar.value = p.text?.ar || '';
  f.symbol.value = p.symbol || '';
  f.cards.value = (p.cards || []).filter((c) => !isPictureCard(c)).join(', ');
  pictureCardCheckboxes(document.getElementById('p-picture-cards'), p.cards || []);
  for (const box of f.querySelectorAll('input[name="formats"]')) box.checked = (p.formats || []).includes(box.value);
  siteCheckboxes(document.getElementById('p-sites'), 'sites', p.sites || []);
  f.from.value = formatDate(p.active_from);
  f.until.value = p.active_until ? formatDate(p.active_until - 86400000) : '';
  document.getElementById('prompt-form-h').textContent = 'Edit prompt';
  document.getElementById('prompt-cancel').hidden = false;
  f.en.focus();
}

function row(p) {
  const window = [p.active_from ? `from ${formatDate(p.active_from)}` : '', p.active_until ? `until ${formatDate(p.active_until - 86400000)}` : '']
    .filter(Boolean).join(' ') || 'always';
  const sites = (p.sites || []).length ? p.sites.map(siteName).join(', ') : 'every site';
  const label = p.text?.en || p.id;
  return el('tr', {},
    el('td', {}, label),
    el('td', {}, (p.formats || []).join(', ')),
    el('td', {}, sites),
    el('td', {}, window),
    el('td', {}, p.retired ? 'Retired' : 'Active'),
    el('td', {},
      el('button', { type: 'button', 'aria-label': `Edit prompt: ${label}`, onclick: () => edit(p) }, 'Edit'), ' ',
      el('button', { type: 'button', 'aria-label': `${p.retired ? 'Restore' : 'Retire'} prompt: ${label}`, onclick: async () => {
        try {
          await post(`prompts/${p.id}/retire`, { retired: !p.retired });
          await showPrompts();
          say(p.retired ? 'Prompt restored' : 'Prompt retired');
        } catch (err) { alertError(err); }
      } }, p.retired ? 'Restore' : 'Retire')));
}

export async function showPrompts() {
  const { prompts } = await get('prompts');
  meta.prompts = prompts;
  document.querySelector('#prompt-table tbody').replaceChildren(...prompts.map(row));
  await loadPictureCards();
  if (!form().id.value) {
    siteCheckboxes(document.getElementById('p-sites'), 'sites', checkedValues(form(), 'sites'));
    pictureCardCheckboxes(document.getElementById('p-picture-cards'), checkedValues(form(), 'picturecards'));
  }
}

export function initPrompts() {
  document.getElementById('prompt-cancel').addEventListener('click', resetForm);
  form().addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = e.target;
    const text = { en: f.en.value.trim() };
    if (f.cy.value.trim()) text.cy = f.cy.value.trim();
    if (f.ar.value.trim()) text.ar = f.ar.value.trim();
    const body = {
      text, formats: checkedValues(f, 'formats'), sites: checkedValues(f, 'sites'),
      active_from: dateToMs(f.from.value) || 0, active_until: dateToMs(f.until.value, true) || 0,
      cards: [...checkedValues(f, 'picturecards'), ...f.cards.value.split(',').map((c) => c.trim()).filter(Boolean)],
    };
    try {
      if (f.picture.files.length) {
        const file = f.picture.files[0];
        const up = await post('pictures', await file.arrayBuffer(), file.type || 'application/octet-stream');
        body.symbol = up.symbol;
      } else if (f.symbol.value.trim()) {
        body.symbol = f.symbol.value.trim();
      }
      const editing = f.id.value;
      await post(editing ? `prompts/${editing}` : 'prompts', body);
      resetForm();
      await showPrompts();
      await loadMeta();
      // Announced last, so a screen reader (and the e2e test) hears it only once the list shows the change.
      say(editing ? 'Prompt saved' : `Prompt created: ${text.en}`);
    } catch (err) { alertError(err); }
  });
}
