// In real headless Chromium, by keyboard alone: a coordinator moves through the Review list with
// j and k, selects answers with x, tags them and sets their status together, and jumps to one
// answer's own themes with t.
import { startOrganisation, tabTo as harnessTabTo, browserTest } from './harness.mjs';

await browserTest(async ({ t, server, launch }) => {
  const { site, kiosk } = await startOrganisation(server, 'Triage', 'coord@triage.org', 'triage-password-1');
  for (let i = 0; i < 5; i++) {
    await kiosk.pushContribution(`t-${i}`, {
      prompt_id: 'p-triage', site_id: site, created_at: Date.now() - 60000 + 1000 * i, format: 'write', language: 'en',
      text: `Answer number ${i}`,
    });
  }

  const context = await launch();
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const press = async (key) => page.keyboard.press(key);
  const tabTo = (selector) => harnessTabTo(page, selector);
  const focusedAnswer = () => page.evaluate(() => document.activeElement.closest('li.card')?.querySelector('blockquote')?.textContent);

  await page.goto(`${server.base}/dashboard/`);
  await page.getByLabel('Email').fill('coord@triage.org');
  await page.getByLabel('Password').fill('triage-password-1');
  await press('Enter');
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();
  await tabTo('a[href="#review"]');
  await press('Enter');
  await page.getByText('Showing 1–5 of 5 contributions matching the filter.').waitFor();

  // The compact list: answers not in focus show no forms; the one in focus opens in full.
  await tabTo('#review-compact');
  await press('Space');
  t.check(await page.locator('#contribution-list.compact').count() === 1, 'compact list on');
  t.check(await page.locator('li.card form').first().isHidden(), 'a card out of focus shows no forms');

  // Into the list, then j, j, k: newest first, so the second answer is number 3.
  await tabTo('#contribution-list input.pick');
  await press('j');
  t.check(await focusedAnswer() === 'Answer number 3', `j moves to the next answer (${await focusedAnswer()})`);
  await press('k');
  t.check(await focusedAnswer() === 'Answer number 4', 'k moves back');
  await press('x');
  await press('j');
  await press('j');
  await press('x');
  t.check(await page.locator('#bulk-count').textContent() === '2 selected.', 'x selected two answers');
  // t goes to this answer's own themes.
  await press('t');
  t.check(await page.evaluate(() => document.activeElement.id) === 'tags-t-2', 't focuses the answer\'s themes');
  t.check(await page.locator('#tags-t-2').isVisible(), 'the answer in focus opens in full in the compact list');

  // Tag both and mark them reviewed, together.
  await tabTo('#bulk-tags');
  await page.keyboard.type('Heating, Staff');
  await tabTo('#bulk-status');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  t.check(await page.locator('#bulk-status').inputValue() === 'reviewed', 'status chosen by keyboard');
  await tabTo('#bulk-form button[type=submit]');
  await press('Enter');
  await page.locator('#status').filter({ hasText: 'Changed 2 contributions.' }).waitFor();
  await page.getByLabel('Theme', { exact: true }).selectOption('Heating');
  await tabTo('#filter-form button[type=submit]');
  await press('Enter');
  await page.getByText('Showing 1–2 of 2 contributions matching the filter.').waitFor();
  const got = (await page.locator('li.card blockquote').allTextContents()).sort();
  t.check(got.join('|') === 'Answer number 2|Answer number 4', `the two selected answers carry the theme: ${got}`);
  t.check((await page.locator('li.card .meta').allTextContents()).every((m) => m.includes('Status: Reviewed')), 'both reviewed');
  t.check(problems.length === 0, `browser errors: ${problems.join(' | ')}`);
});
