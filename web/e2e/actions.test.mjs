// End-to-end: action plans in real Chromium against a real samla on a fresh database with the
// demo programme, whose kickoff and policy dialogue left action points (all but one already
// made actions: one under way, one overdue, one stalled) and whose access-to-services theme has
// a plan with a finished action and one with an indicator and two dependencies.
// A coordinator makes the dialogue's last action point an action from the event's outcomes
// page, gives it a responsible person (and sees an indicator's missing date named at its field);
// the board's filters, held in the URL, show the overdue and the stalled demo action; an action
// moves to another status column by keyboard alone; the action with an indicator shows its
// timeline, its chart and the table of the same measurements, and takes an update; a
// participant's My work says when the account stands for nobody, and once linked lists the
// person's actions, which they update. Axe finds nothing on the board (table and columns), an
// action, its edit form with errors, the plans, a plan and My work, in English and Swedish, and
// at 360 px nothing scrolls sideways.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { login, screenshotDir, startHarness } from './support/harness.mjs';
import { noSidewaysScroll } from './support/page.mjs';

const dialogue = 'Policy dialogue: access to services across borders';
const shareMap = 'Share the Swedish first-contact map with the other countries.';
const overdueTitle = "Collect the regions' current first-contact routes in one map.";
const stalledTitle = 'Propose a shared definition of waiting time for first contact.';
const underWay = 'Invite user organisations to each regional working group.';
const measured = 'Measure waiting times for a first contact in every region';
const indicator = 'Regions reporting waiting times';
const phone = { width: 360, height: 740 };

