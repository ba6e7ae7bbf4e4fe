// End-to-end: the stakeholder analysis in real Chromium against a real samla on a fresh
// database. The tests run in order and build on each other: the first assesses Märta Sjöberg
// through the form, the next ones find her on the grid and on a kickoff list. They use people
// the demo programme leaves unassessed, so its own assessments do not change the numbers.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { login, screenshotDir, startHarness } from './support/harness.mjs';

const heading = (page) => page.getByRole('heading', { level: 1 });

let h;
before(async () => {
  h = await startHarness();
  mkdirSync(screenshotDir, { recursive: true });
  // One more assessed stakeholder, written through the API as admin: Henrik Sandberg moves
  // from minimal effort to keep satisfied (an arrow on the grid).
  const page = await h.newPage();
  await login(page, 'admin');
  const { csrf_token: csrf } = await (await page.request.get('/api/v1/session')).json();
  const personId = async (name) => (await (await page.request.get(`/api/v1/people?q=${encodeURIComponent(name)}`)).json()).items[0].id;
  const assess = async (name, assessed_on, influence, interest) => {
    const r = await page.request.post('/api/v1/assessments', {
      headers: { 'X-CSRF-Token': csrf },
      data: { subject_type: 'person', subject_id: await personId(name), assessed_on, influence, interest, attitude: 0, legitimacy: 3, urgency: 3, relevance: {}, rationale: 'e2e seed' },
    });
    assert.equal(r.status(), 201, await r.text());
  };
  await assess('Henrik Sandberg', '2025-01-10', 2, 2);
  await assess('Henrik Sandberg', '2025-03-10', 5, 2);
  await page.context().close();
});
after(async () => h?.stop());

test('a coordinator assesses a person through the form; mistakes show beside the fields', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator', '/people?q=M%C3%A4rta+Sj%C3%B6berg');
  await page.getByRole('link', { name: 'Märta Sjöberg' }).click();
  await heading(page).filter({ hasText: 'Märta Sjöberg' }).waitFor();
  await page.getByText('Not assessed yet.').waitFor();
  // Nothing chosen: the browser's check names every scale, and the summary takes focus.
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await page.getByRole('alert').filter({ hasText: 'Please correct the following' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
  await page.locator('#field-influence .field-error').waitFor();

  for (const [scale, value] of [['Influence', '5'], ['Interest', '5'], ['Attitude', '+2'], ['Legitimacy', '4'], ['Urgency', '4']])
    await page.getByRole('group', { name: new RegExp(`^${scale}`) }).getByRole('radio', { name: value, exact: true }).check();
  await page.getByLabel('Stigma reduction').selectOption('3');
  await page.getByLabel(/^Rationale/).fill('Convenes the national working group.');
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await page.getByRole('status').filter({ hasText: 'The assessment was saved.' }).waitFor();
  const section = page.getByRole('region', { name: 'Assessments', exact: true });
  await section.getByText('Key player', { exact: true }).waitFor();
  await section.getByText('Partner', { exact: true }).waitFor();
  await section.getByRole('cell', { name: 'Convenes the national working group.' }).waitFor();
  await page.context().close();
});

test('the grid is read by keyboard: Tab reaches a point, its name says where it is, Enter opens it', async () => {
  const page = await h.newPage();
  await login(page, 'facilitator', '/analysis');
  await page.getByRole('group', { name: /Power\/interest grid/ }).waitFor();
  await page.locator('#page-title').focus();
  let label = null;
  for (let i = 0; i < 150 && !label?.startsWith('Märta Sjöberg:'); i++) {
    await page.keyboard.press('Tab');
    label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
  }
  assert.match(label ?? '', /^Märta Sjöberg: influence 5\.0, interest 5\.0, key player/);
  // Chromium exposes the point as a link with that name.
  assert.equal(await page.getByRole('link', { name: /^Märta Sjöberg: influence 5\.0/ }).count(), 1);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/people\/\d+$/);
  await heading(page).filter({ hasText: 'Märta Sjöberg' }).waitFor();

  // Movement: Henrik's arrow, and the words in his point's name.
  await page.goto('/analysis');
  await page.getByRole('checkbox', { name: /Show movement/ }).check();
  await page.getByRole('link', { name: /^Henrik Sandberg: influence 5\.0, interest 2\.0, keep satisfied.*moved from influence 2\.0, interest 2\.0/ }).waitFor();
  assert.ok((await page.locator('.grid-movements line').count()) >= 1);
  // The table sorts by priority from its header.
  const priority = page.getByRole('columnheader', { name: /Priority/ });
  assert.equal(await priority.getAttribute('aria-sort'), 'descending');
  await priority.getByRole('button').click();
  assert.equal(await priority.getAttribute('aria-sort'), 'ascending');
  await page.context().close();
});

