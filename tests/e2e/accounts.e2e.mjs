// In real headless Chromium, an administrator manages coordinator accounts by keyboard alone: adds
// one, makes it an administrator, signs it out everywhere and removes it; the new account can sign
// in until then.
import { startOrganisation, openDashboard, browserTest } from './harness.mjs';

await browserTest(async ({ t, server, launch }) => {
  const { org } = await startOrganisation(server, 'Accounts org', 'admin@accounts.org', 'accounts-password-1');
  server.admin(['dashboard-role', 'admin@accounts.org', 'admin']);

  const context = await launch();
  const { page, problems } = await openDashboard(context, server, 'admin@accounts.org', 'accounts-password-1');
  const status = page.locator('#status');

  await page.getByRole('link', { name: 'Accounts' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#accounts-h').waitFor();
  const table = page.locator('#account-table tbody');
  await table.getByText('This is you').waitFor();

  // A short password is refused with words, and nothing is added.
  await page.locator('#acc-email').fill('robin@accounts.org');
  await page.locator('#acc-password').fill('short-pw');
  await page.locator('#acc-password').evaluate((e) => e.removeAttribute('minlength'));
  await page.getByRole('button', { name: 'Add account' }).click();
  await page.locator('#alert').filter({ hasText: '10 to 1024 characters' }).waitFor();
  t.check(await table.locator('tr', { hasText: 'robin@accounts.org' }).count() === 0, 'nothing added for a short password');
  await page.locator('#acc-email').fill('');
  await page.locator('#acc-password').fill('');

  await page.locator('#acc-email').focus();
  await page.keyboard.type('robin@accounts.org');
  await page.keyboard.press('Tab');
  await page.keyboard.type('first-password-1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'Account robin@accounts.org added' }).waitFor();
  const robin = table.locator('tr', { hasText: 'robin@accounts.org' });
  await robin.getByText('Coordinator').waitFor();

  // The new account signs in elsewhere (another browser: here a plain HTTP client with its own cookie).
  const signIn = async (email, password) => {
    const r = await fetch(`${server.base}/dashboard/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }) });
    return { status: r.status, cookie: (r.headers.get('set-cookie') || '').split(';')[0] };
  };
  const sessionStatus = async (cookie) => (await fetch(`${server.base}/dashboard/api/session`, { headers: { Cookie: cookie } })).status;
  const robinSignIn = await signIn('robin@accounts.org', 'first-password-1');
  t.check(robinSignIn.status === 200, `the new account signs in (${robinSignIn.status})`);
  const robinRole = await (await fetch(`${server.base}/dashboard/api/session`, { headers: { Cookie: robinSignIn.cookie } })).json();
  t.check(robinRole.role === 'coordinator', `the new account is a coordinator (${robinRole.role})`);

  await robin.getByRole('button', { name: 'Make administrator for robin@accounts.org' }).focus();
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'robin@accounts.org is now an administrator' }).waitFor();
  await table.locator('tr', { hasText: 'robin@accounts.org' }).getByText('Administrator').waitFor();

  await table.getByRole('button', { name: 'Sign out everywhere for robin@accounts.org' }).focus();
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'signed out everywhere' }).waitFor();
  t.check(await sessionStatus(robinSignIn.cookie) === 401, 'the account signed out everywhere has no session left');

  await table.getByRole('button', { name: 'Remove for robin@accounts.org' }).focus();
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'robin@accounts.org removed' }).waitFor();
  t.check(await table.locator('tr', { hasText: 'robin@accounts.org' }).count() === 0, 'the removed account is gone from the table');
  t.check((await signIn('robin@accounts.org', 'first-password-1')).status === 401, 'the removed account cannot sign in');

  const audit = JSON.stringify(server.admin(['list-coordinators', org]));
  t.check(!audit.includes('robin@accounts.org'), 'the command line lists no removed account');
  t.check(problems.length === 0, `no script errors: ${problems.join(' | ') || 'none'}`);
});