let h;
before(async () => {
  h = await startHarness();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => h?.stop());

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

// The board's table rows' action titles.
async function boardTitles(page) {
  await page.waitForFunction(() => !document.querySelector('.loading'));
  return page.getByRole('region', { name: 'Actions', exact: true }).locator('tbody tr td:first-child a').allTextContents();
}

// Shared by the tests, which run in order: the action made from the dialogue's action point.
let promotedId;

test('a coordinator makes the dialogue’s last action point an action and gives it a responsible person', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/events');
  await page.getByRole('link', { name: dialogue }).click();
  await page.waitForURL(/\/events\/\d+$/);
  await page.getByRole('navigation', { name: 'This event' }).getByRole('link', { name: 'Outcomes' }).click();
  await page.waitForURL(/\/events\/\d+\/outcomes$/);
  const outcomesPath = new URL(page.url()).pathname;
  // The demo made the other action point an action already: it links to it.
  const stalledItem = page.locator('li.agenda-item').filter({ hasText: stalledTitle });
  await stalledItem.getByRole('link', { name: /^Open the action/ }).waitFor();
  assert.equal(await stalledItem.getByRole('button', { name: /^Make it an action/ }).count(), 0);

  const item = page.locator('li.agenda-item').filter({ hasText: shareMap });
  await item.getByRole('button', { name: /^Make it an action: .*Share the Swedish/ }).click();
  const link = item.getByRole('link', { name: /^Open the action: .*Share the Swedish/ });
  await link.waitFor();
  assert.equal(await focusedId(page), await link.getAttribute('id'), 'focus moves to the new link');
  await page.locator('#outcomes-said').filter({ hasText: /^Made into an action: / }).waitFor({ state: 'attached' });
  await scan(page, 'outcomes with a promoted action point', problems);
  // A second promotion is refused by the server.
  const eventId = Number(/\/events\/(\d+)\//.exec(outcomesPath)[1]);
  const outcomes = await (await page.request.get(`/api/v1/events/${eventId}/outcomes`)).json();
  const point = outcomes.items.find((o) => o.text === shareMap);
  const csrf = (await (await page.request.get('/api/v1/session')).json()).csrf_token;
  const again = await page.request.post(`/api/v1/events/${eventId}/outcomes/${point.id}/promote`, { data: {}, headers: { 'X-CSRF-Token': csrf } });
  assert.equal(again.status(), 409);

  await link.click();
  await page.waitForURL(/\/actions\/\d+$/);
  promotedId = Number(/\/actions\/(\d+)$/.exec(page.url())[1]);
  await page.getByRole('heading', { level: 1, name: shareMap }).waitFor();
  const details = page.locator('dl.details');
  await details.getByText('Proposed', { exact: true }).waitFor();
  await details.getByRole('link', { name: 'Folkhälsomyndigheten' }).waitFor();
  await page.getByRole('link', { name: /^From an event: see the event's outcomes/ }).waitFor();
  assert.equal(await page.getByRole('link', { name: /^From an event/ }).getAttribute('href'), outcomesPath);

  // Edit: a responsible person, and an indicator whose measurement lacks its date.
  await page.getByRole('link', { name: 'Edit the action' }).click();
  await page.getByRole('heading', { level: 1, name: `Edit: ${shareMap}` }).waitFor();
  const responsible = page.getByRole('group', { name: /^Responsible/ });
  await responsible.getByLabel('Find a person by name').fill('Åsa');
  await responsible.getByLabel('Find a person by name').press('Enter');
  await responsible.getByRole('button', { name: 'Add Åsa Lindqvist' }).click();
  await responsible.getByRole('button', { name: 'Remove Åsa Lindqvist' }).waitFor();
  await page.getByRole('button', { name: 'Add an indicator' }).click();
  assert.equal(await focusedId(page), 'field-indicators[0].name', 'focus goes to the new indicator');
  await page.keyboard.type('Countries that have the map');
  await page.getByRole('button', { name: 'Add a measurement to indicator 1' }).click();
  assert.equal(await focusedId(page), 'field-indicators[0].measurements[0].date');
  await page.locator('[id="field-indicators[0].measurements[0].value"]').fill('1');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('#error-summary').waitFor();
  const dateField = page.locator('[id="field-indicators[0].measurements[0].date"]');
  assert.equal(await dateField.getAttribute('aria-invalid'), 'true');
  const summaryLink = page.locator('#error-summary').getByRole('link', { name: /^Indicator 1, measurement 1: Date: / });
  assert.equal(await summaryLink.getAttribute('href'), '#field-indicators[0].measurements[0].date');
  assert.match(await page.locator(`[id="${await dateField.getAttribute('aria-describedby')}"]`).innerText(), /required/);
  await scan(page, 'action form with a field error', problems);
  await page.setViewportSize(phone);
  await noSidewaysScroll(page, 'the action form');
  await scan(page, 'action form at 360 px', problems);
  await page.setViewportSize({ width: 1280, height: 900 });

  await dateField.fill('2027-01-15');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(new RegExp(`/actions/${promotedId}$`));
  await page.getByRole('heading', { level: 1, name: shareMap }).waitFor();
  await page.locator('dl.details').getByRole('link', { name: 'Åsa Lindqvist' }).waitFor();
  await page.getByRole('img', { name: 'Measurements of Countries that have the map over time' }).waitFor();
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('the board’s filters are held in the URL and find the overdue and the stalled demo action', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/actions');
  await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
  const all = await boardTitles(page);
  assert.ok(all.includes(overdueTitle) && all.includes(stalledTitle) && all.includes(measured), `the board lists the demo actions: ${all}`);
  await scan(page, 'board (table)', problems);
  await page.screenshot({ path: join(screenshotDir, 'actions-board.png'), fullPage: true });

  const filters = page.getByRole('search', { name: 'Filter the actions' });
  await filters.getByRole('checkbox', { name: 'Overdue' }).check();
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL((url) => url.searchParams.get('overdue') === 'true');
  // The count of the whole list stays on screen until the filtered list has come.
  await page.getByRole('status').filter({ hasText: /^Actions: / }).filter({ hasNotText: new RegExp(`^Actions: ${all.length}$`) }).waitFor();
  const overdue = await boardTitles(page);
  assert.ok(overdue.includes(overdueTitle), `the overdue filter shows the overdue action: ${overdue}`);
  assert.ok(!overdue.includes(stalledTitle) && !overdue.includes(measured), `and not the others: ${overdue}`);
  const row = page.locator('tbody tr').filter({ has: page.getByRole('link', { name: overdueTitle }) });
  await row.getByText('Overdue', { exact: true }).waitFor();

  // Back to the URL alone: a fresh page with ?stalled=true has the box ticked and the stalled action.
  await page.goto('/actions?stalled=true');
  await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
  assert.ok(await filters.getByRole('checkbox', { name: 'Stalled' }).isChecked());
  const stalled = await boardTitles(page);
  assert.deepEqual(stalled, [stalledTitle]);
  await page.locator('tbody tr').getByText('Stalled', { exact: true }).waitFor();

  // A person: Åsa Lindqvist carries out the overdue action and the promoted one.
  await filters.getByRole('checkbox', { name: 'Stalled' }).uncheck();
  const person = filters.getByRole('group', { name: /^Person/ });
  await person.getByLabel('Find a person by name').fill('Åsa');
  await person.getByLabel('Find a person by name').press('Enter');
  await person.getByRole('button', { name: 'Choose Åsa Lindqvist' }).click();
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL((url) => url.searchParams.has('person_id') && !url.searchParams.has('stalled'));
  await page.getByRole('status').filter({ hasText: /^Actions: 2$/ }).waitFor();
  assert.deepEqual((await boardTitles(page)).sort(), [overdueTitle, shareMap].sort());
  await scan(page, 'board filtered by a person', problems);

  await page.setViewportSize(phone);
  await page.goto('/actions');
  await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
  await noSidewaysScroll(page, 'the board (table)');
  await scan(page, 'board (table) at 360 px', problems);
  await page.getByRole('button', { name: 'In columns by status' }).click();
  await page.waitForURL((url) => url.searchParams.get('view') === 'columns');
  await page.getByRole('heading', { level: 2, name: /^In progress/ }).waitFor();
  await noSidewaysScroll(page, 'the board (columns)');
  await scan(page, 'board (columns) at 360 px', problems);
  await page.screenshot({ path: join(screenshotDir, 'actions-board-phone.png'), fullPage: true });
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('an action moves to another status column with the keyboard alone', async () => {
  assert.ok(promotedId, 'the first test made the action');
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/actions?view=columns');
  await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
  const proposed = page.getByRole('region', { name: /^Proposed/ });
  await proposed.getByRole('link', { name: shareMap }).waitFor();
  await scan(page, 'board (columns)', problems);

  // From the page's heading, Tab to the action's "Move to", choose Agreed, Tab to Move, Enter.
  const moveId = `move-${promotedId}`;
  await page.locator('#page-title').focus();
  for (let i = 0; i < 200 && (await focusedId(page)) !== moveId; i++) await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), moveId, 'Tab reaches the action’s Move to');
  await page.keyboard.press('ArrowDown');
  if ((await page.locator(`#${moveId}`).inputValue()) !== 'agreed') await page.keyboard.type('Agreed');
  assert.equal(await page.locator(`#${moveId}`).inputValue(), 'agreed');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  const agreed = page.getByRole('region', { name: /^Agreed/ });
  await agreed.getByRole('link', { name: shareMap }).waitFor();
  assert.equal(await proposed.getByRole('link', { name: shareMap }).count(), 0, 'it left the Proposed column');
  await page.locator('#board-said').filter({ hasText: `Moved “${shareMap}” to Agreed.` }).waitFor({ state: 'attached' });
  await page.waitForFunction((id) => document.activeElement?.id === id, moveId);
  assert.ok(await agreed.locator(`#${moveId}`).count(), 'focus followed it to the Agreed column');
  // Its next steps now start from Agreed.
  const options = await page.locator(`#${moveId} option`).allTextContents();
  assert.deepEqual(options, ['Choose…', 'In progress', 'Dropped']);
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('an action shows its timeline, its indicator as a chart and a table, and takes an update', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/actions');
  await page.getByRole('link', { name: measured }).click();
  await page.getByRole('heading', { level: 1, name: measured }).waitFor();
  const details = page.locator('dl.details');
  await details.getByRole('link', { name: 'Publish a guide to first contact for municipalities' }).waitFor();
  await details.getByRole('link', { name: overdueTitle }).waitFor();
  await details.getByRole('link', { name: 'Access to services: first contact within a week' }).waitFor();

  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByText('Created as Proposed').waitFor();
  await timeline.getByText('Status changed from Agreed to In progress').waitFor();
  await timeline.getByText('Progress changed from 0% to 15%').waitFor();

  const chart = page.getByRole('img', { name: `Measurements of ${indicator} over time` });
  await chart.waitFor();
  const description = await chart.evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby')).textContent);
  assert.match(description, /^2 measurements from .+ to .+: first 4 regions, latest 7 regions\. Baseline 4 regions\. Target 21 regions\. The aim is to increase\.$/);
  const table = page.getByRole('region', { name: `Measurements of ${indicator}` });
  assert.deepEqual(await table.locator('tbody td:first-of-type').allTextContents(), ['4', '7']);
  await table.getByText('Before the programme').waitFor();
  await scan(page, 'action page', problems);
  await page.screenshot({ path: join(screenshotDir, 'action-page.png'), fullPage: true });

  // Nothing to change: the server names the note; then a new progress with a note.
  const update = page.getByRole('region', { name: 'Record progress' });
  await update.getByRole('button', { name: 'Save the update' }).click();
  await page.locator('#error-summary').getByRole('link', { name: /^Note: give a new status, a new progress or a note$/ }).waitFor();
  assert.equal(await page.locator('#field-note').getAttribute('aria-invalid'), 'true');
  await scan(page, 'action page with an update error', problems);
  await update.getByLabel(/^Progress in per cent/).fill('30');
  await update.getByLabel(/^Note/).fill('Eleven regions report now.');
  await update.getByRole('button', { name: 'Save the update' }).click();
  await update.getByText('The update is saved. Status: In progress.').waitFor();
  await timeline.getByText('Progress changed from 15% to 30%').waitFor();
  await timeline.getByText('Eleven regions report now.').waitFor();
  assert.equal(await page.locator('#field-note').getAttribute('aria-invalid'), null);

  await page.setViewportSize(phone);
  await noSidewaysScroll(page, 'the action page');
  await scan(page, 'action page at 360 px', problems);

  // The plans, and the theme's plan with its actions in the board's table.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/action-plans');
  await page.getByRole('heading', { level: 1, name: 'Action plans' }).waitFor();
  const plans = page.getByRole('region', { name: 'Action plans' });
  const planRow = plans.locator('tbody tr').filter({ has: page.getByRole('link', { name: 'Access to services: first contact within a week' }) });
  assert.equal((await planRow.locator('td').nth(2).textContent()).trim(), '2');
  await scan(page, 'plans', problems);
  await page.getByRole('button', { name: 'Create the plan' }).click();
  await page.locator('#field-theme[aria-invalid="true"]').waitFor();
  await scan(page, 'plans with the new plan’s errors', problems);
  await planRow.getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: 'Access to services: first contact within a week' }).waitFor();
  await page.getByRole('region', { name: 'The plan\'s actions' }).getByRole('link', { name: measured }).waitFor();
  await scan(page, 'plan page', problems);
  await page.setViewportSize(phone);
  await noSidewaysScroll(page, 'the plan page');
  await page.goto('/action-plans');
  await page.getByRole('heading', { level: 1, name: 'Action plans' }).waitFor();
  await noSidewaysScroll(page, 'the plans');
  await scan(page, 'plans at 360 px', problems);
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('My work: an account that stands for nobody is told so; once linked, the person updates their action', async () => {
  const problems = [];
  const page = await h.newPage({ viewport: phone });
  await login(page, 'participant', '/my-work');
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  assert.deepEqual(await nav.getByRole('link').allTextContents(), ['My work', 'Library', 'My data']);
  await page.getByRole('heading', { level: 2, name: 'No open actions' }).waitFor();
  await page.getByText(/your account may not be linked to a person in the register yet/).waitFor();
  await noSidewaysScroll(page, 'My work (empty)');
  await scan(page, 'my work, empty, at 360 px', problems);

  // A facilitator can be told for certain.
  const facilitator = await h.newPage();
  await login(facilitator, 'facilitator', '/my-work');
  await facilitator.getByRole('heading', { level: 2, name: 'Your account is not linked to a person' }).waitFor();
  await facilitator.context().close();

  // An administrator links the participant's account to Åsa Lindqvist.
  const admin = await h.newPage();
  await login(admin, 'admin', '/users');
  const csrf = (await (await admin.request.get('/api/v1/session')).json()).csrf_token;
  const people = await (await admin.request.get('/api/v1/people?q=%C3%85sa%20Lindqvist')).json();
  const asa = people.items.find((p) => p.name === 'Åsa Lindqvist');
  const users = await (await admin.request.get('/api/v1/users')).json();
  const participant = users.items.find((u) => u.name === 'participant');
  const linked = await admin.request.patch(`/api/v1/users/${participant.id}`, { data: { person_id: asa.id }, headers: { 'X-CSRF-Token': csrf, 'If-Match': `"${participant.version}"` } });
  assert.equal(linked.status(), 200, await linked.text());
  await admin.context().close();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
  const mine = page.getByRole('list', { name: 'My work' });
  await mine.getByRole('link', { name: overdueTitle }).waitFor();
  await mine.getByRole('link', { name: shareMap }).waitFor();
  await mine.getByText('Overdue', { exact: true }).waitFor();
  await scan(page, 'my work at 360 px', problems);
  await page.screenshot({ path: join(screenshotDir, 'my-work-phone.png'), fullPage: true });

  // The participant records progress on the action they carry out.
  await mine.getByRole('link', { name: overdueTitle }).click();
  await page.getByRole('heading', { level: 1, name: overdueTitle }).waitFor();
  await page.getByRole('link', { name: 'Back to My work' }).waitFor();
  const update = page.getByRole('region', { name: 'Record progress' });
  await update.getByLabel(/^Progress in per cent/).fill('70');
  await update.getByLabel(/^Note/).fill('Twelve regions have answered.');
  await update.getByRole('button', { name: 'Save the update' }).click();
  await update.getByText('The update is saved. Status: In progress.').waitFor();
  await page.getByRole('region', { name: 'Timeline' }).getByText('by participant').waitFor();
  await noSidewaysScroll(page, 'the action page for a participant');
  await scan(page, 'action page for a participant at 360 px', problems);
  // An action that does not involve them stays closed.
  const other = await page.request.get(`/api/v1/actions?status=done`);
  assert.equal(other.status(), 403, 'participants do not read the board');
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('in Swedish, the board, an action, the plans and My work have no accessibility problems', async () => {
  const problems = [];
  const page = await h.newPage({ locale: 'sv-SE' });
  await login(page, 'coordinator', '/actions');
  await page.getByRole('heading', { level: 1, name: 'Åtgärder' }).waitFor();
  const filters = page.getByRole('search', { name: 'Filtrera åtgärderna' });
  await filters.getByRole('checkbox', { name: 'Försenade' }).check();
  await filters.getByRole('button', { name: 'Filtrera' }).click();
  await page.waitForURL((url) => url.searchParams.get('overdue') === 'true');
  await page.locator('tbody tr').getByText('Försenad', { exact: true }).first().waitFor();
  await scan(page, 'board (sv)', problems);
  await page.getByRole('button', { name: 'I kolumner efter status' }).click();
  await page.getByRole('heading', { level: 2, name: /^Pågår/ }).waitFor();
  await scan(page, 'board in columns (sv)', problems);
  await page.goto('/actions?stalled=true');
  await page.locator('tbody tr').getByText('Har stannat av', { exact: true }).waitFor();
  await page.getByRole('link', { name: stalledTitle }).click();
  await page.getByRole('heading', { level: 1, name: stalledTitle }).waitFor();
  await page.getByRole('region', { name: 'Tidslinje' }).getByText('Skapad som Föreslagen').waitFor();
  await scan(page, 'action page (sv)', problems);
  await page.goto('/action-plans');
  await page.getByRole('heading', { level: 1, name: 'Handlingsplaner' }).waitFor();
  await scan(page, 'plans (sv)', problems);
  await page.getByRole('link', { name: 'Access to services: first contact within a week' }).click();
  await page.getByRole('heading', { level: 1, name: 'Access to services: first contact within a week' }).waitFor();
  await page.getByRole('link', { name: measured }).click();
  await page.getByRole('img', { name: `Mätningar av ${indicator} över tid` }).waitFor();
  await scan(page, 'action with an indicator (sv)', problems);
  await page.goto('/my-work');
  await page.getByRole('heading', { level: 1, name: 'Mitt arbete' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Ditt konto är inte kopplat till en person' }).waitFor();
  await scan(page, 'my work (sv)', problems);
  await page.setViewportSize(phone);
  await page.goto('/actions?view=columns');
  await page.getByRole('heading', { level: 2, name: /^Pågår/ }).waitFor();
  await noSidewaysScroll(page, 'the board in Swedish');
  await scan(page, 'board at 360 px (sv)', problems);
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});
