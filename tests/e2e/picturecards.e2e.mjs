// In real headless Chromium, by keyboard only: a coordinator adds a picture card (a picture and its
// words in English, Welsh and Arabic) on the Picture cards page, sees it listed, ticks it for a new
// prompt's sorting, and a kiosk pulls the card and the prompt naming it and may fetch its picture.
// Leaving out the Welsh words is refused before anything is sent; axe finds nothing on the page.
import { startOrganisation, openDashboard, tabTo as harnessTabTo, axeViolations, browserTest } from './harness.mjs';

// The server checks a picture's signature; these bytes are a PNG's first row of a 1x1 picture.
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc0000003010100c9fe92ef0000000049454e44ae426082', 'hex');

await browserTest(async ({ t, server, launch }) => {
  const { kiosk } = await startOrganisation(server, 'Cards', 'coord@cards.org', 'cards-password-1');
  const context = await launch();
  const { page, problems } = await openDashboard(context, server, 'coord@cards.org', 'cards-password-1');
  const tabTo = (selector) => harnessTabTo(page, selector);
  const status = page.locator('#status');

  // A section has loaded when the dashboard moves the focus to its content.
  const open = async (section) => {
    await tabTo(`a[href="#${section}"]`);
    await page.keyboard.press('Enter');
    await page.locator('#main:focus').waitFor();
  };
  await open('picture-cards');

  // The picture chosen from the keyboard: Space on the file field opens the chooser.
  await tabTo('#c-picture');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles({ name: 'bus.png', mimeType: 'image/png', buffer: png });
  await tabTo('#c-en');
  await page.keyboard.type('The bus');
  // Without the Welsh words the browser refuses the form, and nothing reaches the server.
  await tabTo('#card-save');
  await page.keyboard.press('Enter');
  t.check(await page.evaluate(() => document.activeElement.id) === 'c-cy', 'the missing Welsh words get the focus');
  t.check(await page.locator('#card-table tbody tr').count() === 0, 'nothing added without the Welsh words');
  await page.keyboard.type('Y bws');
  await page.keyboard.press('Tab');
  await page.keyboard.type('الحافلة');
  await tabTo('#card-save');
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'Picture card added: The bus' }).waitFor();
  const row = page.locator('#card-table tbody tr', { hasText: 'The bus' });
  t.check((await row.textContent()).includes('Y bws') && (await row.textContent()).includes('الحافلة'), 'the card is listed with its three words');
  const v = await axeViolations(page);
  t.check(v.length === 0, `axe on Picture cards: ${v.join(' | ') || 'none'}`);

  // A new prompt offers the card for sorting, ticked from the keyboard.
  await open('prompts');
  await tabTo('#p-en');
  await page.keyboard.type('How do you get here?');
  await tabTo('input[name="picturecards"]');
  t.check((await page.locator('#p-picture-cards').textContent()).includes('The bus'), 'the prompt form names the card by its words');
  await page.keyboard.press('Space');
  await tabTo('#prompt-save');
  await page.keyboard.press('Enter');
  await Promise.race([status.filter({ hasText: 'Prompt created: How do you get here?' }).waitFor(),
    page.locator('#alert').filter({ hasText: /./ }).waitFor()]);
  const alert = await page.locator('#alert').textContent();
  t.check(!alert, `no error on saving the prompt: ${alert}`);
  const pv = await axeViolations(page);
  t.check(pv.length === 0, `axe on Prompts with picture cards: ${pv.join(' | ') || 'none'}`);

  // The kiosk pulls the card and the prompt naming it, and may fetch the picture.
  const changes = await kiosk.pull();
  const card = changes.find((c) => c.kind === 'picture_card');
  t.check(Boolean(card), 'the kiosk received the picture card');
  if (card) {
    t.check(card.fields.words.value.cy === 'Y bws' && card.fields.words.value.ar === 'الحافلة', 'with its Welsh and Arabic words');
    const prompt = changes.find((c) => c.kind === 'prompt' && c.fields.text && c.fields.text.value.en === 'How do you get here?');
    t.check(Boolean(prompt) && JSON.stringify(prompt.fields.cards.value) === JSON.stringify([card.record]), 'the prompt names the card');
    const sha = card.fields.symbol.value.slice('picture:'.length);
    const media = await fetch(`${server.base}/v1/media/${sha}`, { headers: kiosk.headers() });
    t.check(media.status === 200 && Buffer.from(await media.arrayBuffer()).equals(png), 'the kiosk fetches the card\'s picture');
  }
  t.check(problems.length === 0, `page errors: ${problems.join(' | ')}`);
});
