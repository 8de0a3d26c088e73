// In real headless Chromium, by keyboard alone: a coordinator turns on the triage table (one row per
// answer: summary line, format, rating, consent, urgent flag, site, age), moves through it with j / k
// and the arrows, opens an answer under its row with Enter or o and closes it with Escape, selects
// answers with x and Space, tags them and sets their status together, marks one urgent, and finds
// the table and the row where they left it after a reload. axe finds nothing on the table.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startOrganisation, tabTo as harnessTabTo, browserTest, axeViolations } from './harness.mjs';

const out = process.env.CHORUS_TRIAGE_OUT || fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-triage-'));
process.on('exit', () => { if (!process.env.CHORUS_TRIAGE_OUT) fs.rmSync(out, { recursive: true, force: true }); });

await browserTest(async ({ t, server, launch }) => {
  const { site, kiosk } = await startOrganisation(server, 'Triage', 'coord@triage.org', 'triage-password-1');
  for (let i = 0; i < 5; i++) {
    await kiosk.pushContribution(`t-${i}`, {
      prompt_id: 'p-triage', site_id: site, created_at: Date.now() - 3.5 * 3600 * 1000 + 1000 * i, format: 'write', language: 'en',
      text: `Answer number ${i}`, consent: { anonymous: true, quote: i === 2, contact: false },
    });
  }
  await kiosk.pushContribution('t-faces', {
    prompt_id: 'p-triage', site_id: site, created_at: Date.now() - 5 * 24 * 3600 * 1000, format: 'faces', language: 'en', rating: 4,
  });

  const context = await launch();
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const press = async (key) => page.keyboard.press(key);
  const tabTo = (selector) => harnessTabTo(page, selector);
  const focusedRow = () => page.evaluate(() => document.activeElement.closest('tr.answer')?.querySelector('th')?.textContent);
  const detail = page.locator('#triage-table tr.detail');

  await page.goto(`${server.base}/dashboard/`);
  await page.getByLabel('Email').fill('coord@triage.org');
  await page.getByLabel('Password').fill('triage-password-1');
  await press('Enter');
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();
  await tabTo('a[href="#review"]');
  await press('Enter');
  await page.getByText('Showing 1–6 of 6 contributions matching the filter.').waitFor();

  await tabTo('#review-table');
  await press('Space');
  const rows = page.locator('#triage-table tbody tr.answer');
  await rows.nth(5).waitFor();
  t.check(await page.locator('#contribution-list').isHidden(), 'the cards give way to the table');
  const cells = await rows.nth(2).locator('th, td').allTextContents();
  t.check(cells.slice(1).join('|') === 'Answer number 2|Written|–|may quote||Triage site|3 h', `a row's cells: ${cells.join('|')}`);
  const faces = await rows.nth(5).locator('th, td').allTextContents();
  t.check(faces.slice(1).join('|') === 'Rated 4 out of 5|Faces|4|none||Triage site|5 days', `the faces row: ${faces.join('|')}`);

  // Into the table (newest first), then j, ArrowDown, k.
  await tabTo('#triage-table tr.answer');
  t.check(await focusedRow() === 'Answer number 4', `Tab enters at the first row (${await focusedRow()})`);
  await press('j');
  await press('ArrowDown');
  t.check(await focusedRow() === 'Answer number 2', `j and ArrowDown move down (${await focusedRow()})`);
  await press('k');
  t.check(await focusedRow() === 'Answer number 3', 'k moves up');

  // Enter opens the answer under its row, Escape closes it and comes back to the row; o opens too.
  await press('Enter');
  t.check(await detail.count() === 1 && (await detail.locator('blockquote').textContent()) === 'Answer number 3', 'Enter opens the answer in full');
  t.check(await page.evaluate(() => document.activeElement.tagName === 'H3' && !!document.activeElement.closest('tr.detail')), 'focus on the opened answer');
  await press('Escape');
  t.check(await detail.count() === 0, 'Escape closes it');
  t.check(await focusedRow() === 'Answer number 3', 'and focus is back on its row');
  await press('o');
  t.check(await detail.count() === 1, 'o opens it too');
  const v = await axeViolations(page);
  t.check(v.length === 0, `axe on the triage table with an answer open: ${v.join(' | ') || 'none'}`);
  await page.screenshot({ path: path.join(out, 'triage-open.png'), fullPage: true });
  await press('Escape');

  // x selects this one, Space the one two rows down.
  await press('x');
  await press('j');
  await press('j');
  await press(' ');
  t.check(await page.locator('#bulk-count').textContent() === '2 selected.', 'x and Space selected two answers');
  // t opens the answer at its themes; Escape from there closes it.
  await press('t');
  t.check(await page.evaluate(() => document.activeElement.id) === 'tags-t-1', `t focuses the answer's themes (${await page.evaluate(() => document.activeElement.id)})`);
  await press('Escape');
  t.check(await detail.count() === 0 && await focusedRow() === 'Answer number 1', 'Escape from its themes closes it');
  await page.screenshot({ path: path.join(out, 'triage-selected.png'), fullPage: true });

  // Tag both and mark them reviewed, together.
  await tabTo('#bulk-tags');
  await page.keyboard.type('Heating, Staff');
  await tabTo('#bulk-status');
  await press('ArrowDown');
  await press('ArrowDown');
  t.check(await page.locator('#bulk-status').inputValue() === 'reviewed', 'status chosen by keyboard');
  await tabTo('#bulk-form button[type=submit]');
  await press('Enter');
  await page.locator('#status').filter({ hasText: 'Changed 2 contributions.' }).waitFor();

  // Mark the newest urgent from its opened answer: its row then says so.
  await tabTo('#triage-table tr.answer');
  await press('Home');
  await press('Enter');
  await tabTo('#triage-table tr.detail button:not([type=submit])');
  t.check((await page.evaluate(() => document.activeElement.textContent)) === 'Mark as needing attention now', 'the urgent button reached by Tab');
  await press('Enter');
  await page.locator('#status').filter({ hasText: 'Marked as needing attention now' }).waitFor();
  t.check((await rows.nth(0).locator('td').nth(4).textContent()) === 'Urgent', 'the row shows the urgent flag');
  t.check(await detail.count() === 1, 'the answer stays open after the action');

  // The theme filter shows the two tagged ones, both reviewed.
  await page.getByLabel('Theme', { exact: true }).selectOption('Heating');
  await tabTo('#filter-form button[type=submit]');
  await press('Enter');
  await page.getByText('Showing 1–2 of 2 contributions matching the filter.').waitFor();
  const got = (await rows.locator('th').allTextContents()).sort();
  t.check(got.join('|') === 'Answer number 1|Answer number 3', `the two selected answers carry the theme: ${got}`);
  for (let i = 0; i < 2; i++) {
    await tabTo('#triage-table tr.answer[tabindex="0"]');
    if (i) await press('j');
    await press('Enter');
    t.check((await detail.locator('.meta').textContent()).includes('Status: Reviewed'), `answer ${i + 1} reviewed`);
    await press('Escape');
  }

  // After a reload: still the table, and Tab enters at the row left last.
  await press('j');
  const left = await focusedRow();
  await page.reload();
  await page.getByText('Showing 1–2 of 2 contributions matching the filter.').waitFor();
  await rows.nth(1).waitFor();
  await tabTo('#triage-table tr.answer');
  t.check(await focusedRow() === left, `after a reload Tab enters at the row left last (${await focusedRow()}, left ${left})`);
  t.check(problems.length === 0, `browser errors: ${problems.join(' | ')}`);
});
