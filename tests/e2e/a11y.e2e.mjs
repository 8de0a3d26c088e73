// axe-core in real headless Chromium on every dashboard page, with content on each (a prompt, a
// voice note answer, written answers in three languages, an outcome, suggestions, a device): any
// violation fails the test.
import { toneWav, axeViolations, startOrganisation, browserTest } from './harness.mjs';

await browserTest(async ({ t, server, launch }) => {
  const { site, kiosk } = await startOrganisation(server, 'A11y', 'coord@a11y.org', 'a11y-password-1');
  server.admin(['dashboard-role', 'coord@a11y.org', 'admin']);
  const sha = await kiosk.putMedia(toneWav());
  const answers = [
    ['a-1', 'en', 'The bus stop has no shelter and we get soaked in the rain.'],
    ['a-2', 'en', 'No shelter at the bus stop, so everyone waits in the rain.'],
    ['a-3', 'en', 'Please put a shelter at the bus stop, the rain is awful.'],
    ['a-4', 'cy', 'Roedd y staff yn garedig iawn'],
    ['a-5', 'ar', 'كان الموظفون لطفاء جدا'],
  ];
  let n = 0;
  for (const [id, language, text] of answers) {
    await kiosk.pushContribution(id, {
      prompt_id: 'p-a11y', site_id: site, created_at: Date.now() - 60000 + 1000 * n++, format: 'write', language, text, rating: 3,
    });
  }
  await kiosk.pushContribution('a-voice', {
    prompt_id: 'p-a11y', site_id: site, created_at: Date.now(), format: 'speak', language: 'en', media: [sha],
  });

  const context = await launch(['--disable-audio-output']);
  const page = context.pages()[0] || await context.newPage();
  const check = async (where) => {
    const v = await axeViolations(page);
    t.check(v.length === 0, `axe on ${where}: ${v.join(' | ') || 'none'}`);
  };

  await page.goto(`${server.base}/dashboard/`);
  await page.getByLabel('Email').waitFor();
  await check('the sign-in page');
  await page.getByLabel('Email').fill('coord@a11y.org');
  await page.getByLabel('Password').fill('a11y-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();

  // A prompt and an outcome, so their tables and forms have rows.
  await page.getByRole('link', { name: 'Prompts' }).click();
  await page.getByLabel('Question in easy read (English)').fill('What would help?');
  await page.getByRole('button', { name: 'Save prompt' }).click();
  await page.locator('#prompt-table tbody tr').first().waitFor();
  await check('Prompts');

  await page.getByRole('link', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await page.locator('li.card').first().waitFor();
  await check('Review');

  await page.getByRole('link', { name: 'Themes' }).click();
  await page.getByRole('button', { name: 'Suggest themes' }).click();
  await page.locator('#themes-count').filter({ hasText: /theme/ }).waitFor();
  await check('Themes');

  for (const [link, heading] of [['You said, we did', 'outcomes-h'], ['Withdrawal', 'withdrawal-h'], ['Export and report', 'report-h'],
    ['Conflicts', 'conflicts-h'], ['Devices', 'devices-h'], ['Accounts', 'accounts-h'], ['Audit', 'audit-h'], ['Board', 'board-h'],
    ['Group sessions', 'group-sessions-h'], ['Ideas for kiosks', 'ideas-h']]) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await page.locator(`#${heading}`).waitFor();
    await page.waitForLoadState('networkidle');
    await check(link);
  }

  const summary = await context.newPage();
  await summary.goto(`${server.base}/dashboard/summary.html`);
  await summary.locator('#by-rating svg').waitFor();
  const v = await axeViolations(summary);
  t.check(v.length === 0, `axe on the summary: ${v.join(' | ') || 'none'}`);
  await summary.close();
});
