// Coordinator accounts (administrators): add one, change a role, sign an account out everywhere,
// set a new password, remove an account. Every action is in the audit trail.
import { get, post, el, say, alertError, formatTime } from './api.js';

let me = '';

export function setAccountsUser(email) { me = email; }

function action(label, name, handler, danger = false) {
  return el('button', { type: 'button', class: danger ? 'danger' : undefined, 'aria-label': `${label} for ${name}`, onclick: handler }, label);
}

function row(c) {
  const self = c.email.toLowerCase() === me.toLowerCase();
  const other = c.role === 'admin' ? 'coordinator' : 'admin';
  const run = async (path, body, done) => {
    try { await post(`coordinators/${c.id}/${path}`, body); await showAccounts(); say(done); } catch (err) { alertError(err); }
  };
  const actions = self ? [el('span', {}, 'This is you')] : [
    action(other === 'admin' ? 'Make administrator' : 'Make coordinator', c.email,
      () => run('role', { role: other }, `${c.email} is now ${other === 'admin' ? 'an administrator' : 'a coordinator'}`)),
    action('Sign out everywhere', c.email, () => run('end-sessions', {}, `${c.email} is signed out everywhere`)),
    action('Set a new password', c.email, () => {
      const password = window.prompt(`New password for ${c.email} (at least 10 characters). They will be signed out.`);
      if (password) run('password', { password }, `New password set for ${c.email}`);
    }),
    action('Remove', c.email, () => {
      if (window.confirm(`Remove the account ${c.email}? They can no longer sign in.`)) run('remove', {}, `${c.email} removed`);
    }, true),
  ];
  return el('tr', {}, el('td', {}, c.email), el('td', {}, c.role === 'admin' ? 'Administrator' : 'Coordinator'),
    el('td', {}, formatTime(c.created_at)), el('td', {}, String(c.sessions)), el('td', { class: 'actions' }, ...actions));
}

export async function showAccounts() {
  const { coordinators } = await get('coordinators');
  document.querySelector('#account-table tbody').replaceChildren(...coordinators.map(row));
}

export function initAccounts() {
  document.getElementById('account-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = e.target;
    try {
      await post('coordinators', { email: f.email.value, password: f.password.value, role: f.role.value });
      say(`Account ${f.email.value} added`);
      f.reset();
      await showAccounts();
    } catch (err) { alertError(err); }
  });
}
