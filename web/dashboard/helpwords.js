// The organisation's "If you need help now" words, per language, that every kiosk shows on its
// Thank-you screen (and reads aloud) after its next sync. Admins change them; everyone sees them.
import { get, post, say, alertError } from './api.js';

const languages = ['en', 'cy', 'ar'];

export async function showHelpWords() {
  const { words } = await get('help-words');
  for (const code of languages) document.getElementById(`help-words-${code}`).value = words[code] || '';
}

export function initHelpWords() {
  document.getElementById('help-words-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const words = {};
      for (const code of languages) words[code] = document.getElementById(`help-words-${code}`).value.trim();
      await post('help-words', { words });
      say('Help words saved: kiosks show them after their next sync');
    } catch (err) { alertError(err); }
  });
}
