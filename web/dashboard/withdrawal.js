// Withdrawal on request: find by reference code, withdraw in one action, and follow the purge.
import { get, post, el, say, alertError, siteName, promptText, formatTime } from './api.js';

function showStatus(s) {
  const held = s.devices.filter((d) => d.held);
  const rows = s.devices.map((d) => el('tr', {},
    el('td', {}, d.name), el('td', {}, d.site), el('td', {}, d.role),
    el('td', {}, d.held ? 'Yes' : 'No'),
    el('td', {}, d.revoked ? 'Revoked (wiped on next contact)' : d.confirmed ? 'Purged (pulled past the withdrawal)' : 'Waiting for its next sync'),
    el('td', {}, formatTime(d.last_pull_at))));
  document.getElementById('withdraw-status').replaceChildren(
    el('h3', {}, 'Where it has been purged'),
    el('p', {}, `Server: ${s.server_purged ? 'purged (record emptied, media deleted)' : 'media still being deleted'}. `,
      `${held.length - s.devices_waiting} of ${held.length} devices that held it have synced past the withdrawal.`),
    el('table', {}, el('caption', {}, 'Devices and the withdrawal'),
      el('thead', {}, el('tr', {}, ['Device', 'Site', 'Role', 'Held it', 'State', 'Last sync'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows)),
    el('button', { type: 'button', onclick: async () => {
      try { showStatus(await get(`withdrawals/${s.id}`)); say('Withdrawal status refreshed'); } catch (err) { alertError(err); }
    } }, 'Refresh'));
}

export function initWithdrawal() {
  document.getElementById('withdraw-find').addEventListener('submit', async (e) => {
    e.preventDefault();
    const out = document.getElementById('withdraw-found');
    document.getElementById('withdraw-status').replaceChildren();
    try {
      const { matches } = await get(`withdrawal/find?reference=${encodeURIComponent(e.target.reference.value)}`);
      // Codes are unique per device only: when two answers share one, staff check with the person
      // which is theirs. Nothing is withdrawn without that choice.
      const items = matches.map((c) => el('li', {},
        el('p', {}, `Contribution ${c.reference}: ${promptText(c.prompt_id)}, ${siteName(c.site_id)}, ${formatTime(c.created_at)}, format ${c.format || 'unknown'}.`),
        el('button', { type: 'button', class: 'danger', onclick: async () => {
          if (!window.confirm('Withdraw this contribution everywhere? This cannot be undone.')) return;
          try {
            const s = await post(`contributions/${c.id}/withdraw`);
            out.replaceChildren(el('p', {}, `Contribution ${c.reference} is withdrawn.`));
            showStatus(s);
            say('Contribution withdrawn and purged from the server');
          } catch (err) { alertError(err); }
        } }, matches.length > 1 ? `Withdraw this one (${formatTime(c.created_at)}) everywhere` : 'Withdraw it everywhere')));
      out.replaceChildren(
        matches.length > 1
          ? el('p', { class: 'warning' }, `${matches.length} answers have this code. Check the date, place and question with the person, and withdraw only theirs.`)
          : el('p', {}, 'Found one answer with this code.'),
        el('ul', { class: 'matches' }, items));
      say(matches.length > 1 ? `${matches.length} contributions found with this code` : 'Contribution found');
    } catch (err) { out.replaceChildren(); alertError(err); }
  });
}
