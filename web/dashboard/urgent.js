// Needs attention now: answers marked urgent by the organisation's words or by staff, oldest first
// with their age; admins keep the word lists (one phrase a line, per language).
import { get, post, el, say, alertError, siteName, formatTime } from './api.js';
import { showHelpWords } from './helpwords.js';

const languages = [['en', 'English'], ['cy', 'Welsh'], ['ar', 'Arabic']];

function age(ms) {
  const minutes = Math.floor(ms / 60000);
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return `${Math.floor(hours / 24)} days`;
}

function item(u) {
  const why = u.source === 'staff' ? `marked by ${u.marked_by}` : 'its words are on the urgent list';
  return el('li', { class: 'card' },
    el('h3', {}, `Waiting ${age(u.age_ms)}: ${why}`),
    el('p', {}, `${formatTime(u.created_at)} · ${siteName(u.site_id)} · code ${u.reference || 'none'}`),
    u.text ? el('blockquote', {}, u.text) : el('p', {}, `Answered by ${u.format || 'another way'}`));
}

export async function showUrgent() {
  const { urgent } = await get('urgent');
  document.getElementById('urgent-count').textContent =
    urgent.length ? `${urgent.length} ${urgent.length === 1 ? 'answer needs' : 'answers need'} attention now, oldest first.` : 'Nothing needs attention now.';
  document.getElementById('urgent-list').replaceChildren(...urgent.map(item));
  if (!document.body.classList.contains('is-admin')) return;
  const { words } = await get('urgent-words');
  for (const [code] of languages) document.getElementById(`urgent-words-${code}`).value = (words[code] || []).join('\n');
  document.getElementById('urgent-webhook').value = (await get('urgent-webhook')).url;
  await showHelpWords();
}

export function initUrgent() {
  document.getElementById('urgent-words-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      for (const [code] of languages) {
        const phrases = document.getElementById(`urgent-words-${code}`).value.split('\n').map((p) => p.trim()).filter(Boolean);
        await post('urgent-words', { language: code, phrases });
      }
      await post('urgent-webhook', { url: document.getElementById('urgent-webhook').value.trim() });
      say('Urgent words saved');
    } catch (err) { alertError(err); }
  });
}
