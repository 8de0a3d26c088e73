// In real headless Chromium, the Outreach page: a coordinator adds two workers (the PIN is never
// shown again), an outreach tablet sends two sessions with assisted and unassisted answers, the
// sessions table shows place, worker, span, answers and the assisted share, filters by worker and
// exports that; "See answers" opens Review on one session, whose assisted card says who helped; the
// Review's "assisted only" filter keeps only assisted answers; axe finds nothing on the page.
import { Kiosk, axeViolations, browserTest } from './harness.mjs';

await browserTest(async ({ t, server, launch }) => {
  const org = server.admin(['create-org', 'Outreach org']).id;
  const site = server.admin(['create-site', org, 'Hostel']).id;
  server.admin(['create-coordinator', org, 'coord@outreach.org'], 'outreach-password-1');
  await server.start();
  const tablet = new Kiosk(server);
  await tablet.enrol(org, site, 'outreach');

  const context = await launch();
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const status = page.locator('#status');
  await page.goto(`${server.base}/dashboard/`);
  await page.getByLabel('Email').fill('coord@outreach.org');
  await page.getByLabel('Password').fill('outreach-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();

  await page.getByRole('link', { name: 'Outreach' }).click();
  for (const [name, pin] of [['Aled', '2468'], ['Noor', '97531']]) {
    await page.getByLabel('Name they choose on the tablet').fill(name);
    await page.getByLabel('Their PIN (4 to 8 digits)').fill(pin);
    await page.getByRole('button', { name: 'Add worker' }).click();
    await status.filter({ hasText: `${name} added` }).waitFor();
  }
  t.check(await page.locator('#worker-table tbody tr').count() === 2, 'two workers listed');
  const html = await page.content();
  t.check(!html.includes('2468') && !html.includes('97531') && !html.includes('argon2'), 'no PIN or hash on the page');

  // The tablet learns the workers by pull, then sends a day's work.
  const workers = {};
  for (const c of await tablet.pull()) if (c.kind === 'worker' && c.fields.name) workers[c.fields.name.value] = c.record;
  t.check(Boolean(workers.Aled && workers.Noor), 'the tablet received both workers');
  const now = Date.now();
  await tablet.pushRecord('outreach_session', 'sess-market', { worker_id: workers.Aled, place: 'Market street', started_at: now - 7200000, ended_at: now - 3600000 });
  await tablet.pushRecord('outreach_session', 'sess-hostel', { worker_id: workers.Noor, site_id: site, place: '', started_at: now - 1800000 });
  await tablet.pushContribution('m-1', { created_at: now - 7000000, format: 'write', text: 'Written for me by Aled', outreach_session_id: 'sess-market', assisted_by: workers.Aled });
  await tablet.pushContribution('m-2', { created_at: now - 6900000, format: 'write', text: 'I wrote this myself', outreach_session_id: 'sess-market' });
  await tablet.pushContribution('h-1', { created_at: now - 1700000, format: 'faces', rating: 5, outreach_session_id: 'sess-hostel' });

  await page.reload();
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();
  const market = page.locator('#os-table tbody tr', { hasText: 'Market street' });
  await market.waitFor();
  t.check((await market.textContent()).includes('Aled'), 'session shows its worker');
  t.check((await market.textContent()).includes('1 (50%)'), 'session shows the assisted share');
  const hostel = page.locator('#os-table tbody tr', { hasText: 'Noor' });
  t.check((await hostel.textContent()).includes('Hostel') && (await hostel.textContent()).includes('not ended yet'), 'site named, session still open');

  await page.getByLabel('Worker', { exact: true }).selectOption({ label: 'Noor' });
  await page.locator('#os-count', { hasText: '1 session.' }).waitFor();
  t.check(await page.locator('#os-table tbody tr').count() === 1, 'filtered by worker');
  t.check((await page.locator('#os-export').getAttribute('href')).includes(`worker=${workers.Noor}`), 'export follows the filter');
  const csv = await page.evaluate(async (href) => (await fetch(href)).text(), await page.locator('#os-export').getAttribute('href'));
  t.check(csv.includes('Noor') && !csv.includes('Market street'), 'exported sessions of that worker only');
  const [head, hostelRow] = csv.trim().split(/\r?\n/);
  t.check(hostelRow.split(',')[head.split(',').indexOf('site')] === 'Hostel', `the export names the session's site: ${hostelRow}`);
  const v = await axeViolations(page);
  t.check(v.length === 0, `axe on Outreach: ${v.join(' | ') || 'none'}`);

  await page.getByLabel('Worker', { exact: true }).selectOption({ label: 'All workers' });
  await page.locator('#os-count', { hasText: '2 sessions.' }).waitFor();
  await page.getByRole('button', { name: /See answers: the 2 of the session at Market street/ }).click();
  await page.locator('#review-count', { hasText: 'of 2 contributions' }).waitFor();
  const helped = page.locator('#contribution-list li', { hasText: 'Written for me by Aled' });
  t.check((await helped.textContent()).includes('Assisted by Aled'), 'assisted card names the worker');
  const own = page.locator('#contribution-list li', { hasText: 'I wrote this myself' });
  t.check(!(await own.textContent()).includes('Assisted'), 'unassisted card says nothing of help');

  await page.getByLabel('Outreach session').fill('');
  await page.getByLabel('Helped by a worker').selectOption({ label: 'Assisted answers only' });
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await page.locator('#review-count', { hasText: 'of 1 contribution' }).waitFor();
  t.check(await page.locator('#contribution-list li', { hasText: 'Written for me by Aled' }).count() === 1, 'assisted filter keeps the assisted answer');
  const rv = await axeViolations(page);
  t.check(rv.length === 0, `axe on Review with the outreach filters: ${rv.join(' | ') || 'none'}`);
  t.check(problems.length === 0, `page errors: ${problems.join(' | ')}`);
});
