// Subject access: find everything held about a person by their reference code or contact detail,
// download it as JSON, and erase it everywhere. The server audits each step by answer id.
import { get, post, el, say, alertError, siteName, promptText, formatTime } from './api.js';

function query(form) {
  const by = form.querySelector('input[name="by"]:checked').value;
  return `${by}=${encodeURIComponent(form.value.value)}`;
}

function describe(a) {
  const consent = a.consent || {};
  return el('li', { class: 'card' },
    el('p', {}, `${a.reference || 'no code'} · ${formatTime(a.created_at)} · ${siteName(a.site_id)} · ${promptText(a.prompt_id)} · ${a.format || 'unknown format'}`),
    a.text ? el('blockquote', {}, a.text) : null,
    el('p', {}, `Media: ${(a.media || []).length} · may quote: ${consent.quote ? 'yes' : 'no'} · asked to be contacted: ${consent.contact ? 'yes' : 'no'}`
      + (a.contact_name || a.contact_detail ? ` · contact: ${[a.contact_name, a.contact_detail].filter(Boolean).join(', ')}` : '')));
}

function showFound(form, answers) {
  const out = document.getElementById('sar-found');
  if (!answers.length) {
    out.replaceChildren(el('p', {}, 'Nothing is held that matches this.'));
    return;
  }
  const ids = answers.map((a) => a.id);
  out.replaceChildren(
    el('p', {}, `${answers.length} ${answers.length === 1 ? 'answer is' : 'answers are'} held that match. Check with the person that each is theirs.`),
    el('ul', { class: 'cards' }, answers.map(describe)),
    el('p', {},
      el('a', { href: `api/subject-access/export?${query(form)}`, download: 'subject-access.json' }, 'Download everything as JSON'),
      ' ',
      el('button', { type: 'button', class: 'danger', onclick: async () => {
        if (!window.confirm(`Erase ${ids.length} ${ids.length === 1 ? 'answer' : 'answers'} everywhere? This cannot be undone.`)) return;
        try {
          const r = await post('subject-access/erase', { ids });
          out.replaceChildren(el('p', {}, `Erased ${r.erased.length} ${r.erased.length === 1 ? 'answer' : 'answers'} everywhere. Devices purge their copies at their next sync.`));
          say('Everything found was erased');
        } catch (err) { alertError(err); }
      } }, 'Erase everything found')));
}

export function initSubjectAccess() {
  document.getElementById('sar-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const { answers } = await get(`subject-access?${query(e.target)}`);
      showFound(e.target, answers);
      say(`${answers.length} ${answers.length === 1 ? 'answer' : 'answers'} found`);
    } catch (err) { document.getElementById('sar-found').replaceChildren(); alertError(err); }
  });
}
