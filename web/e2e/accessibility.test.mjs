// Every page, in Swedish and in English, scanned by axe-core for WCAG 2.0/2.1/2.2 A and AA;
// any violation fails. The English run also saves screenshots (see screenshotDir).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { scan, violations, wcagTags } from './support/axe.mjs';
import { login, screenshotDir, startHarness } from './support/harness.mjs';

let h;
before(async () => {
  h = await startHarness();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => h?.stop());

async function shoot(page, file, fullPage = true) {
  await page.screenshot({ path: join(screenshotDir, file), fullPage });
}

for (const [lang, locale] of [
  ['en', 'en-GB'],
  ['sv', 'sv-SE'],
]) {
  test(`no axe violations on any page in ${lang === 'en' ? 'English' : 'Swedish'}`, async () => {
    const page = await h.newPage({ locale });
    const problems = [];
    const shots = lang === 'en';
    await page.goto('/login');
    await scan(page, 'login', problems);
    if (shots) await shoot(page, 'login.png');
    await page.getByRole('button', { name: /^(Log in|Logga in)$/ }).click();
    await page.getByRole('alert').waitFor();
    await scan(page, 'login with error', problems);

    await login(page, 'admin', '/people?sort=name');
    await scan(page, 'people', problems);
    if (shots) await shoot(page, 'people.png');
    else await shoot(page, 'people-sv.png');
    const personHref = await page.locator('tbody a').first().getAttribute('href');

    const pages = [
      ['person', personHref],
      ['person-form', `${personHref}/edit`],
      ['new person', '/people/new'],
      ['organisations', '/organisations?sort=name'],
      ['themes', '/themes'],
      ['country-groups', '/country-groups'],
      ['import', '/import'],
      ['users', '/users'],
      ['audit', '/audit'],
      ['live-sessions', '/live/sessions'],
      ['not found', '/no-such-page'],
    ];
    for (const [name, path] of pages) {
      await page.goto(path);
      await scan(page, name, problems);
      if (shots && !name.includes(' ')) await shoot(page, `${name}.png`);
    }

    await page.goto('/organisations?sort=name');
    await page.locator('tbody a').first().click();
    await scan(page, 'organisation', problems);
    if (shots) await shoot(page, 'organisation.png');

    // States that only appear after an action: field errors, delete confirmation, open audit values.
    await page.goto('/people/new');
    await page.getByRole('button', { name: /^(Save|Spara)$/ }).click();
    await page.locator('#error-summary').waitFor();
    await scan(page, 'new person with errors', problems);
    if (shots) await shoot(page, 'person-form-errors.png');
    await page.goto(personHref);
    await page.getByRole('button', { name: /^(Delete|Ta bort)$/ }).click();
    await scan(page, 'delete confirmation', problems);
    await page.goto('/audit');
    await page.getByRole('button', { name: /^(Show values|Visa värden)$/ }).first().click();
    await scan(page, 'audit values', problems);

    if (shots) {
      const phone = await h.newPage({ locale, viewport: { width: 360, height: 740 } });
      await login(phone, 'admin', '/people');
      await phone.waitForFunction(() => !document.querySelector('.loading'));
      await scan(phone, 'people at 360 px', problems);
      await shoot(phone, 'people-phone.png', false);
      await phone.context().close();
    }
    await page.context().close();
    assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
  });
}

// The scans above run axe-core in the page directly (support/axe.mjs). This keeps them honest:
// on a page with faults put in on purpose they find what @axe-core/playwright's own runner finds.
test('the fast scan finds the same violations as @axe-core/playwright', async () => {
  const page = await h.newPage({ locale: 'en-GB' });
  await page.goto('/login');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    main.insertAdjacentHTML('beforeend', '<img src="data:," width="10" height="10"><input type="text"><p id="pale">Pale words</p><button></button>');
    // Through the CSSOM: the page's content security policy refuses style attributes.
    Object.assign(document.getElementById('pale').style, { color: '#bbb', background: '#fff' });
  });
  const fast = await violations(page, 'faults');
  const official = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const ids = (lines) => lines.map((line) => /: ([a-z-]+) \(/.exec(line)[1]).sort();
  assert.deepEqual(ids(fast), official.violations.map((v) => v.id).sort());
  for (const rule of ['image-alt', 'label', 'color-contrast', 'button-name']) assert.ok(ids(fast).includes(rule), `${rule} not found in ${ids(fast)}`);
  await page.context().close();
});
