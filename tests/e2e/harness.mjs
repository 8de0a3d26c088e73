// Starts a real chorus-server in a temporary folder and plays a kiosk over the sync protocol, for the
// dashboard's browser tests.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const buildDir = process.env.CHORUS_BUILD_DIR || path.resolve('../../build');
export const serverBinary = path.join(buildDir, 'server', 'chorus-server');

export class Server {
  constructor() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-e2e-'));
    this.db = path.join(this.dir, 'db.sqlite');
  }

  admin(args, password) {
    const env = { ...process.env };
    if (password) env.CHORUS_PASSWORD = password;
    return JSON.parse(execFileSync(serverBinary, [...args, '--db', this.db], { env }).toString());
  }

  async start() {
    const portFile = path.join(this.dir, 'port');
    this.proc = spawn(serverBinary, ['serve', '--db', this.db, '--media', path.join(this.dir, 'media'), '--port', '0',
      '--port-file', portFile, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
    for (let i = 0; i < 200 && !fs.existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 25));
    this.port = Number(fs.readFileSync(portFile, 'utf8').trim());
    this.base = `http://127.0.0.1:${this.port}`;
  }

  async stop() {
    if (this.proc && this.proc.exitCode === null) {
      const done = new Promise((r) => this.proc.once('exit', r));
      this.proc.kill('SIGTERM');
      await done;
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export class Kiosk {
  constructor(server) { this.server = server; this.cursor = '0'; this.counter = 0; }

  async enrol(org, site, role = 'kiosk') {
    const code = this.server.admin(['enrol-code', org, site, role]).code;
    const r = await fetch(`${this.server.base}/v1/enrol`, {
      method: 'POST', headers: { 'Chorus-Protocol': '1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, name: 'Front desk kiosk' }),
    });
    const j = await r.json();
    this.id = j.device_id; this.token = j.token; this.site = site;
  }

  headers(extra = {}) { return { Authorization: `Bearer ${this.token}`, 'Chorus-Protocol': '1', ...extra }; }

  version(ms) {
    return `${ms.toString(16).padStart(16, '0')}.${(this.counter++).toString(16).padStart(8, '0')}.${this.id}`;
  }

  async putMedia(bytes) {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const r = await fetch(`${this.server.base}/v1/media/${sha}?offset=0`, {
      method: 'PUT', headers: this.headers({ 'Chorus-Media-Size': String(bytes.length) }), body: bytes,
    });
    if (r.status !== 200) throw new Error(`media upload answered ${r.status}`);
    return sha;
  }

  async pushContribution(record, fields) {
    return this.pushRecord('contribution', record, fields);
  }

  // fields: {name: value} written now, or {name: {value, base, at}} for an edit based on a version seen.
  async pushRecord(kind, record, fields) {
    const wire = {};
    for (const [k, v] of Object.entries(fields)) {
      const edit = v && typeof v === 'object' && 'base' in v ? v : { value: v, base: '' };
      wire[k] = { value: edit.value, version: this.version(edit.at || Date.now()), base: edit.base };
    }
    const id = `${record.slice(0, 20)}-${this.counter}-${this.id.slice(0, 8)}`;
    const r = await fetch(`${this.server.base}/v1/push`, {
      method: 'POST', headers: this.headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify({ batch: `b-${id}`, changes: [{ id: `chg-${id}`, kind, record, fields: wire }] }),
    });
    const j = await r.json();
    // A refused push is the test's setup failing: say so here, not as a missing row 30 s later.
    if (r.status !== 200) throw new Error(`push of ${kind} ${record} answered ${r.status}: ${JSON.stringify(j)}`);
    return j;
  }

  // Pulls every page; returns the changes received.
  async pull() {
    const changes = [];
    for (;;) {
      const r = await fetch(`${this.server.base}/v1/pull?cursor=${this.cursor}&limit=200`, { headers: this.headers() });
      const j = await r.json();
      changes.push(...j.changes);
      this.cursor = j.cursor;
      if (!j.more) return changes;
    }
  }
}

// One second of a 440 Hz tone as 8 kHz 16-bit mono PCM WAV: a voice note the browser can decode.
export function toneWav() {
  const rate = 8000, samples = rate;
  const buf = Buffer.alloc(44 + samples * 2);
  buf.write('RIFF', 0); buf.writeUInt32LE(36 + samples * 2, 4); buf.write('WAVE', 8);
  buf.write('fmt ', 12); buf.writeUInt32LE(16, 16); buf.writeUInt16LE(1, 20); buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(rate, 24); buf.writeUInt32LE(rate * 2, 28); buf.writeUInt16LE(2, 32); buf.writeUInt16LE(16, 34);
  buf.write('data', 36); buf.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) buf.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), 44 + i * 2);
  return buf;
}

export class Tally {
  constructor() { this.passed = 0; this.failed = 0; }
  check(cond, what) {
    if (cond) this.passed++;
    else { this.failed++; console.error(`FAIL ${what}`); }
  }
  finish() {
    console.log(`${this.passed} passed, ${this.failed} failed`);
    return this.failed === 0 ? 0 : 1;
  }
}

// Visible text whose colour has less than 4.5:1 contrast with the background behind it (WCAG AA).
export async function contrastProblems(page) {
  return page.evaluate(() => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const p = m[1].split(/[,\s/]+/).filter(Boolean).map(Number);
      return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
    };
    const lum = ({ r, g, b }) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el instanceof SVGElement || !el.checkVisibility()) continue;
      if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
      const fg = parse(getComputedStyle(el).color);
      if (!fg) { out.push(`${el.tagName}#${el.id}: unreadable colour ${getComputedStyle(el).color}`); continue; }
      const [hi, lo] = [lum(fg), lum(background(el))].sort((x, y) => y - x);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < 4.5) out.push(`${el.tagName}#${el.id}.${el.className} ${ratio.toFixed(2)}:1`);
    }
    return out;
  });
}

