// Group sessions: each session's question, its ideas ranked by the dots people gave them (a bar, the
// number and the words), the facilitator's next step; any idea can be published for kiosks' "me too".
import { get, el, formatTime } from './api.js';
import { startPublishing } from './groupideas.js';

const pileWords = { good: 'good', unsure: 'not sure', bad: 'not good' };
const faceWords = ['', 'very bad', 'bad', 'okay', 'good', 'very good'];

// An idea in words, whatever way it was given.
export function ideaWords(idea) {
  switch (idea.format) {
  case 'write': return idea.text || '(withdrawn or emptied)';
  case 'faces': return `Face: ${faceWords[idea.rating] || ''}`;
  case 'pictures': return `Pictures: ${(idea.symbols || []).map((s) => `${s.symbol} ${pileWords[s.pile] || s.pile}`).join(', ')}`;
  case 'draw': return 'A drawing';
  case 'speak': return 'A voice note';
  default: return '';
  }
}

function ideaRow(session, idea) {
  const most = Math.max(1, ...session.ideas.map((i) => i.votes));
  const words = ideaWords(idea);
  const dots = `${idea.votes} ${idea.votes === 1 ? 'dot' : 'dots'}`;
  return el('tr', { dataset: { idea: idea.id } },
    el('td', {}, String(idea.rank)),
    el('td', {}, words),
    el('td', {},
      el('span', { class: 'bar', style: `width: ${Math.round((idea.votes / most) * 100)}%`, 'aria-hidden': 'true' }),
      el('span', { class: 'votes' }, dots)),
    el('td', {}, el('button', { type: 'button', 'aria-label': `Publish for kiosks: ${words}`,
      onclick: () => startPublishing({ text: idea.format === 'write' ? idea.text || '' : words, source_id: idea.id, group_session_id: session.id, format: idea.format }) },
    'Publish for kiosks')));
}

function sessionBlock(s) {
  const heading = `${s.question || '(no question)'}`;
  return el('article', { class: 'group-session', 'aria-label': heading },
    el('h3', {}, heading),
    el('p', {}, `${formatTime(s.started_at)} · ${s.participants || 0} ${s.participants === 1 ? 'person' : 'people'} voted · `
      + `${s.dots} dots each · ${s.total_dots} dots in all${s.hide_votes ? ' · votes were hidden until everyone had voted' : ''}`
      + `${s.ended_at ? '' : ' · not ended yet'}`),
    el('table', { class: 'ranked' },
      el('caption', {}, `Ideas ranked by dots: ${heading}`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Place'), el('th', { scope: 'col' }, 'Idea'),
        el('th', { scope: 'col' }, 'Dots'), el('th', { scope: 'col' }, 'Actions'))),
      el('tbody', {}, s.ideas.map((i) => ideaRow(s, i)))),
    el('p', { class: 'next-step' }, `What happens next: ${s.next_step || '(not written)'}`));
}

export async function showGroupSessions() {
  const { sessions } = await get('group-sessions');
  const list = document.getElementById('group-session-list');
  list.replaceChildren(...(sessions.length ? sessions.map(sessionBlock) : [el('p', {}, 'No group sessions have reached the server yet.')]));
}