test('a coordinator builds a kickoff list, removes someone with a reason and downloads it as CSV', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator', '/analysis/kickoff');
  await page.getByLabel(/^Title/).fill('E2E kickoff');
  await page.getByRole('button', { name: 'Build the list' }).click();
  await page.waitForURL(/\/analysis\/kickoff\/\d+$/);
  await heading(page).filter({ hasText: 'E2E kickoff' }).waitFor();
  const entries = page.getByRole('region', { name: 'Entries' });
  await entries.getByRole('link', { name: 'Märta Sjöberg' }).waitFor();
  await entries.getByRole('link', { name: 'Henrik Sandberg' }).waitFor();

  await page.getByRole('button', { name: 'Remove Henrik Sandberg from the list' }).click();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await page.locator('#field-decision_reason').and(page.locator('[aria-invalid="true"]')).waitFor();
  await page.getByLabel(/Why remove Henrik Sandberg/).fill('Travelling that week');
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Henrik Sandberg was removed from the list.' }).waitFor();
  await page.getByText('Because: Travelling that week').waitFor();

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
  const text = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '');
  assert.match(text.split(/\r?\n/)[0], /name/i);
  assert.match(text, /Märta Sjöberg/);
  assert.doesNotMatch(text, /Henrik Sandberg/, 'removed entries are not exported');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'XLSX' }).click()]);
  assert.equal((await readFile(await xlsx.path())).subarray(0, 2).toString(), 'PK');

  // Final: the entries stay as they are until the list is a draft again.
  await page.getByRole('button', { name: 'Mark the list as final' }).click();
  await page.getByRole('status').filter({ hasText: 'The list is final.' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^Remove .* from the list$/ }).count(), 0);
  await page.reload();
  await page.getByText(/^This list is final/).waitFor();

  await page.goto('/analysis/kickoff');
  await page.getByRole('link', { name: 'E2E kickoff' }).waitFor();
  await page.getByRole('row', { name: /E2E kickoff/ }).getByRole('cell', { name: 'Final', exact: true }).waitFor();
  await page.context().close();
});

test('an observer reads the analysis but changes nothing and sees no lived experience', async () => {
  const page = await h.newPage();
  await login(page, 'observer', '/analysis');
  await page.getByRole('group', { name: /Power\/interest grid/ }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save settings' }).count(), 0);
  await page.goto('/analysis/coverage');
  await heading(page).filter({ hasText: 'Coverage' }).waitFor();
  await page.getByText(/lived-experience column is not shown/).waitFor();
  assert.equal(await page.getByRole('columnheader', { name: 'Lived experience' }).count(), 0);
  await page.goto('/analysis/kickoff');
  await heading(page).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Build the list' }).count(), 0);
  const write = await page.request.post('/api/v1/kickoff-lists', { data: { title: 'Sneaky' } });
  assert.equal(write.status(), 403);
  await page.context().close();
});

// Screenshots of the English run (see screenshotDir for where they go).
const shoot = (page, lang, file) => (lang === 'en' ? page.screenshot({ path: join(screenshotDir, file), fullPage: true }) : undefined);

for (const [lang, locale] of [
  ['en', 'en-GB'],
  ['sv', 'sv-SE'],
]) {
  test(`no axe violations on the analysis pages in ${lang === 'en' ? 'English' : 'Swedish'}`, async () => {
    const page = await h.newPage({ locale });
    const problems = [];
    await login(page, 'coordinator', '/analysis');
    await page.locator('.grid-point').first().waitFor();
    await scan(page, 'analysis', problems);
    await page.getByRole('checkbox', { name: /(Show movement|Visa förflyttning)/ }).check();
    await scan(page, 'analysis with movement', problems);
    await shoot(page, lang, 'analysis.png');
    await page.goto('/analysis/coverage');
    await page.locator('.coverage-table').first().waitFor();
    await scan(page, 'coverage', problems);
    await shoot(page, lang, 'coverage.png');
    await page.goto('/analysis/kickoff');
    await page.locator('tbody a').first().waitFor();
    await scan(page, 'kickoff lists', problems);
    await page.locator('tbody a').first().click();
    await page.waitForURL(/\/analysis\/kickoff\/\d+$/);
    await page.locator('.export-links').waitFor();
    await scan(page, 'kickoff list', problems);
    await shoot(page, lang, 'kickoff-list.png');
    await page.goto('/people?q=M%C3%A4rta+Sj%C3%B6berg');
    await page.locator('tbody a').first().click();
    await page.locator('#assessments-heading').waitFor();
    await page.getByRole('button', { name: /^(Save assessment|Spara bedömningen)$/ }).click();
    await page.locator('#error-summary').waitFor();
    await scan(page, 'person with assessments and form errors', problems);
    await shoot(page, lang, 'person-assessments.png');
    await page.context().close();
    assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
  });
}

test('the analysis pages work 360 px wide without sideways scrolling of the page', async () => {
  const page = await h.newPage({ viewport: { width: 360, height: 740 } });
  await login(page, 'coordinator');
  for (const path of ['/analysis', '/analysis/coverage', '/analysis/kickoff']) {
    await page.goto(path);
    await heading(page).waitFor();
    await page.waitForFunction(() => !document.querySelector('.loading'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path} is ${overflow}px wider than the screen`);
  }
  await page.context().close();
});
