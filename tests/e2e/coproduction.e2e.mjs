// Co-production on the dashboard, in real headless Chromium: a group session a tablet synced shows
// its ideas ranked by dots (and exports them); a coordinator publishes its top idea, redacted, for
// kiosks, and the kiosk's "me too" supports are counted; an outcome moves through every status of the
// accountability board (not possible needs a reason), the kiosk receives each, and the board counts
// the theme answered within 30 days. axe-core checks each new section.
import { startOrganisation, axeViolations, browserTest } from './harness.mjs';

await browserTest(async ({ t, server, launch }) => {
  const { site, kiosk } = await startOrganisation(server, 'Coproduction', 'coord@coprod.org', 'coprod-password-1');
  const now = Date.now();
  // A tablet's session: three ideas, four people's dots (sea 6, garden 4, music 2).
  const session = 'gs-e2e-session-1';
  await kiosk.pushRecord('group_session', session, {
    question: 'What should we do this summer?', site_id: site, language: 'en', started_at: now - 3600000,
    ended_at: now - 1800000, dots: 3, hide_votes: true, participants: 4, next_step: 'We will book the minibus.',
  });
  const ideas = { sea: 'A trip to the sea with Sam Jones', garden: 'A vegetable garden', music: 'A music night' };
  for (const [key, text] of Object.entries(ideas)) {
    const r = await kiosk.pushContribution(`idea-${key}`, {
      prompt_id: session, group_session_id: session, site_id: site, created_at: now - 3000000, format: 'write',
      language: 'en', text,
    });
    t.check(r.accepted.length === 1, `idea ${key} accepted (${JSON.stringify(r)})`);
  }
  const ballots = [['sea', 2], ['garden', 1], ['sea', 1], ['garden', 2], ['sea', 3], ['music', 2], ['garden', 1]];
  for (const [i, [key, dots]] of ballots.entries()) {
    const r = await kiosk.pushRecord('vote', `vote-${i}`, {
      session_id: session, idea_id: `idea-${key}`, participant: 1 + (i % 4), dots, cast_at: now - 2000000,
    });
    t.check(r.accepted.length === 1, `vote ${i} accepted`);
  }
  // An answer about opening hours, tagged with its theme by a coordinator device.
  await kiosk.pushContribution('hours-1', {
    prompt_id: 'p-hours', site_id: site, created_at: now - 5 * 86400000, format: 'write', language: 'en',
    text: 'Please open earlier in the morning.', tags: { add: ['Opening hours'] },
  });

  const context = await launch();
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.status() === 401 && r.url().endsWith('/dashboard/api/session'))) problems.push(`${r.status()} ${r.url()}`);
  });
  const status = page.locator('#status');
  const axe = async (what) => {
    const v = await axeViolations(page);
    t.check(v.length === 0, `axe on ${what}: ${v.join(' | ') || 'none'}`);
  };

  await page.goto(`${server.base}/dashboard/`);
  await page.getByLabel('Email').fill('coord@coprod.org');
  await page.getByLabel('Password').fill('coprod-password-1');
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();

  // The sessions view: ranked ideas with their dots, the facilitator's next step, exports.
  await page.getByRole('link', { name: 'Group sessions' }).click();
  const rows = page.locator('#group-session-list table.ranked tbody tr');
  await rows.first().waitFor();
  t.check(await rows.count() === 3, `three ideas (${await rows.count()})`);
  const cells = async (i) => (await rows.nth(i).locator('td').allTextContents()).map((s) => s.trim());
  const first = await cells(0), second = await cells(1), third = await cells(2);
  t.check(first[0] === '1' && first[1] === ideas.sea && first[2] === '6 dots', `first: ${first.join(' / ')}`);
  t.check(second[0] === '2' && second[1] === ideas.garden && second[2] === '4 dots', `second: ${second.join(' / ')}`);
  t.check(third[0] === '3' && third[2] === '2 dots', `third: ${third.join(' / ')}`);
  const about = await page.locator('#group-session-list article p').first().textContent();
  t.check(about.includes('4 people voted') && about.includes('12 dots in all') && about.includes('hidden'), `session line: ${about}`);
  t.check((await page.locator('.next-step').textContent()).includes('We will book the minibus.'), 'the next step shows');
  const csv = await page.evaluate(async () => (await fetch('api/group-sessions.csv')).text());
  t.check(csv.split('\r\n').filter(Boolean).length === 4 && csv.includes('A vegetable garden') && csv.includes(',6,'),
    `the CSV has a row per idea with its dots: ${csv.slice(0, 200)}`);
  const json = await page.evaluate(async () => (await fetch('api/group-sessions.json')).json());
  t.check(json.sessions.length === 1 && json.sessions[0].total_dots === 12, 'the JSON export');
  await axe('Group sessions');

  // Publishing the top idea: the form opens with its words; the coordinator takes the name out.
  await rows.first().getByRole('button', { name: /Publish for kiosks/ }).click();
  const text = page.getByLabel(/The idea in easy read \(English\)/);
  await page.locator('#ideas-h').waitFor();
  t.check(await text.inputValue() === ideas.sea, 'the form starts from the idea\'s words');
  t.check(await page.locator('#i-picture-row').isHidden(), 'a written idea offers no drawing to show');
  await text.fill('A trip to the sea');
  await page.getByLabel('The idea in Welsh').fill('Taith i lan y môr');
  await page.getByRole('button', { name: 'Publish to kiosks' }).click();
  await status.filter({ hasText: 'Idea published' }).waitFor();
  const ideaRow = page.locator('#idea-table tbody tr').first();
  t.check((await ideaRow.locator('td').first().textContent()) === 'A trip to the sea', 'the published words are the redacted ones');
  t.check((await ideaRow.locator('td.supports').textContent()) === '0', 'no supports yet');
  await axe('Ideas for kiosks');

  // The kiosk receives it (the redacted words only) and three people tap "me too".
  const pulled = (await kiosk.pull()).filter((c) => c.kind === 'published_idea');
  t.check(pulled.length === 1 && pulled[0].fields.text.value.en === 'A trip to the sea' && !JSON.stringify(pulled).includes('Sam Jones'),
    `the kiosk gets the published idea without the name: ${JSON.stringify(pulled)}`);
  for (let i = 0; i < 3; i++)
    await kiosk.pushRecord('support', `support-${i}`, { idea_id: pulled[0].record, site_id: site, created_at: Date.now() });
  await page.reload();
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();
  await page.locator('#idea-table tbody tr td.supports').filter({ hasText: '3' }).waitFor();
  t.check(true, 'three supports counted');

  // The board: an outcome for the theme moves through its statuses.
  await page.getByRole('link', { name: 'You said, we did', exact: true }).click();
  await page.getByLabel('You said (easy read, English)').fill('You said we open too late.');
  await page.getByLabel('We did (easy read, English)').fill('We will open at 9.');
  await page.getByLabel('Themes (comma separated)').fill('Opening hours');
  await page.getByLabel('Publish to kiosks now').check();
  await page.getByRole('button', { name: 'Save outcome' }).click();
  await status.filter({ hasText: 'Outcome published' }).waitFor();

  await page.getByRole('link', { name: 'Board', exact: true }).click();
  const outcomeRow = page.locator('#board-table tbody tr').first();
  await outcomeRow.waitFor();
  t.check((await outcomeRow.locator('td.status').textContent()) === 'No status yet', 'a new outcome has no status');
  t.check((await page.locator('#board-share').textContent()).startsWith('0 of 1 themes'), 'the theme is not answered yet');
  for (const [value, words] of [['heard', 'Heard'], ['planned', 'Planned'], ['doing', 'Doing'], ['done', 'Done']]) {
    await outcomeRow.getByRole('combobox').selectOption(value);
    await outcomeRow.getByRole('button', { name: /Set status/ }).click();
    await status.filter({ hasText: `Status set to ${words}` }).waitFor();
    t.check((await page.locator('#board-table tbody tr td.status').first().textContent()) === words, `status ${words}`);
  }
  const dates = await page.locator('#board-table tbody tr td').nth(2).textContent();
  t.check(['Heard', 'Planned', 'Doing', 'Done'].every((w) => dates.includes(w)), `every step has its date: ${dates}`);
  // Not possible needs a reason: without one the server refuses in words.
  await outcomeRow.getByRole('combobox').selectOption('not_possible');
  await outcomeRow.getByRole('button', { name: /Set status/ }).click();
  await page.locator('#alert').filter({ hasText: 'say why' }).waitFor();
  problems.splice(problems.findIndex((p) => p.startsWith('400')), 1);
  await page.locator('#board-table tbody tr').first().getByRole('combobox').selectOption('not_possible');
  await page.locator('#board-table tbody tr').first().getByLabel(/Why it is not possible/).fill('The building closes at 8.');
  await page.locator('#board-table tbody tr').first().getByRole('button', { name: /Set status/ }).click();
  await status.filter({ hasText: 'Status set to Not possible' }).waitFor();
  t.check((await page.locator('#board-table tbody tr td.status').first().textContent()) === 'Not possible (The building closes at 8.)',
    'not possible, with its reason');
  t.check((await page.locator('#board-share').textContent()).startsWith('1 of 1 themes answered within 30 days (100%)'),
    `the theme answered within 30 days: ${await page.locator('#board-share').textContent()}`);
  const themeRow = await page.locator('#board-themes tbody tr').first().locator('td').allTextContents();
  t.check(themeRow[0] === 'Opening hours' && themeRow[3] === '5', `5 days to the first response: ${themeRow.join(' / ')}`);
  await axe('Board');

  // The kiosk's "you said, we did" receives where it stands.
  const outcome = (await kiosk.pull()).filter((c) => c.kind === 'outcome').pop();
  t.check(outcome && outcome.fields.status?.value === 'not_possible' && outcome.fields.status_reason?.value?.en === 'The building closes at 8.',
    `the kiosk gets the status: ${JSON.stringify(outcome?.fields)}`);

  // The review names a group session's idea by the session's question, not by the session's id.
  await page.getByRole('link', { name: 'Review' }).click();
  await page.locator('li.card h3').filter({ hasText: 'Group session: What should we do this summer?' }).first().waitFor();
  t.check(!(await page.locator('li.card h3').allTextContents()).some((h) => h.includes(session)),
    'no review card is titled with the session id');

  t.check(problems.length === 0, `browser errors: ${problems.join(' | ')}`);
});
