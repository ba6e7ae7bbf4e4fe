// End-to-end: scheduled jobs and the e-mail about one's actions, in real Chromium against a
// real samla on a fresh database with the demo programme. The harness starts samla with
// --no-jobs, so a job runs only when a test asks. An administrator opens /jobs (beside the audit
// log in the menu), runs the weekly summary now and sees that it ran and what it did, and that
// a second run in the same week does nothing again; a coordinator's outbox then holds the
// summaries, and the unsubscribe link read from one, opened signed out on a 360 px phone, asks
// before it stops the e-mails (nothing is sent on opening: mail scanners open links), then
// confirms; the next summary leaves that person out, and a wrong link says so. On My work an
// account that stands for nobody is told that no such e-mail comes; once linked to that person,
// the account turns the e-mails on again. Axe finds nothing on /jobs, /unsubscribe (asking,
// confirmed, a wrong link) and My work, in English and Swedish, and nothing scrolls sideways.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { login, screenshotDir, startHarness } from './support/harness.mjs';
import { noSidewaysScroll, settled } from './support/page.mjs';

const digest = 'Weekly summary of actions';
const phone = { width: 360, height: 740 };

let h;
before(async () => {
  h = await startHarness();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => h?.stop());

const csrfOf = async (page) => (await (await page.request.get('/api/v1/session')).json()).csrf_token;

// Shared by the tests, which run in order: the summary's recipient and their unsubscribe link.
let firstCount;
let recipient;
let unsubscribePath;

test('an administrator runs the weekly summary now from Scheduled jobs, and a second run does nothing again', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'admin', '/jobs');
  await page.getByRole('heading', { level: 1, name: 'Scheduled jobs' }).waitFor();
  // In the menu right after the audit log.
  const menu = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
  assert.deepEqual(menu.slice(-2), ['Audit log', 'Scheduled jobs']);

  const table = page.getByRole('region', { name: 'Scheduled jobs' });
  const row = table.locator('tbody tr').filter({ has: page.locator('strong', { hasText: digest }) });
  await row.getByText('Not run yet').waitFor();
  assert.equal(await row.locator('td').nth(1).innerText(), 'Every week from Monday 06:00 UTC');
  assert.match(await row.locator('td').nth(2).innerText(), /^Week \d+, \d{4}$/);
  assert.equal(await table.locator('tbody tr').count(), 6, 'the six jobs samla runs');
  for (const name of ['Clear out old logins', 'Reminders of due dates', 'Clear out old unsubscribe links', 'Clear out old job runs', 'Keep personal data only as long as set']) await table.locator('strong', { hasText: name }).waitFor();
  await scan(page, 'jobs', problems);

  const run = row.getByRole('button', { name: `Run now: ${digest}` });
  await run.click();
  const said = page.locator('#jobs-said');
  await said.filter({ hasText: /ran now for week \d+, \d{4}: messages written: \d+/ }).waitFor();
  firstCount = Number(/messages written: (\d+)/.exec(await said.innerText())[1]);
  assert.ok(firstCount > 0, `the demo's open actions give summaries: ${await said.innerText()}`);
  await row.getByText('Done', { exact: true }).waitFor();
  await row.getByText(`Messages written: ${firstCount}`, { exact: false }).waitFor();
  assert.ok(await run.evaluate((b) => b === document.activeElement), 'focus stays on the button');
  const runs = page.getByRole('region', { name: 'Recent runs' }).getByRole('region', { name: 'Recent runs' });
  await runs.locator('tbody tr').filter({ hasText: digest }).getByText('Done', { exact: true }).waitFor();
  await scan(page, 'jobs after a run', problems);
  await page.screenshot({ path: join(screenshotDir, 'jobs.png'), fullPage: true });

  // The same week again: nothing is done twice.
  await run.click();
  await said.filter({ hasText: /had already run for week \d+, \d{4}, so it did not run again/ }).waitFor();
  const api = await (await page.request.get('/api/v1/jobs/runs?job=actions.weekly_digest')).json();
  assert.equal(api.total, 1, 'one run of the week');

  // The runs of one job, kept in the URL.
  const filters = page.getByRole('search', { name: 'Filter the runs' });
  await filters.getByLabel('Job').selectOption('actions.weekly_digest');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL((url) => url.searchParams.get('job') === 'actions.weekly_digest');
  await page.getByRole('status').filter({ hasText: /^Runs: 1$/ }).waitFor();

  await page.setViewportSize(phone);
  await settled(page);
  await noSidewaysScroll(page, 'the jobs page');
  await scan(page, 'jobs at 360 px', problems);
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('the unsubscribe link from a summary in the outbox, opened signed out on a phone, stops the e-mails', async () => {
  assert.ok(firstCount, 'the first test ran the summary');
  const problems = [];
  const planner = await h.newPage();
  await login(planner, 'coordinator', '/outbox');
  await planner.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
  const summaries = planner.locator('tbody tr').filter({ has: planner.getByRole('cell', { name: 'Weekly summary', exact: true }) });
  await summaries.first().waitFor();
  assert.equal(await summaries.count(), firstCount, 'one summary per person written to');
  const row = summaries.first();
  recipient = (await row.locator('td').first().innerText()).split('\n')[0].trim();
  await row.getByRole('button', { name: `Show message to ${recipient}` }).click();
  const body = await row.locator('pre').innerText();
  const link = /https?:\/\/\S+?(\/unsubscribe#[A-Za-z0-9_-]+)/.exec(body);
  assert.ok(link, `no unsubscribe link in:\n${body}`);
  unsubscribePath = link[1];
  await scan(planner, 'outbox with a summary open', problems);
  await planner.context().close();

  const phonePage = await h.newPage({ viewport: phone });
  const posts = [];
  phonePage.on('request', (r) => r.method() !== 'GET' && posts.push({ url: r.url(), body: r.postData() }));
  await phonePage.goto(unsubscribePath);
  await phonePage.getByRole('heading', { level: 1, name: 'Stop e-mail about your actions' }).waitFor();
  await phonePage.getByText(/samla sends you an e-mail each week with the actions you answer for or carry out/).waitFor();
  assert.equal(await phonePage.getByRole('navigation', { name: 'Main' }).count(), 0, 'no logged-in shell');
  await noSidewaysScroll(phonePage, 'the unsubscribe page');
  await scan(phonePage, 'unsubscribe page at 360 px', problems);
  assert.deepEqual(posts, [], 'opening the link sends nothing');

  await phonePage.getByRole('button', { name: 'Stop these e-mails' }).click();
  const done = phonePage.getByRole('heading', { level: 2, name: 'Done: no more e-mails about your actions' });
  await done.waitFor();
  await phonePage.waitForFunction(() => document.activeElement?.id === 'unsubscribe-done');
  assert.equal(posts.length, 1);
  // The secret goes in the body, never in the address (which access logs keep).
  assert.match(posts[0].url, /\/api\/v1\/unsubscribe$/);
  assert.deepEqual(JSON.parse(posts[0].body), { secret: unsubscribePath.split('#')[1] });
  await noSidewaysScroll(phonePage, 'the unsubscribe confirmation');
  await scan(phonePage, 'unsubscribe confirmed at 360 px', problems);
  await phonePage.screenshot({ path: join(screenshotDir, 'unsubscribe-phone.png'), fullPage: true });

  // A wrong link says so, in words.
  await phonePage.goto('/unsubscribe#not-a-link-we-sent');
  await phonePage.getByRole('button', { name: 'Stop these e-mails' }).click();
  await phonePage.getByRole('alert').getByText(/^This link does not work\./).waitFor();
  await noSidewaysScroll(phonePage, 'the unsubscribe page with a wrong link');
  await scan(phonePage, 'unsubscribe with a wrong link at 360 px', problems);
  await phonePage.context().close();

  // The next summary (another week, run by hand) leaves that person out.
  const admin = await h.newPage();
  await login(admin, 'admin', '/jobs');
  const next = await admin.request.post('/api/v1/jobs/actions.weekly_digest/run?period=2020-W02', { headers: { 'X-CSRF-Token': await csrfOf(admin) } });
  assert.equal(next.status(), 200, await next.text());
  const outcome = await next.json();
  assert.equal(outcome.ran_now, true);
  assert.equal(outcome.run.counts.messages, firstCount - 1, 'one summary fewer');
  await admin.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('My work: the choice about e-mail, for an account that stands for nobody and, once linked, for the person', async () => {
  assert.ok(recipient, 'the second test unsubscribed someone');
  const problems = [];
  const page = await h.newPage();
  await login(page, 'participant', '/my-work');
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
  const section = page.getByRole('region', { name: 'E-mail about my actions' });
  await section.getByText('Your account stands for no person in the register, so samla sends you no e-mail about actions.').waitFor();
  assert.equal(await section.getByRole('checkbox').count(), 0);
  await scan(page, 'my work, e-mail for an account of nobody', problems);

  // An administrator links the account to the person who stopped the e-mails.
  const admin = await h.newPage();
  await login(admin, 'admin', '/users');
  const people = await (await admin.request.get(`/api/v1/people?q=${encodeURIComponent(recipient)}`)).json();
  const person = people.items.find((p) => p.name === recipient);
  const users = await (await admin.request.get('/api/v1/users')).json();
  const participant = users.items.find((u) => u.name === 'participant');
  const linked = await admin.request.patch(`/api/v1/users/${participant.id}`, { data: { person_id: person.id }, headers: { 'X-CSRF-Token': await csrfOf(admin), 'If-Match': `"${participant.version}"` } });
  assert.equal(linked.status(), 200, await linked.text());
  await admin.context().close();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
  const box = section.getByRole('checkbox', { name: 'Send me the weekly summary and the reminders by e-mail' });
  await box.waitFor();
  assert.equal(await box.isChecked(), false, 'the link stopped them');
  await box.check();
  await section.getByRole('button', { name: 'Save the choice' }).click();
  await section.getByRole('status').getByText('Saved. You will get the weekly summary and the reminders.').waitFor();
  assert.deepEqual(await (await page.request.get('/api/v1/my/action-mail')).json(), { person_id: person.id, subscribed: true });
  await scan(page, 'my work with the e-mail choice saved', problems);

  await page.setViewportSize(phone);
  await noSidewaysScroll(page, 'My work with the e-mail choice');
  await scan(page, 'my work with the e-mail choice at 360 px', problems);
  await page.screenshot({ path: join(screenshotDir, 'my-work-mail-phone.png'), fullPage: true });
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('in Swedish, Scheduled jobs, the unsubscribe page and My work have no accessibility problems', async () => {
  assert.ok(unsubscribePath, 'the second test read the link');
  const problems = [];
  const page = await h.newPage({ locale: 'sv-SE' });
  await login(page, 'admin', '/jobs');
  await page.getByRole('heading', { level: 1, name: 'Schemalagda jobb' }).waitFor();
  const table = page.getByRole('region', { name: 'Schemalagda jobb' });
  const row = table.locator('tbody tr').filter({ has: page.locator('strong', { hasText: 'Veckosammanfattning av åtgärder' }) });
  await row.getByText('Klar', { exact: true }).waitFor();
  await scan(page, 'jobs (sv)', problems);
  await table.getByRole('button', { name: 'Kör nu: Rensa gamla inloggningar' }).click();
  await page.locator('#jobs-said').filter({ hasText: /^”Rensa gamla inloggningar” kördes nu för/ }).waitFor();
  await scan(page, 'jobs after a run (sv)', problems);

  // The admin account stands for nobody: My work says so.
  await page.goto('/my-work');
  await page.getByRole('heading', { level: 1, name: 'Mitt arbete' }).waitFor();
  await page.getByRole('region', { name: 'E-post om mina åtgärder' }).getByText(/^Ditt konto står inte för någon person i registret/).waitFor();
  await scan(page, 'my work (sv)', problems);
  await page.context().close();

  // The participant, now linked, in Swedish.
  const linked = await h.newPage({ locale: 'sv-SE' });
  await login(linked, 'participant', '/my-work');
  await linked.getByRole('heading', { level: 1, name: 'Mitt arbete' }).waitFor();
  const box = linked.getByRole('region', { name: 'E-post om mina åtgärder' }).getByRole('checkbox', { name: 'Skicka veckosammanfattningen och påminnelserna till mig med e-post' });
  await box.waitFor();
  assert.equal(await box.isChecked(), true);
  await scan(linked, 'my work with the e-mail choice (sv)', problems);
  await linked.context().close();

  // The link still answers (a second press is fine), in the browser's language.
  const phonePage = await h.newPage({ locale: 'sv-SE', viewport: phone });
  await phonePage.goto(unsubscribePath);
  await phonePage.getByRole('heading', { level: 1, name: 'Sluta få e-post om dina åtgärder' }).waitFor();
  await scan(phonePage, 'unsubscribe page at 360 px (sv)', problems);
  await phonePage.getByRole('button', { name: 'Stoppa de här e-postmeddelandena' }).click();
  await phonePage.getByRole('heading', { level: 2, name: 'Klart: inga fler e-postmeddelanden om dina åtgärder' }).waitFor();
  await noSidewaysScroll(phonePage, 'the Swedish unsubscribe confirmation');
  await scan(phonePage, 'unsubscribe confirmed at 360 px (sv)', problems);
  await phonePage.goto('/unsubscribe');
  await phonePage.getByRole('alert').getByText('Den här sidan behöver länken från ditt e-postmeddelande.').waitFor();
  await scan(phonePage, 'unsubscribe without a link (sv)', problems);
  // The language switch turns the page English.
  await phonePage.getByRole('button', { name: 'English – switch the language to English' }).click();
  await phonePage.getByRole('heading', { level: 1, name: 'Stop e-mail about your actions' }).waitFor();
  await phonePage.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});