// axe-core's violations on the page as it is now (WCAG 2.0–2.2 A and AA rules and axe's best
// practices), each as "rule: target". The engine is evaluated through the DevTools protocol, which
// the dashboard's Content-Security-Policy (script-src 'self') does not govern.
const axeSource = fs.readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
  });
}

// Debian's chromium, headless, in its own profile folder; `extra` adds switches.
export function launchChromium(profile, extra = []) {
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...extra],
  });
}

// An organisation with one site and one coordinator on a started server, and a kiosk enrolled there.
export async function startOrganisation(server, name, email, password) {
  const org = server.admin(['create-org', `${name} org`]).id;
  const site = server.admin(['create-site', org, `${name} site`]).id;
  server.admin(['create-coordinator', org, email], password);
  await server.start();
  const kiosk = new Kiosk(server);
  await kiosk.enrol(org, site);
  return { org, site, kiosk };
}

// The dashboard in the browser's first tab, signed in; page errors are collected and every dialog
// (confirm, prompt) is accepted, as the person would.
export async function openDashboard(context, server, email, password) {
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.chorusConsole = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') page.chorusConsole.push(`${m.type()}: ${m.text()}`); });
  page.on('dialog', (d) => d.accept());
  await page.goto(`${server.base}/dashboard/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();
  // The first page (Review) is still loading; it moves the focus to #main when drawn. A test that
  // tabbed or navigated before then lost its focus (or its Enter) to that late move.
  await mainFocused(page);
  return { page, problems };
}

// Waits until the dashboard has moved focus to its content (#main), which it does last, once a page
// has loaded and been drawn. (page.evaluate in a loop: the dashboard's CSP forbids waitForFunction.)
export async function mainFocused(page, ms = 30000) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (await page.evaluate(() => document.activeElement && document.activeElement.id === 'main')) return;
  throw new Error('the dashboard never moved focus to its content');
}

// Presses Tab until the focused element matches `selector`, as a keyboard user would.
export async function tabTo(page, selector, most = 300) {
  for (let i = 0; i < most; i++) {
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

// What each open tab showed when a test failed (address, visible text, console errors), so a failure
// seen once in CI can be read from its log rather than guessed at.
async function printPages(context) {
  for (const page of context.pages()) {
    try {
      const text = await page.evaluate(() => document.body.innerText);
      console.error(`--- page ${page.url()} ---\n${text.slice(0, 3000)}`);
      if (page.chorusConsole && page.chorusConsole.length) console.error(`--- its console ---\n${page.chorusConsole.join('\n')}`);
    } catch (e) {
      console.error(`--- page ${page.url()}: unreadable (${e.message}) ---`);
    }
  }
}

// One browser test: `body({ t, server, launch })` with a fresh server (not started) and a Chromium
// profile of its own (`launch(extraSwitches)` starts Chromium on it); afterwards everything is
// stopped and removed whatever happened, and the process exits with the tally.
export async function browserTest(body) {
  const t = new Tally();
  const server = new Server();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-chromium-'));
  let context;
  try {
    await body({ t, server, launch: async (extra) => (context = await launchChromium(profile, extra)) });
  } catch (err) {
    t.check(false, `exception: ${err.stack || err}`);
    if (context) await printPages(context);
  } finally {
    if (context) await context.close();
    await server.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exit(t.finish());
}
