// "Ideas from people here": a coordinator publishes an idea (rewritten or redacted as needed, in easy
// read) for kiosks to show; people add their support with one tap; the supports are counted here.
import { get, post, el, say, alertError, siteCheckboxes, checkedValues, formatDate, languageMap } from './api.js';

// From a group session's idea (or any answer): the form opens with its words to edit before publishing.
// A drawing can be shown with its idea on the kiosks' card, if the coordinator chooses.
export function startPublishing({ text, source_id, group_session_id, format }) {
  location.hash = '#ideas';
  const f = document.getElementById('idea-form');
  f.text.value = text || '';
  f.source_id.value = source_id || '';
  f.group_session_id.value = group_session_id || '';
  f.picture.checked = false;
  document.getElementById('i-picture-row').hidden = format !== 'draw';
  f.text.focus();
  say('Check the words before publishing: take out anything that could say who someone is.');
}

function row(i) {
  const words = i.text?.en || i.id;
  return el('tr', {},
    el('td', {}, words),
    el('td', { class: 'supports' }, String(i.supports)),
    el('td', {}, i.published ? `Published ${formatDate(i.published_at)}` : 'Taken off kiosks'),
    el('td', {}, el('button', { type: 'button', 'aria-label': `${i.published ? 'Take off kiosks' : 'Publish again'}: ${words}`, onclick: async () => {
      try {
        await post(`published-ideas/${i.id}`, { published: !i.published });
        await showGroupIdeas();
        say(i.published ? 'Idea taken off the kiosks' : 'Idea published again');
      } catch (err) { alertError(err); }
    } }, i.published ? 'Take off kiosks' : 'Publish again')));
}

export async function showGroupIdeas() {
  const { ideas } = await get('published-ideas');
  document.querySelector('#idea-table tbody').replaceChildren(...ideas.map(row));
  const f = document.getElementById('idea-form');
  siteCheckboxes(document.getElementById('i-sites'), 'sites', checkedValues(f, 'sites'));
}

export function initGroupIdeas() {
  document.getElementById('idea-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = e.target;
    const body = { text: languageMap(f.text.value, f.text_cy.value, f.text_ar.value), sites: checkedValues(f, 'sites'), published: true };
    if (f.source_id.value) body.source_id = f.source_id.value;
    if (f.group_session_id.value) body.group_session_id = f.group_session_id.value;
    if (!document.getElementById('i-picture-row').hidden && f.picture.checked) body.picture = true;
    try {
      await post('published-ideas', body);
      f.reset();
      document.getElementById('i-picture-row').hidden = true;
      await showGroupIdeas();
      say('Idea published: kiosks show it after their next sync');
    } catch (err) { alertError(err); }
  });
}
