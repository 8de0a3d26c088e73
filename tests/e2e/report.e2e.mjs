// In real headless Chromium: the report for one site and a three-week period shows the answers of
// each week, the ratings per question each week, themes with size and trend, quotes only from
// answers whose person allowed quoting, and the "you said, we did" progress; axe finds nothing on
// it; it prints to a PDF (Chromium's own printing), which pdftoppm turns into pictures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startOrganisation, axeViolations, browserTest } from './harness.mjs';

const out = process.env.CHORUS_REPORT_OUT || fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-report-'));
process.on('exit', () => { if (!process.env.CHORUS_REPORT_OUT) fs.rmSync(out, { recursive: true, force: true }); });

await browserTest(async ({ t, server, launch }) => {
  const { site, kiosk } = await startOrganisation(server, 'Report', 'coord@report.org', 'report-password-1');
  // Three weeks from Monday 2 March 2026: the theme "heating" rises, "queue" falls.
  const monday = Date.UTC(2026, 2, 2);
  const week = 7 * 24 * 3600 * 1000;
  const plan = [
    [0, 'queue', 2, true, 'The queue went out of the door.'], [0, 'queue', 2, false, 'NOT-QUOTABLE queue answer.'],
    [0, 'queue', 3, true, 'Long wait again in the queue.'], [1, 'heating', 3, true, 'The hall was cold.'],
    [1, 'queue', 4, false, 'NOT-QUOTABLE second answer.'], [2, 'heating', 4, true, 'Still cold, please fix the heating.'],
    [2, 'heating', 5, true, 'Warmer now, thank you.'], [2, 'heating', 5, false, 'NOT-QUOTABLE heating answer.'],
  ];
  for (const [i, [w, theme, rating, quote, text]] of plan.entries()) {
    await kiosk.pushContribution(`r-${i}`, {
      prompt_id: 'p-report', site_id: site, created_at: monday + w * week + (i + 1) * 3600 * 1000, format: 'write',
      language: 'en', text, rating, consent: { anonymous: true, quote, contact: false }, tags: { add: [theme], remove: {} },
    });
  }

  const context = await launch();
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.base}/dashboard/`);
  await page.getByLabel('Email').fill('coord@report.org');
  await page.getByLabel('Password').fill('report-password-1');
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();

  // An outcome, through the dashboard's own API.
  const csrf = (await (await page.request.get(`${server.base}/dashboard/api/session`)).json()).csrf;
  const made = await page.request.post(`${server.base}/dashboard/api/outcomes`, {
    headers: { 'X-CSRF-Token': csrf },
    data: { said: { en: 'The hall is cold' }, did: { en: 'We mended the heating' }, happened_at: monday + 2 * week, sites: [site] },
  });
  t.check(made.ok(), `outcome created (${made.status()})`);

  const from = monday, to = monday + 3 * week;
  await page.goto(`${server.base}/dashboard/season.html?site=${site}&from=${from}&to=${to}`);
  await page.locator('#season-did table, #season-did p').first().waitFor();
  const scope = await page.locator('#season-scope').textContent();
  t.check(scope === '8 answers at Report site, from 2026-03-02 to 2026-03-22.', `scope: ${scope}`);
  const weeks = await page.locator('#season-weeks table tbody tr').allTextContents();
  t.check(weeks.join('|') === '2026-03-023|2026-03-092|2026-03-163', `answers each week: ${weeks.join('|')}`);
  const ratings = await page.locator('#season-ratings tbody tr').allTextContents();
  t.check(ratings.length === 1 && ratings[0].includes('2.3 (3)') && ratings[0].includes('3.5 (2)') && ratings[0].includes('4.7 (3)'),
    `ratings per week: ${ratings}`);
  const themes = await page.locator('#season-themes tbody tr').allTextContents();
  t.check(themes.some((r) => r.startsWith('heating4rising')) && themes.some((r) => r.startsWith('queue4falling')), `themes: ${themes}`);
  const quotes = await page.locator('#season-quotes blockquote').allTextContents();
  t.check(quotes.length === 5 && quotes.every((q) => !q.includes('NOT-QUOTABLE')), `only quotable answers: ${quotes.join(' | ')}`);
  const did = await page.locator('#season-did tbody tr').allTextContents();
  t.check(did.length === 1 && did[0].includes('We mended the heating'), `you said, we did: ${did}`);

  // The same figures in the report's CSV export, for the same period and site.
  const csvReply = await page.request.get(`${server.base}/dashboard/api/report.csv?site=${site}&from=${from}&to=${to}`);
  t.check(csvReply.ok(), `report.csv (${csvReply.status()})`);
  const rows = (await csvReply.text()).replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
  const cells = (figure) => rows.filter((r) => r[0] === figure);
  t.check(rows[0].join(',').startsWith('figure,week,prompt_id,prompt,theme,answers,average_rating,ratings,trend'), `csv header: ${rows[0]}`);
  t.check(cells('total').length === 1 && cells('total')[0][5] === '8', `csv total: ${cells('total')}`);
  t.check(cells('answers_by_week').map((r) => `${r[1]}${r[5]}`).join('|') === weeks.join('|'), `csv weeks: ${cells('answers_by_week').join(' / ')}`);
  const csvRatings = cells('rating_by_prompt_week').map((r) => `${r[6]} (${r[7]})`);
  t.check(csvRatings.join('|') === '2.3 (3)|3.5 (2)|4.7 (3)' && ratings[0].includes(csvRatings.join('')), `csv ratings: ${csvRatings.join('|')}`);
  const csvThemes = cells('theme').map((r) => `${r[4]}${r[5]}${r[8]} (${r[9]} then ${r[10]})`);
  t.check(csvThemes.join('|') === themes.join('|'), `csv themes: ${csvThemes.join('|')} against the page's ${themes.join('|')}`);
  const csvDid = cells('you_said_we_did');
  t.check(csvDid.length === 1 && csvDid[0][11] === 'The hall is cold' && csvDid[0][12] === 'We mended the heating'
    && csvDid[0][13] === '2026-03-16' && csvDid[0][14] === 'no', `csv you said, we did: ${csvDid.join(' / ')}`);

  const v = await axeViolations(page);
  t.check(v.length === 0, `axe on the report: ${v.join(' | ') || 'none'}`);

  // Printed by Chromium to PDF, then to pictures.
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(out, 'report.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  t.check(fs.statSync(pdf).size > 10000, 'a PDF was printed');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(out, 'report')]);
  const pngs = fs.readdirSync(out).filter((f) => f.endsWith('.png'));
  t.check(pngs.length >= 1, `PDF pages as pictures: ${pngs.join(', ')} in ${out}`);
  t.check(!(await page.locator('.no-print').isVisible()), 'the print button is not printed');
  t.check(problems.length === 0, `browser errors: ${problems.join(' | ')}`);
});
