// End-to-end: an event's outcomes in real Chromium against a real samla on a fresh database
// with the demo programme. A coordinator opens the demo kickoff (held, with the demo's
// insights, decision, action points and quote), reaches the capture form with Tab, chooses the
// kind with Alt+digit, adds a key insight with Enter and stays in the text for the next one;
// an action point without its owner names the fields it misses. Axe finds nothing on the page,
// also with those errors, at 360 px (without sideways scrolling) and in Swedish.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { login, screenshotDir, startHarness } from './support/harness.mjs';

const kickoffTitle = 'Kickoff: Kraftsamling för psykisk hälsa';

let h;

before(async () => {
  h = await startHarness();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => h?.stop());

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

test('a coordinator adds a key insight to the kickoff from the keyboard, and axe finds nothing', async () => {
  const page = await h.newPage();
  const problems = [];
  await login(page, 'coordinator', '/events');
  await page.getByRole('link', { name: kickoffTitle }).click();
  await page.waitForURL(/\/events\/\d+$/);
  await page.getByRole('navigation', { name: 'This event' }).getByRole('link', { name: 'Outcomes' }).click();
  await page.waitForURL(/\/events\/\d+\/outcomes$/);
  const outcomesPath = new URL(page.url()).pathname;
  const items = page.locator('#outcomes-heading ~ ol > li');
  await page.getByRole('heading', { level: 3, name: '1. Key insight', exact: true }).waitFor();
  const existing = await items.count();
  assert.ok(existing >= 5, `the demo kickoff has its outcomes (${existing})`);
  await page.getByText('Sveriges Kommuner och Regioner').first().waitFor();

  // From the page's heading to the text with Tab alone: the tabs, then the kind, then the text.
  for (let i = 0; i < 60 && (await focusedId(page)) !== 'field-text'; i++) await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'field-text', 'Tab reaches the text field');
  await page.keyboard.press('Alt+2');
  assert.ok(await page.getByRole('radio', { name: 'Outcome' }).isChecked(), 'Alt+2 chooses Outcome');
  await page.keyboard.press('Alt+1');
  assert.ok(await page.getByRole('radio', { name: 'Key insight' }).isChecked(), 'Alt+1 chooses Key insight');
  assert.equal(await focusedId(page), 'field-text', 'the shortcut leaves focus in the text');
  await page.keyboard.type('Regions want one shared map of first contact.');
  await page.keyboard.press('Enter');

  const added = page.getByRole('heading', { level: 3, name: `${existing + 1}. Key insight`, exact: true });
  await added.waitFor();
  await page.locator('#outcomes-said').filter({ hasText: `Added: Key insight ${existing + 1}.` }).waitFor({ state: 'attached' });
  assert.equal(await focusedId(page), 'field-text', 'focus stays in the text for the next one');
  assert.equal(await page.locator('#field-text').inputValue(), '');
  assert.ok(await items.last().getByText('Regions want one shared map of first contact.').isVisible());
  await scan(page, 'outcomes after adding', problems);
  await page.screenshot({ path: join(screenshotDir, 'outcomes.png'), fullPage: true });

  // An action point without owner, due date or priority: each named beside its field.
  await page.keyboard.press('Alt+4');
  await page.keyboard.type('Follow up with the regions.');
  await page.keyboard.press('Enter');
  await page.locator('#error-summary').waitFor();
  await page.locator('#field-owner.field-invalid').waitFor();
  assert.equal(await page.locator('#field-due_date').getAttribute('aria-invalid'), 'true');
  assert.equal(await items.count(), existing + 1, 'nothing was added');
  await scan(page, 'outcomes with field errors', problems);

  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the outcomes page is ${overflow}px wider than the screen`);
  await scan(page, 'outcomes at 360 px', problems);
  await page.context().close();

  const sv = await h.newPage({ locale: 'sv-SE' });
  await login(sv, 'coordinator', outcomesPath);
  await sv.getByRole('heading', { level: 2, name: 'Lägg till ett resultat' }).waitFor();
  await sv.getByRole('heading', { level: 3, name: '1. Viktig insikt', exact: true }).waitFor();
  await scan(sv, 'outcomes in Swedish', problems);
  await sv.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});
