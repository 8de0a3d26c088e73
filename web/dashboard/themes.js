// Themes: the server's suggestions for the written answers the Review filter shows. Each can be
// renamed and accepted (every answer in it is tagged), merged with others, or rejected.
import { get, post, el, say, alertError, loadMeta } from './api.js';
import { filterQuery } from './review.js';

// Rejections are kept by the server for the organisation (each suggestion carries its key), so
// every coordinator, in any browser, stops seeing them.
let suggestions = [];

function card(s, i) {
  const name = el('input', { id: `theme-name-${i}`, value: s.label.join(' '), maxlength: 64 });
  const pick = el('input', { type: 'checkbox', id: `theme-pick-${i}`, dataset: { index: i } });
  const biggest = Math.max(0, ...s.duplicates.map((d) => d.length));
  const accept = async (e) => {
    e.preventDefault();
    const tag = name.value.trim();
    if (!tag) { name.focus(); return; }
    try {
      const r = await post('contributions/bulk', { ids: s.members, add_tags: [tag] });
      suggestions = suggestions.filter((x) => x !== s);
      await loadMeta();
      render();
      say(`Tagged ${r.changed} ${r.changed === 1 ? 'answer' : 'answers'} with the theme “${tag}”.`);
    } catch (err) { alertError(err); }
  };
  const reject = async () => {
    try {
      // A merged suggestion is the coordinator's own: rejecting it rejects each one it was made from.
      for (const key of s.keys) await post('themes/rejections', { key });
      suggestions = suggestions.filter((x) => x !== s);
      render();
      say(`Suggestion “${s.label.join(' ')}” rejected.`);
    } catch (err) { alertError(err); }
  };
  return el('li', { class: 'card', dataset: { key: s.keys.join(' ') } },
    el('h3', {}, `Suggested theme: ${s.label.join(', ')} (${s.size} ${s.size === 1 ? 'answer' : 'answers'})`),
    ...s.representatives.map((r) => el('blockquote', { dir: 'auto' }, r.text)),
    s.duplicates.length ? el('p', { class: 'meta' },
      `${s.duplicates.length} ${s.duplicates.length === 1 ? 'group' : 'groups'} of answers saying nearly the same thing (the largest has ${biggest}).`) : null,
    el('form', { class: 'inline', onsubmit: accept },
      el('label', { for: name.id }, 'Theme name'), name,
      el('button', { type: 'submit' }, `Accept and tag ${s.size} ${s.size === 1 ? 'answer' : 'answers'}`)),
    el('p', {}, el('label', { for: pick.id }, pick, ' Select for merging'), ' ',
      el('button', { type: 'button', onclick: reject }, 'Reject')));
}

function render() {
  document.getElementById('themes-count').textContent = suggestions.length
    ? `${suggestions.length} suggested ${suggestions.length === 1 ? 'theme' : 'themes'}.` : 'No themes to suggest.';
  document.getElementById('themes-list').replaceChildren(...suggestions.map(card));
}

function merge() {
  const picked = [...document.querySelectorAll('#themes-list input[type=checkbox]:checked')]
    .map((c) => suggestions[Number(c.dataset.index)]);
  if (picked.length < 2) { alertError(new Error('Select two or more suggestions to merge.')); return; }
  const members = [...new Set(picked.flatMap((s) => s.members))];
  const merged = {
    label: [...new Set(picked.flatMap((s) => s.label))].slice(0, 3), size: members.length, members,
    representatives: picked.flatMap((s) => s.representatives).slice(0, 3), duplicates: picked.flatMap((s) => s.duplicates),
    keys: picked.flatMap((s) => s.keys),
  };
  suggestions = [merged, ...suggestions.filter((s) => !picked.includes(s))];
  render();
  say(`Merged ${picked.length} suggestions into one of ${merged.size} answers.`);
  document.getElementById('theme-name-0').focus();
}

async function suggest() {
  document.getElementById('themes-count').textContent = 'Grouping the answers…';
  try {
    const untagged = document.getElementById('themes-untagged').checked ? '&untagged=1' : '';
    const r = await get(`themes/suggestions?${filterQuery()}${untagged}`);
    suggestions = r.suggestions.map((s) => ({ ...s, keys: [s.key] }));
    render();
    const hidden = r.rejected ? ` ${r.rejected} rejected ${r.rejected === 1 ? 'suggestion is' : 'suggestions are'} not shown.` : '';
    if (r.limited) say(`Grouped the newest ${r.considered} written answers the filter shows.${hidden}`);
    else if (hidden) say(hidden.trim());
  } catch (err) { alertError(err); }
}

export async function showThemes() {
  const q = filterQuery();
  document.getElementById('themes-filter').textContent = q ? decodeURIComponent(q.replaceAll('&', ', ')) : 'everything';
}

export function initThemes() {
  document.getElementById('themes-suggest').addEventListener('click', suggest);
  document.getElementById('themes-merge').addEventListener('click', merge);
}
