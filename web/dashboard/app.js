// The dashboard shell: sign-in, the section shown for the address's #hash, sign-out.
import { get, post, setCsrf, say, alertError, loadMeta, ApiError } from './api.js';
import { showPrompts, initPrompts } from './prompts.js';
import { showPictureCards, initPictureCards } from './picturecards.js';
import { showReview, initReview } from './review.js';
import { showOutcomes, initOutcomes } from './outcomes.js';
import { initWithdrawal } from './withdrawal.js';
import { initSubjectAccess } from './subjectaccess.js';
import { showContactBack } from './contactback.js';
import { showUrgent, initUrgent } from './urgent.js';
import { initHelpWords } from './helpwords.js';
import { showReport } from './report.js';
import { showDevices, initDevices } from './devices.js';
import { showAudit } from './audit.js';
import { showAccounts, initAccounts, setAccountsUser } from './accounts.js';
import { showConflicts } from './conflicts.js';
import { showThemes, initThemes } from './themes.js';
import { showOutreach, initOutreach } from './outreach.js';
import { showBoard } from './board.js';
import { showGroupSessions } from './groupsessions.js';
import { showGroupIdeas, initGroupIdeas } from './groupideas.js';

const sections = {
  prompts: showPrompts, 'picture-cards': showPictureCards, review: showReview, themes: showThemes, outcomes: showOutcomes, withdrawal: null,
  'subject-access': null, 'contact-back': showContactBack, urgent: showUrgent,
  report: showReport, conflicts: showConflicts, outreach: showOutreach, devices: showDevices, accounts: showAccounts, audit: showAudit,
  board: showBoard, 'group-sessions': showGroupSessions, ideas: showGroupIdeas,
};
let session = null;

function showOnly(id) {
  for (const s of document.querySelectorAll('main > section')) s.hidden = s.id !== id;
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.getAttribute('href') === `#${id}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// Focus moves to the content when the person navigates, not on a fresh page load (which starts at the top).
// Only the newest navigation moves it: a slow load of a page the person has already left must not
// pull the focus away from where they are now.
let routes = 0;
async function route(moveFocus = true) {
  const mine = ++routes;
  if (!session) { showOnly('login'); return; }
  let id = location.hash.slice(1);
  if (!(id in sections) || ((id === 'audit' || id === 'accounts') && session.role !== 'admin')) id = 'review';
  showOnly(id);
  const heading = document.querySelector(`#${id} h2`);
  document.title = `${heading.textContent} – Chorus dashboard`;
  try {
    if (sections[id]) await sections[id]();
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { signedOut(); return; }
    alertError(err);
  }
  if (moveFocus && mine === routes) document.getElementById('main').focus();
}

async function signedIn(s, moveFocus = true) {
  session = s;
  setCsrf(s.csrf);
  document.getElementById('who').textContent = `Signed in as ${s.email} (${s.role})`;
  document.getElementById('nav').hidden = false;
  document.body.classList.toggle('is-admin', s.role === 'admin');
  setAccountsUser(s.email);
  await loadMeta();
  await route(moveFocus);
}

function signedOut(moveFocus = true) {
  session = null;
  setCsrf('');
  document.getElementById('nav').hidden = true;
  showOnly('login');
  if (moveFocus) document.getElementById('login-email').focus();
}

document.getElementById('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = e.target;
  try {
    signIns++;
    const s = await post('login', { email: f.email.value, password: f.password.value });
    f.password.value = '';
    say(`Signed in as ${s.email}`);
    await signedIn(s);
  } catch (err) {
    alertError(err);
    f.password.focus();
  }
});

document.getElementById('logout').addEventListener('click', async () => {
  try { await post('logout'); } catch (err) { /* signed out either way */ }
  signedOut();
  say('Signed out');
});

window.addEventListener('hashchange', () => route());
initPrompts(); initPictureCards(); initReview(); initThemes(); initOutcomes(); initWithdrawal(); initSubjectAccess(); initUrgent(); initHelpWords(); initDevices(); initAccounts(); initOutreach(); initGroupIdeas();

// The page asks once whether it is already signed in. A sign-in made before that answer arrives wins:
// a late "no session" must not sign the person out again (it showed the sign-in form over the page
// they had just opened).
let signIns = 0;
const probe = signIns;
get('session').then((s) => { if (probe === signIns) signedIn(s, false); })
  .catch(() => { if (probe === signIns) signedOut(false); });
