// Talks to /dashboard/api/: the session's CSRF token on every change, JSON errors as exceptions,
// and small DOM helpers that only ever set text (never HTML) so contributions cannot inject markup.

let csrf = '';
export function setCsrf(token) { csrf = token || ''; }

export class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

async function handle(res) {
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const err = (body && body.error) || {};
    throw new ApiError(res.status, err.code || 'error', err.message || `The server answered ${res.status}`);
  }
  return body;
}

export async function get(path) {
  return handle(await fetch(`api/${path}`, { credentials: 'same-origin' }));
}

export async function post(path, data, contentType = 'application/json') {
  const body = contentType === 'application/json' ? JSON.stringify(data || {}) : data;
  return handle(await fetch(`api/${path}`, {
    method: 'POST', credentials: 'same-origin', body,
    headers: { 'Content-Type': contentType, 'X-CSRF-Token': csrf },
  }));
}

// el('p', {class: 'x'}, 'text', child) builds an element; strings become text nodes.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function say(message) {
  const s = document.getElementById('status');
  document.getElementById('alert').textContent = '';
  s.textContent = '';
  // Cleared first so the same message twice is still announced.
  setTimeout(() => { s.textContent = message; }, 30);
}

export function alertError(err) {
  document.getElementById('status').textContent = '';
  document.getElementById('alert').textContent = err.message || String(err);
}

export function formatDate(ms) {
  if (ms === null || ms === undefined) return '';
  return new Date(ms).toISOString().slice(0, 10);
}

export function formatTime(ms) {
  if (ms === null || ms === undefined) return 'never';
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function dateToMs(value, endOfDay = false) {
  if (!value) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return endOfDay ? ms + 86400000 : ms;
}

// Shared lookups (sites, prompts, themes) loaded once after sign-in and refreshed on change.
export const meta = { sites: [], prompts: [], tags: [], group_sessions: [] };
export async function loadMeta() {
  Object.assign(meta, await get('meta'));
  return meta;
}
export function siteName(id) {
  const s = meta.sites.find((x) => x.id === id);
  return s ? s.name : id || '';
}
export function promptText(id) {
  const p = meta.prompts.find((x) => x.id === id);
  if (p && p.text) return p.text.en;
  // A group session's idea names its session: the facilitator's question is what it answered.
  const g = (meta.group_sessions || []).find((x) => x.id === id);
  return g ? `Group session: ${g.question}` : id || '';
}

export function siteCheckboxes(fieldset, name, checked = []) {
  fieldset.querySelectorAll('label').forEach((l) => l.remove());
  for (const s of meta.sites) {
    fieldset.append(el('label', {}, el('input', { type: 'checkbox', name, value: s.id, checked: checked.includes(s.id) }), ` ${s.name}`));
  }
}

export function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
}

// Easy-read text per language as the server takes it: English always, Welsh and Arabic when given.
export function languageMap(en, cy, ar) {
  const m = { en: en.trim() };
  if (cy.trim()) m.cy = cy.trim();
  if (ar.trim()) m.ar = ar.trim();
  return m;
}
