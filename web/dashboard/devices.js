// Devices: who syncs, how far behind they are, enrolment codes with QR, and revoking a lost device.
import { get, post, el, say, alertError, meta, formatTime } from './api.js';

export async function showDevices() {
  const site = document.getElementById('c-site');
  const current = site.value;
  site.replaceChildren(...meta.sites.map((s) => el('option', { value: s.id }, s.name)));
  if (current) site.value = current;
  const { devices } = await get('devices');
  const admin = document.body.classList.contains('is-admin');
  document.querySelector('#device-table tbody').replaceChildren(...devices.map((d) => el('tr', {},
    el('td', {}, d.name), el('td', {}, d.site), el('td', {}, d.role), el('td', {}, formatTime(d.last_pull_at)),
    el('td', {}, String(d.waiting)), el('td', {}, d.revoked_at ? `Revoked ${formatTime(d.revoked_at)}` : 'Active'),
    el('td', {}, admin && !d.revoked_at ? el('button', { type: 'button', class: 'danger', 'aria-label': `Revoke ${d.name}`, onclick: async () => {
      if (!window.confirm(`Revoke ${d.name}? It will wipe its synced data at its next contact.`)) return;
      try { await post(`devices/${d.id}/revoke`); await showDevices(); say(`${d.name} revoked`); } catch (err) { alertError(err); }
    } }, 'Revoke') : ''))));
}

export function initDevices() {
  document.getElementById('code-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const c = await post('enrolment-codes', { site: e.target.site.value, role: e.target.role.value });
      const qr = c.qr_svg ? el('img', { class: 'qr', src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.qr_svg)}`, alt: `QR code for enrolment code ${c.code}` }) : null;
      document.getElementById('code-out').replaceChildren(
        el('p', {}, 'Enrolment code: ', el('strong', { class: 'code' }, c.code), `. It works once, until ${formatTime(c.expires_at)}.`), qr);
      say(`Enrolment code ${c.code} issued`);
    } catch (err) { alertError(err); }
  });
}
