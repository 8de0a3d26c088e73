// In real headless Chromium, an administrator keeps the safeguarding words by keyboard alone: the
// words that mark a written answer urgent (per language) and the "If you need help now" words every
// kiosk shows on its Thank-you screen. Saved, they act: an answer holding an urgent phrase arrives
// on the "Needs attention now" queue by itself, and a kiosk's next pull carries the help words.
import { mainFocused, startOrganisation, openDashboard, browserTest, tabTo, axeViolations } from './harness.mjs';

await browserTest(async ({ t, server, launch }) => {
  const { site, kiosk } = await startOrganisation(server, 'Safeguarding', 'admin@safe.org', 'safe-password-1');
  server.admin(['dashboard-role', 'admin@safe.org', 'admin']);
  const context = await launch();
  const { page, problems } = await openDashboard(context, server, 'admin@safe.org', 'safe-password-1');
  const status = page.locator('#status');

  // The word lists are filled in after the queue: typing before they arrive would be overwritten.
  // The page is drawn when the dashboard moves focus to its content (#main), last thing after loading.
  await page.evaluate(() => document.body.focus());
  await page.getByRole('link', { name: 'Needs attention now' }).click();
  await mainFocused(page);
  await page.locator('#urgent-count', { hasText: 'Nothing needs attention now.' }).waitFor();

  // The urgent words, typed and saved by keyboard alone.
  await tabTo(page, '#urgent-words-en');
  await page.keyboard.type('not safe at home\nhurt myself');
  await tabTo(page, '#urgent-words-cy');
  await page.keyboard.type('ddim yn ddiogel');
  await tabTo(page, '#urgent-words-form button[type=submit]');
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'Urgent words saved' }).waitFor();

  // The help words, likewise, in all three languages.
  await tabTo(page, '#help-words-en');
  await page.keyboard.type('Call the duty worker on 0300 123 4567, or 999 in an emergency.');
  await tabTo(page, '#help-words-cy');
  await page.keyboard.type('Ffoniwch y gweithiwr ar ddyletswydd ar 0300 123 4567.');
  await tabTo(page, '#help-words-ar');
  await page.keyboard.type('اتصل بالعامل المناوب على 0300 123 4567');
  await tabTo(page, '#help-words-form button[type=submit]');
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'Help words saved' }).waitFor();

  // Both read back after a reload: they were stored, not only shown.
  await page.reload();
  // The reloaded page opens on this section itself; its forms are filled once it has loaded.
  for (let i = 0; i < 300 && !(await page.evaluate(() => document.getElementById('help-words-en').value.includes('duty worker'))); i++)
    await new Promise((r) => setTimeout(r, 100));
  const urgentEn = await page.locator('#urgent-words-en').inputValue();
  t.check(urgentEn === 'hurt myself\nnot safe at home', `urgent words kept, one phrase a line, in order: ${JSON.stringify(urgentEn)}`);
  t.check((await page.locator('#help-words-ar').inputValue()).includes('اتصل بالعامل'), 'Arabic help words kept');

  // They act: a written answer with an urgent phrase (in another case) is queued by itself, one without is not.
  await kiosk.pushContribution('worried', { site_id: site, created_at: Date.now() - 60000, format: 'write',
    text: 'Sometimes I am Not Safe At Home at night', language: 'en' });
  await kiosk.pushContribution('calm', { site_id: site, created_at: Date.now() - 30000, format: 'write',
    text: 'The library is warm and quiet', language: 'en' });
  await page.getByRole('link', { name: 'Review' }).click();
  await page.getByRole('link', { name: 'Needs attention now' }).click();
  await page.locator('#urgent-count', { hasText: '1 answer needs attention now, oldest first.' }).waitFor();
  const card = page.locator('#urgent-list li', { hasText: 'Not Safe At Home' });
  t.check(await card.textContent().then((s) => s.includes('its words are on the urgent list')), 'marked by the words, with why');
  t.check(await page.locator('#urgent-list li', { hasText: 'warm and quiet' }).count() === 0, 'an ordinary answer is not urgent');

  // A kiosk's next pull carries the help words for its Thank-you screen.
  const help = (await kiosk.pull()).find((c) => c.kind === 'setting' && JSON.stringify(c.fields).includes('duty worker'));
  t.check(Boolean(help) && JSON.stringify(help.fields).includes('Ffoniwch'), 'the kiosk receives the help words in every language');

  const violations = await axeViolations(page);
  t.check(violations.length === 0, `axe: ${violations.join(' | ')}`);
  t.check(problems.length === 0, `browser errors: ${problems.join(' | ')}`);
});
