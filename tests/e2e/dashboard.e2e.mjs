// In real headless Chromium: a coordinator signs in, creates a prompt, sees a contribution synced
// from a kiosk, plays its voice note, tags it and publishes an outcome, which the kiosk then pulls.
import { Kiosk, toneWav, contrastProblems, browserTest } from './harness.mjs';

await browserTest(async ({ t, server, launch }) => {
  const org = server.admin(['create-org', 'E2E org']).id;
  const site = server.admin(['create-site', org, 'Riverside library']).id;
  server.admin(['create-coordinator', org, 'coord@e2e.org'], 'e2e-password-1');
  await server.start();
  const kiosk = new Kiosk(server);
  await kiosk.enrol(org, site);

  // No sound card on a build machine: a fake audio sink still runs the media clock.
  const context = await launch(['--autoplay-policy=no-user-gesture-required', '--disable-audio-output']);
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  const lowContrast = new Set();
  const checkContrast = async (p) => (await contrastProblems(p)).forEach((x) => lowContrast.add(x));
  page.on('pageerror', (e) => problems.push(e.message));
  // Failed requests are judged by the response handler: the first check of the session is a 401 by design.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text()); });
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.status() === 401 && r.url().endsWith('/dashboard/api/session'))) problems.push(`${r.status()} ${r.url()}`);
  });
  const status = page.locator('#status');

  // Sign in.
  await page.goto(`${server.base}/dashboard/`);
  await page.getByLabel('Email').fill('coord@e2e.org');
  await page.getByLabel('Password').fill('e2e-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();
  t.check((await page.locator('#who').textContent()).startsWith('Signed in as coord@e2e.org'), 'signed in');

  // Every form control has a label.
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
    .filter((e) => !e.labels || e.labels.length === 0).map((e) => e.id || e.name));
  t.check(unlabelled.length === 0, `unlabelled controls: ${unlabelled.join(', ')}`);

  // Create a prompt.
  await page.getByRole('link', { name: 'Prompts' }).click();
  await page.getByLabel('Question in easy read (English)').fill('What do you think of the new bus stop?');
  await page.getByLabel('Question in Welsh').fill('Beth yw eich barn am yr arhosfan bws newydd?');
  await page.getByLabel('Riverside library').check();
  await page.getByRole('button', { name: 'Save prompt' }).click();
  await status.filter({ hasText: 'Prompt created' }).waitFor();
  t.check(await page.locator('#prompt-table tbody tr').count() === 1, 'prompt listed');
  await checkContrast(page);

  // The kiosk receives it and answers with a voice note and words.
  const prompt = (await kiosk.pull()).find((c) => c.kind === 'prompt');
  t.check(prompt && prompt.fields.text.value.en === 'What do you think of the new bus stop?', 'prompt reached the kiosk');
  const sha = await kiosk.putMedia(toneWav());
  const pushed = await kiosk.pushContribution('c-e2e-1', {
    prompt_id: prompt.record, device_id: kiosk.id, site_id: site, created_at: Date.now(), format: 'speak', language: 'en',
    text: 'The stop has no shelter, so we get wet', rating: 2, reference: 'E2E777', media: [sha], status: 'new',
  });
  t.check(pushed.accepted && pushed.accepted.length === 1, 'kiosk push accepted');

  // Review: see it, play the voice note, tag it.
  await page.getByRole('link', { name: 'Review' }).click();
  const card = page.locator('li.card', { hasText: 'The stop has no shelter' });
  // Opening Review lists the answers; applying the filter lists them again, replacing every card:
  // wait for that, or the voice note below may be played in a card about to be thrown away.
  await card.waitFor();
  const shownOnOpening = await card.elementHandle();
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await shownOnOpening.waitForElementState('hidden');
  await card.waitFor();
  const played = await card.locator('audio').evaluate(async (a) => {
    if (a.readyState < 1) await new Promise((r, j) => { a.onloadedmetadata = r; a.onerror = () => j(new Error('audio error')); });
    await a.play();
    for (let i = 0; i < 60 && a.currentTime === 0; i++) await new Promise((r) => setTimeout(r, 50));
    return { duration: a.duration, time: a.currentTime, paused: a.paused, error: a.error && a.error.code };
  });
  t.check(Math.abs(played.duration - 1) < 0.05, `voice note duration ${played.duration}`);
  t.check(played.time > 0 && !played.error, `voice note played to ${played.time} (paused ${played.paused})`);
  await card.getByLabel('Themes (comma separated)').fill('transport, shelter');
  await card.getByRole('button', { name: 'Save themes' }).click();
  await status.filter({ hasText: 'Themes saved' }).waitFor();
  t.check(await page.locator('li.card input[id^="tags-"]').inputValue() === 'shelter, transport', 'themes saved');
  t.check(await page.evaluate(() => document.activeElement && document.activeElement.tagName === 'H3'), 'focus kept on the card');
  await page.getByLabel('Theme', { exact: true }).selectOption('shelter');
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await page.getByText('Showing 1–1 of 1 contribution matching the filter.').waitFor();
  await checkContrast(page);

  // Export link carries the filter; the CSV opens with a BOM and the right header.
  await page.getByRole('link', { name: 'Export and report' }).click();
  const csvHref = await page.getByRole('link', { name: /Download CSV/ }).getAttribute('href');
  t.check(csvHref.includes('tag=shelter'), 'export carries the filter');
  const csv = await page.evaluate(async (href) => new Uint8Array(await (await fetch(href)).arrayBuffer()).slice(0, 20).join(','), csvHref);
  t.check(csv.startsWith('239,187,191,105,100'), 'CSV starts with the BOM and the id column');

  // The printable summary draws its charts.
  const summary = await context.newPage();
  await summary.goto(`${server.base}/dashboard/summary.html?${csvHref.split('?')[1]}`);
  await summary.locator('#by-rating svg').waitFor();
  t.check(await summary.locator('figure svg[role="img"]').count() === 6, 'six charts');
  t.check(await summary.locator('figure table caption').count() === 6, 'six data tables');
  await checkContrast(summary);
  await summary.close();

  // Publish an outcome.
  await page.getByRole('link', { name: 'You said, we did' }).click();
  const outcomes = page.locator('#outcomes');
  await outcomes.getByLabel('You said (easy read, English)').fill('You said the bus stop has no shelter.');
  await outcomes.getByLabel('We did (easy read, English)').fill('We asked the council and a shelter is coming in May.');
  await outcomes.getByLabel('What do you think of the new bus stop?', { exact: true }).check();
  await outcomes.getByLabel('Themes (comma separated)').fill('shelter');
  await outcomes.getByLabel('Publish to kiosks now').check();
  await outcomes.getByRole('button', { name: 'Save outcome' }).click();
  await status.filter({ hasText: 'Outcome published' }).waitFor();
  t.check(await page.locator('#outcome-table tbody tr', { hasText: 'Published' }).count() === 1, 'outcome listed as published');
  await checkContrast(page);

  // The kiosk's next sync brings the published outcome.
  const outcome = (await kiosk.pull()).find((c) => c.kind === 'outcome');
  t.check(outcome && outcome.fields.published.value === true, 'outcome published on the kiosk');
  t.check(outcome && outcome.fields.said.value.en === 'You said the bus stop has no shelter.', 'outcome text on the kiosk');
  t.check(outcome && outcome.fields.prompt_ids.value[0] === prompt.record, 'outcome linked to the prompt');

  // Redact a name from the text.
  await page.getByRole('link', { name: 'Review' }).click();
  const reviewCard = page.locator('li.card', { hasText: 'The stop has no shelter' });
  await reviewCard.getByText('Redact personal details').click();
  await reviewCard.getByLabel('Text with personal details removed').fill('The stop has no shelter, [name removed] said');
  await reviewCard.getByRole('button', { name: 'Save redaction' }).click();
  await status.filter({ hasText: 'Text redacted' }).waitFor();
  t.check(await page.locator('li.card blockquote').textContent() === 'The stop has no shelter, [name removed] said', 'redacted text shown');
  const redaction = (await kiosk.pull()).find((c) => c.kind === 'contribution');
  // The kiosk the answer came from receives the redaction, so its own copy goes too, and nothing else;
  // the rewritten words come emptied, since a kiosk holds no one's words.
  t.check(redaction && redaction.fields.redacted.value === true
    && redaction.fields.text.value === null
    && Object.keys(redaction.fields).length === 2, 'the kiosk receives only the redaction of its own answer');

  // Devices: the kiosk is listed; an enrolment code comes with a QR code.
  await page.getByRole('link', { name: 'Devices' }).click();
  await page.locator('#device-table tbody tr', { hasText: 'Front desk kiosk' }).waitFor();
  await page.locator('#code-form').getByRole('button', { name: 'Issue enrolment code' }).click();
  await status.filter({ hasText: 'Enrolment code' }).waitFor();
  const qr = page.getByRole('img', { name: /QR code for enrolment code [A-Z0-9]{5}-[A-Z0-9]{5}/ });
  t.check(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'QR code drawn');
  await checkContrast(page);

  // Withdrawal by the reference the person was given, followed to the kiosk.
  page.on('dialog', (d) => d.accept());
  await page.getByRole('link', { name: 'Withdrawal' }).click();
  await page.getByLabel('Reference code the person was given').fill('e2e-777');
  await page.getByRole('button', { name: 'Find contribution' }).click();
  await page.getByRole('button', { name: 'Withdraw it everywhere' }).click();
  await status.filter({ hasText: 'Contribution withdrawn' }).waitFor();
  const kioskRow = page.locator('#withdraw-status tr', { hasText: 'Front desk kiosk' });
  t.check((await kioskRow.textContent()).includes('Waiting for its next sync'), 'kiosk not yet purged');
  const purge = (await kiosk.pull()).find((c) => c.kind === 'contribution');
  t.check(purge && purge.fields.withdrawn.value === true && !purge.fields.text, 'kiosk told to purge, without the content');
  await kiosk.pull();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await status.filter({ hasText: 'Withdrawal status refreshed' }).waitFor();
  t.check((await kioskRow.textContent()).includes('Purged'), 'kiosk confirmed the purge');
  await checkContrast(page);

  // Two coordinator tablets reword the prompt offline; the dashboard shows both and settles it.
  const tabletA = new Kiosk(server), tabletB = new Kiosk(server);
  await tabletA.enrol(org, site, 'coordinator');
  await tabletB.enrol(org, site, 'coordinator');
  const held = (await tabletA.pull()).filter((c) => c.kind === 'prompt' && c.record === prompt.record).pop();
  const base = held.fields.text.version;
  await tabletA.pushRecord('prompt', prompt.record, { text: { value: { en: 'Wording from tablet A' }, base, at: Date.now() } });
  await tabletB.pushRecord('prompt', prompt.record, { text: { value: { en: 'Wording from tablet B' }, base, at: Date.now() + 1000 } });
  await page.getByRole('link', { name: 'Conflicts' }).click();
  const conflictRow = page.locator('#conflict-table tbody tr');
  await conflictRow.first().waitFor();
  const cells = await conflictRow.first().locator('td').allTextContents();
  t.check(cells[2].includes('Wording from tablet B') && cells[3].includes('Wording from tablet A'), `conflict side by side: ${cells.join(' | ')}`);
  await conflictRow.first().getByRole('button', { name: 'Use the other' }).click();
  await status.filter({ hasText: 'Used the other edit' }).waitFor();
  t.check(await page.getByText('There are no conflicting edits to settle.').isVisible(), 'conflict settled');
  const settled = (await tabletB.pull()).filter((c) => c.kind === 'prompt' && c.record === prompt.record).pop();
  t.check(settled.fields.text.value.en === 'Wording from tablet A', 'settled wording reaches the tablets');

  // Keyboard: the first Tab reaches the skip link, which is visible when focused.
  // Without a #fragment: the browser starts tab order at a fragment's target, by design.
  await page.goto(`${server.base}/dashboard/`);
  await page.locator('#review-count').filter({ hasText: 'match' }).waitFor();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.outerHTML.slice(0, 80));
  t.check(first.includes('class="skip"'), `skip link first in tab order, got ${first}`);

  // The review list comes in pages of 50, turned with Previous/Next; focus lands on the new count.
  for (let i = 0; i < 55; i++) {
    await kiosk.pushContribution(`c-e2e-page-${i}`, {
      prompt_id: prompt.record, site_id: site, created_at: Date.now() - i * 1000, format: 'faces', rating: 1 + (i % 5),
    });
  }
  await page.getByRole('link', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await page.getByText('Showing 1–50 of 55 contributions matching the filter.').waitFor();
  t.check(await page.locator('li.card').count() === 50, 'first page holds 50');
  const pages = page.getByRole('navigation', { name: 'Pages of contributions' });
  t.check(await pages.getByRole('button', { name: 'Previous page' }).isDisabled(), 'no previous page on the first');
  const listRequests = [];
  page.on('request', (r) => { if (r.url().includes('/api/contributions?')) listRequests.push(r.url()); });
  await pages.getByRole('button', { name: 'Next page' }).click();
  await page.getByText('Showing 51–55 of 55 contributions matching the filter.').waitFor();
  // Next goes on from the first page's last answer (keyset paging), not by counting 50 from the top.
  t.check(listRequests.length > 0 && listRequests.at(-1).includes('after=') && !listRequests.at(-1).includes('offset='),
    `Next asks for the page after a cursor: ${listRequests.at(-1)}`);
  t.check(await page.locator('li.card').count() === 5, 'second page holds the last 5');
  t.check(await pages.getByRole('button', { name: 'Next page' }).isDisabled(), 'no next page on the last');
  t.check(await page.evaluate(() => document.activeElement.id === 'review-count'), 'focus on the new page\'s count');
  // The page (and the filter) survive a reload.
  await page.reload();
  await page.getByText('Showing 51–55 of 55 contributions matching the filter.').waitFor();
  await pages.getByRole('button', { name: 'Previous page' }).click();
  await page.getByText('Showing 1–50 of 55 contributions matching the filter.').waitFor();
  await pages.getByRole('button', { name: 'Next page' }).click();
  await page.getByText('Showing 51–55 of 55 contributions matching the filter.').waitFor();
  await checkContrast(page);

  t.check(problems.length === 0, `browser errors: ${problems.join(' | ')}`);
  t.check(lowContrast.size === 0, `text below 4.5:1 contrast: ${[...lowContrast].join(' | ')}`);
});
