// In real headless Chromium, what people chose is honoured: the contact-back queue, subject access (find a person's answers
// by contact detail, download them as JSON, erase them everywhere) and withdrawal by a reference
// code two answers share (both shown, only the chosen one withdrawn), consent on each answer, and
// taking a voice note out of an answer everywhere.
import { mainFocused, Kiosk, toneWav, contrastProblems, openDashboard, browserTest } from './harness.mjs';

await browserTest(async ({ t, server, launch }) => {
  const org = server.admin(['create-org', 'Rights org']).id;
  const site = server.admin(['create-site', org, 'Riverside library']).id;
  server.admin(['create-coordinator', org, 'coord@rights.org'], 'rights-password-1');
  await server.start();
  const kiosk = new Kiosk(server);
  await kiosk.enrol(org, site);
  const consent = { anonymous: false, quote: false, contact: true };
  await kiosk.pushContribution('sar-a', { site_id: site, created_at: Date.now() - 2000, format: 'write', text: 'My words about the library',
    reference: 'AAAA-BBBB-CCCC', consent, contact_name: 'Sam', contact_detail: 'sam@example.org' });
  await kiosk.pushContribution('sar-b', { site_id: site, created_at: Date.now() - 1000, format: 'write', text: 'More of my words',
    reference: 'DDDD-EEEE-FFFF', consent, contact_detail: 'Sam@Example.org' });
  await kiosk.pushContribution('twin-1', { site_id: site, created_at: Date.parse('2026-11-01T10:00:00Z'), format: 'faces', rating: 4, reference: 'TWIN-TWIN-TWIN' });
  await kiosk.pushContribution('twin-2', { site_id: site, created_at: Date.parse('2026-11-02T10:00:00Z'), format: 'faces', rating: 2, reference: 'TWIN-TWIN-TWIN' });

  const voiceSha = await kiosk.putMedia(toneWav());
  await kiosk.pushContribution('voice-1', { site_id: site, created_at: Date.now(), format: 'speak', text: 'Spoken about the lift',
    media: [voiceSha], consent: { anonymous: true, quote: true, contact: false } });

  const context = await launch();
  const { page, problems } = await openDashboard(context, server, 'coord@rights.org', 'rights-password-1');
  const status = page.locator('#status');

  // Contact back: the person is listed with their details and answer; marking them contacted with
  // a note moves them to the contacted table and updates the counts.
  await page.getByRole('link', { name: 'Contact back' }).click();
  await page.locator('#cb-counts', { hasText: '2 waiting to be contacted, 0 contacted.' }).waitFor();
  const sam = page.locator('#cb-waiting li', { hasText: 'Sam, sam@example.org' });
  t.check(await sam.textContent().then((s) => s.includes('My words about the library') && s.includes('Riverside library')), 'answer and site shown');
  await sam.getByLabel('Note about contacting Sam').fill('Rang Sam, booked a visit');
  await sam.getByRole('button', { name: 'Mark Sam contacted' }).click();
  await status.filter({ hasText: 'Marked Sam as contacted' }).waitFor();
  await page.locator('#cb-counts', { hasText: '1 waiting to be contacted, 1 contacted.' }).waitFor();
  t.check(await page.locator('#cb-contacted tbody tr', { hasText: 'Rang Sam, booked a visit' }).count() === 1, 'contacted with the note');
  const summary = await context.newPage();
  await summary.goto(`${server.base}/dashboard/summary.html`);
  await summary.locator('#summary-contact', { hasText: 'Asked to be contacted: 1 waiting, 1 contacted' }).waitFor();
  await summary.close();
  const contactContrast = await contrastProblems(page);
  t.check(contactContrast.length === 0, `contact back: text below 4.5:1 contrast: ${contactContrast.join(' | ')}`);

  // Subject access by contact detail, typed in another case.
  await page.getByRole('link', { name: 'Subject access' }).click();
  await page.getByLabel('Phone number or e-mail address they left').check();
  await page.getByLabel('Code or contact detail').fill('SAM@example.org');
  await page.getByRole('button', { name: 'Find what is held' }).click();
  await status.filter({ hasText: '2 answers found' }).waitFor();
  t.check(await page.locator('#sar-found li.card').count() === 2, 'both answers of the person shown');
  t.check(await page.locator('#sar-found').textContent().then((s) => s.includes('My words about the library')), 'their words shown');
  const href = await page.getByRole('link', { name: 'Download everything as JSON' }).getAttribute('href');
  const exported = await page.evaluate(async (h) => (await fetch(h)).json(), href);
  t.check(exported.answers.length === 2 && exported.answers.some((a) => a.contact_name === 'Sam'), 'the download holds both answers and the contact');
  const problemsContrast = await contrastProblems(page);
  t.check(problemsContrast.length === 0, `text below 4.5:1 contrast: ${problemsContrast.join(' | ')}`);
  await page.getByRole('button', { name: 'Erase everything found' }).click();
  await status.filter({ hasText: 'Everything found was erased' }).waitFor();
  const after = await page.evaluate(async () => (await fetch('api/subject-access?contact=sam%40example.org')).json());
  t.check(after.answers.length === 0, 'nothing held after the erasure');

  // Withdrawal by a code two answers share: both shown, only the chosen one goes.
  await page.getByRole('link', { name: 'Withdrawal' }).click();
  await page.getByLabel('Reference code the person was given').fill('twin twin twin');
  await page.getByRole('button', { name: 'Find contribution' }).click();
  await status.filter({ hasText: '2 contributions found with this code' }).waitFor();
  t.check(await page.getByText('2 answers have this code').count() === 1, 'the collision is said');
  await page.getByRole('button', { name: 'Withdraw this one (2026-11-02 10:00 UTC) everywhere' }).click();
  await status.filter({ hasText: 'Contribution withdrawn' }).waitFor();
  const twins = await page.evaluate(async () => (await fetch('api/withdrawal/find?reference=TWINTWINTWIN')).json());
  t.check(twins.matches && twins.matches.length === 1 && twins.matches[0].id === 'twin-1', 'only the chosen answer was withdrawn');

  // Review shows each answer's consent; a voice note is taken out everywhere.
  await page.getByRole('link', { name: 'Review' }).click();
  // Drawn: the dashboard moves focus to its content (#main) once the page has loaded.
  await mainFocused(page);
  await page.locator('#review-count', { hasText: 'matching the filter' }).waitFor();
  // Opening the page and applying the filter each draw the list: act on the last drawing, not on one
  // about to be replaced (which closed the voice-note panel under the click). The count is blanked
  // first, so the one waited for is the filter's.
  await page.evaluate(() => { document.getElementById('review-count').textContent = ''; });
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await page.locator('#review-count', { hasText: 'matching the filter' }).waitFor();
  const card = page.locator('li.card', { hasText: 'Spoken about the lift' });
  await card.waitFor();
  t.check(await card.textContent().then((s) => s.includes('May quote: yes. Wants contact: no.')), 'consent shown on the answer');
  t.check(await card.locator('audio').count() === 1, 'the voice note is there first');
  await card.getByText('Take out a voice note').click();
  await card.getByRole('button', { name: 'Take out voice note 1' }).click();
  await status.filter({ hasText: 'The voice note was taken out' }).waitFor();
  const redactedCard = page.locator('li.card', { hasText: 'Spoken about the lift' });
  t.check(await redactedCard.locator('audio').count() === 0, 'no voice note on the card');
  t.check(await redactedCard.textContent().then((s) => s.includes('Redacted.')), 'marked redacted');
  const mediaStatus = await page.evaluate(async (sha) => (await fetch(`api/media/${sha}`)).status, voiceSha);
  t.check(mediaStatus === 404, 'the voice note is gone from the server');
  const pulled = (await kiosk.pull()).find((c) => c.kind === 'contribution' && c.record === 'voice-1');
  t.check(pulled && pulled.fields.redacted.value === true && pulled.fields.media.value.length === 0, 'the kiosk is told to drop it');

  // Needs attention now: staff mark an answer from Review; it is listed with its age.
  await redactedCard.getByRole('button', { name: 'Mark as needing attention now' }).click();
  await status.filter({ hasText: 'Marked as needing attention now' }).waitFor();
  await page.getByRole('link', { name: 'Needs attention now' }).click();
  await page.locator('#urgent-count', { hasText: '1 answer needs attention now, oldest first.' }).waitFor();
  const urgentCard = page.locator('#urgent-list li', { hasText: 'Spoken about the lift' });
  t.check(await urgentCard.textContent().then((s) => /Waiting \d+ minutes?: marked by coord@rights.org/.test(s)), 'urgent with its age and who marked it');
  const urgentContrast = await contrastProblems(page);
  t.check(urgentContrast.length === 0, `urgent: text below 4.5:1 contrast: ${urgentContrast.join(' | ')}`);

  t.check(problems.length === 0, `browser errors: ${problems.join(' | ')}`);
});
