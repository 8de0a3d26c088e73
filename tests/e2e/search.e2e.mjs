// In real headless Chromium: a coordinator searches written answers in English, Welsh and Arabic
// from the Review page by keyboard alone, combines a search with a filter, and the summary page
// takes the same search and shows the server's counts.
import { startOrganisation, browserTest, mainFocused } from './harness.mjs';

await browserTest(async ({ t, server, launch }) => {
  const { site, kiosk } = await startOrganisation(server, 'Search', 'coord@search.org', 'search-password-1');
  const answers = [
    ['s-en-1', 'en', 'The staff were kind and the tea was hot', ['staff']],
    ['s-en-2', 'en', 'The queue was long and nobody was kind', ['waiting']],
    ['s-cy-1', 'cy', 'Roedd y staff yn garedig iawn', ['staff']],
    ['s-cy-2', 'cy', 'Does dim dŵr yfed yn yr ystafell aros', ['waiting']],
    ['s-ar-1', 'ar', 'كان الموظفون لطفاء جدا', ['staff']],
    ['s-ar-2', 'ar', 'الانتظار طويل جدا في الصباح', ['waiting']],
  ];
  let n = 0;
  for (const [id, language, text, tags] of answers) {
    const r = await kiosk.pushContribution(id, {
      prompt_id: 'p-search', site_id: site, created_at: Date.now() - 60000 + 1000 * n++, format: 'write', language, text,
      tags: { add: tags, remove: {} },
    });
    t.check(r.accepted && r.accepted.length === 1, `kiosk push of ${id} accepted`);
  }

  const context = await launch();
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.status() === 401 && r.url().endsWith('/dashboard/api/session'))) problems.push(`${r.status()} ${r.url()}`);
  });

  await page.goto(`${server.base}/dashboard/`);
  await page.getByLabel('Email').fill('coord@search.org');
  await page.getByLabel('Password').fill('search-password-1');
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();
  await page.getByRole('link', { name: 'Review' }).click();
  // The Review page's own first load must finish first: it fills in the filters and would undo typing.
  await mainFocused(page);

  // Keyboard only: focus the search box, type, press Enter, read the list.
  const search = page.getByLabel('Search written answers');
  const shown = async () => (await page.locator('li.card blockquote').allTextContents()).sort();
  const find = async (words, count) => {
    await search.focus();
    await search.fill('');
    await page.keyboard.type(words);
    // The count may read the same as before: blank it, so the one waited for is this search's.
    await page.evaluate(() => { document.getElementById('review-count').textContent = ''; });
    await page.keyboard.press('Enter');
    await page.getByText(count === 0 ? 'No contributions match the filter.'
      : `Showing 1–${count} of ${count} ${count === 1 ? 'contribution' : 'contributions'} matching the filter.`).waitFor();
    return shown();
  };
  let got = await find('kind', 2);
  t.check(got.join('|') === 'The queue was long and nobody was kind|The staff were kind and the tea was hot', `English: ${got}`);
  got = await find('garedig', 1);
  t.check(got.join('|') === 'Roedd y staff yn garedig iawn', `Welsh: ${got}`);
  got = await find('dŵr', 1);
  t.check(got.join('|') === 'Does dim dŵr yfed yn yr ystafell aros', `Welsh with a circumflex: ${got}`);
  got = await find('جدا', 2);
  t.check(got.length === 2 && got.every((x) => x.includes('جدا')), `Arabic: ${got}`);
  got = await find('لطفاء', 1);
  t.check(got.join('|') === 'كان الموظفون لطفاء جدا', `Arabic word: ${got}`);
  t.check(await page.locator('li.card blockquote[lang="ar"]').count() === 1, 'the Arabic answer is marked as Arabic');
  got = await find('staff kind', 1);
  t.check(got.join('|') === 'The staff were kind and the tea was hot', `every word must match: ${got}`);
  got = await find('kind garedig', 0);
  t.check(got.length === 0, 'words from two answers find neither');

  // A search combined with a filter.
  await page.getByLabel('Theme', { exact: true }).selectOption('waiting');
  got = await find('جدا', 1);
  t.check(got.join('|') === 'الانتظار طويل جدا في الصباح', `Arabic and the theme filter: ${got}`);
  // The search and the filter survive a reload.
  await page.reload();
  await page.getByText('Showing 1–1 of 1 contribution matching the filter.').waitFor();
  t.check(await search.inputValue() === 'جدا', 'the search box keeps its words after a reload');
  t.check(await page.getByLabel('Theme', { exact: true }).inputValue() === 'waiting', 'the theme filter survives a reload');

  // The summary takes the same search and shows the server's counts.
  await page.getByRole('link', { name: 'Export and report' }).click();
  const summaryHref = await page.getByRole('link', { name: /summary/i }).getAttribute('href');
  t.check(summaryHref.includes('q=') && summaryHref.includes('tag=waiting'), `summary link carries the search: ${summaryHref}`);
  const summary = await context.newPage();
  summary.on('pageerror', (e) => problems.push(e.message));
  await summary.goto(`${server.base}/dashboard/${summaryHref}`);
  await summary.locator('#by-rating svg').waitFor();
  t.check((await summary.locator('#summary-scope').textContent()).startsWith('1 contributions'), 'summary counts the search\'s one answer');
  await summary.close();

  t.check(problems.length === 0, `browser errors: ${problems.join(' | ')}`);
});
