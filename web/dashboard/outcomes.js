// Outcomes ("you said, we did"): write them in easy read, link prompts and themes, publish to kiosks.
import { get, post, el, say, alertError, meta, siteName, promptText, siteCheckboxes, checkedValues, formatDate, dateToMs, languageMap } from './api.js';

function row(o) {
  const label = o.said?.en || o.id;
  const state = o.published ? 'Published' : 'Draft';
  return el('tr', {},
    el('td', {}, o.said?.en || ''),
    el('td', {}, o.did?.en || ''),
    el('td', {}, formatDate(o.happened_at)),
    el('td', {}, [...(o.themes || []), ...(o.prompt_ids || []).map(promptText)].join(', ')),
    el('td', {}, state, (o.sites || []).length ? ` (${o.sites.map(siteName).join(', ')})` : ''),
    el('td', {}, el('button', { type: 'button', 'aria-label': `${o.published ? 'Unpublish' : 'Publish'} outcome: ${label}`, onclick: async () => {
      try {
        await post(`outcomes/${o.id}/publish`, { published: !o.published });
        await showOutcomes();
        say(o.published ? 'Outcome taken off the kiosks' : 'Outcome published: kiosks show it after their next sync');
      } catch (err) { alertError(err); }
    } }, o.published ? 'Unpublish' : 'Publish')));
}

export async function showOutcomes() {
  const { outcomes } = await get('outcomes');
  document.querySelector('#outcome-table tbody').replaceChildren(...outcomes.map(row));
  const f = document.getElementById('outcome-form');
  const linked = checkedValues(f, 'prompt_ids');
  const box = document.getElementById('o-prompts');
  box.querySelectorAll('label').forEach((l) => l.remove());
  for (const p of meta.prompts) box.append(el('label', {}, el('input', { type: 'checkbox', name: 'prompt_ids', value: p.id, checked: linked.includes(p.id) }), ` ${p.text?.en || p.id}`));
  siteCheckboxes(document.getElementById('o-sites'), 'sites', checkedValues(f, 'sites'));
  if (!f.when.value) f.when.value = formatDate(Date.now());
}

export function initOutcomes() {
  document.getElementById('outcome-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = e.target;
    const body = {
      said: languageMap(f.said.value, f.said_cy.value, f.said_ar.value),
      did: languageMap(f.did.value, f.did_cy.value, f.did_ar.value),
      happened_at: dateToMs(f.when.value),
      prompt_ids: checkedValues(f, 'prompt_ids'),
      themes: f.themes.value.split(',').map((t) => t.trim()).filter(Boolean),
      sites: checkedValues(f, 'sites'),
      published: f.publish.checked,
    };
    try {
      await post('outcomes', body);
      f.reset();
      await showOutcomes();
      say(body.published ? 'Outcome published: kiosks show it after their next sync' : 'Outcome saved as a draft');
    } catch (err) { alertError(err); }
  });
}
