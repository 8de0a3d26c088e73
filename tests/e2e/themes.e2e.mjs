// In real headless Chromium, by keyboard alone: a coordinator asks for theme suggestions, renames
// one and accepts it (every answer in it is tagged, as Review then shows), merges two, and rejects
// the merged one, which rejects both it was made from for the whole organisation: a second
// coordinator, in a browser of their own, is not offered them either.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startOrganisation, tabTo as harnessTabTo, browserTest, launchChromium, openDashboard } from './harness.mjs';

await browserTest(async ({ t, server, launch }) => {
  const { org, site, kiosk } = await startOrganisation(server, 'Themes', 'coord@themes.org', 'themes-password-1');
  const texts = {
    bus: ['The bus stop has no shelter and we get soaked in the rain.', 'No shelter at the bus stop, so everyone waits in the rain.',
      'Please put a shelter at the bus stop, the rain is awful.', 'The bus stop needs a shelter from the rain.'],
    food: ['Keep the Thursday food bank open, my children eat better that week.', 'The food bank on Thursday is a lifeline for my children.',
      'The Thursday food bank helps feed my children.'],
    pool: ['The swimming pool changing rooms are cold and dirty.', 'Clean the swimming pool changing rooms more often please.',
      'The changing rooms at the swimming pool need heating.'],
  };
  let n = 0;
  for (const [theme, list] of Object.entries(texts)) {
    for (const [i, text] of list.entries()) {
      await kiosk.pushContribution(`${theme}-${i}`, {
        prompt_id: 'p-themes', site_id: site, created_at: Date.now() - 60000 + 1000 * n++, format: 'write', language: 'en', text,
      });
    }
  }

  const context = await launch();
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.status() === 401 && r.url().endsWith('/dashboard/api/session'))) problems.push(`${r.status()} ${r.url()}`);
  });
  const status = page.locator('#status');
  const press = async (key, times = 1) => { for (let i = 0; i < times; i++) await page.keyboard.press(key); };
  const tabTo = (selector) => harnessTabTo(page, selector);

  await page.goto(`${server.base}/dashboard/`);
  await page.getByLabel('Email').fill('coord@themes.org');
  await page.getByLabel('Password').fill('themes-password-1');
  await press('Enter');
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();

  const suggest = async (expect = /suggested theme/) => {
    await tabTo('a[href="#themes"]');
    await press('Enter');
    await tabTo('#themes-suggest');
    await press('Enter');
    await page.locator('#themes-count').filter({ hasText: expect }).waitFor();
  };
  await suggest();
  const cards = page.locator('#themes-list li.card');
  t.check(await cards.count() === 3, `three suggestions (${await cards.count()})`);
  const busCard = cards.filter({ hasText: 'The bus stop' }).first();
  t.check((await busCard.locator('h3').textContent()).includes('(4 answers)'), 'the bus theme holds its 4 answers');

  // Rename and accept, by keyboard.
  const busName = await busCard.locator('input[id^="theme-name-"]').getAttribute('id');
  await tabTo(`#${busName}`);
  await press('Control+A');
  await page.keyboard.type('Bus shelter');
  await press('Enter');
  await status.filter({ hasText: 'Tagged 4 answers with the theme “Bus shelter”.' }).waitFor();
  t.check(await cards.count() === 2, 'the accepted suggestion leaves the list');

  // Review shows the four answers under the new theme.
  await tabTo('a[href="#review"]');
  await press('Enter');
  await page.getByLabel('Theme', { exact: true }).selectOption('Bus shelter');
  await tabTo('#filter-form button[type=submit]');
  await press('Enter');
  await page.getByText('Showing 1–4 of 4 contributions matching the filter.').waitFor();
  await page.getByLabel('Theme', { exact: true }).selectOption('');
  await tabTo('#filter-form button[type=submit]');
  await press('Enter');

  // Merge the two left: select both (Space on each checkbox), then Merge.
  await suggest();
  t.check(await cards.count() === 2, 'two suggestions left after the accepted one');
  for (const id of await page.locator('#themes-list input[type=checkbox]').evaluateAll((b) => b.map((x) => x.id))) {
    await tabTo(`#${id}`);
    await press('Space');
  }
  await tabTo('#themes-merge');
  await press('Enter');
  await status.filter({ hasText: 'Merged 2 suggestions into one of 6 answers.' }).waitFor();
  t.check(await cards.count() === 1, 'one merged suggestion');
  t.check(await page.evaluate(() => document.activeElement.id === 'theme-name-0'), 'focus on the merged theme\'s name');

  // Reject it: both suggestions it was made from stay rejected, after a reload and for everyone.
  await tabTo('#themes-list button:not([type=submit])');
  await press('Enter');
  await status.filter({ hasText: 'rejected' }).waitFor();
  t.check(await cards.count() === 0, 'the rejected suggestion leaves the list');
  await page.reload();
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();
  await suggest(/No themes to suggest/);
  t.check(await cards.count() === 0, 'after a reload neither rejected suggestion is offered again');

  // A second coordinator in another browser (its own profile, so nothing of the first one's storage).
  server.admin(['create-coordinator', org, 'second@themes.org'], 'themes-password-2');
  const otherProfile = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-chromium-'));
  const other = await launchChromium(otherProfile);
  try {
    const { page: second, problems: secondProblems } = await openDashboard(other, server, 'second@themes.org', 'themes-password-2');
    await second.goto(`${server.base}/dashboard/#themes`);
    await second.locator('#themes-suggest').click();
    await second.locator('#themes-count').filter({ hasText: 'No themes to suggest.' }).waitFor();
    t.check(await second.locator('#themes-list li.card').count() === 0, 'the second coordinator is not offered the rejected suggestions');
    await second.locator('#status').filter({ hasText: '2 rejected suggestions are not shown.' }).waitFor();
    t.check(secondProblems.length === 0, `second browser errors: ${secondProblems.join(' | ')}`);
  } finally {
    await other.close();
    fs.rmSync(otherProfile, { recursive: true, force: true });
  }

  t.check(problems.length === 0, `browser errors: ${problems.join(' | ')}`);
});
