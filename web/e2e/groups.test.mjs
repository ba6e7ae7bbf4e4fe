// End-to-end: follow-up groups in real Chromium against a real samla on a fresh database with
// the demo programme, which has the working group "Working group on first contact" (five
// members, two deliverables, two meetings held and one planned) and the advocacy campaign
// "Campaign: talk about it". A coordinator reads the working group's page (members,
// deliverables, meetings with links to the event pages), adds a member found by name and a
// deliverable (whose missing title is named at its field first), plans a meeting (whose end
// before its start is named at its field first), and makes, fetches and revokes the calendar
// feed on My work; makes a plan for the group, which the plans name by the group, and finds its
// action on the board filtered by the group, in the CSV download too. Axe finds nothing on the
// list, a group's page, the edit form with errors, My work, the group's plan and the board
// filtered by the group, in English and Swedish; at 360 px nothing scrolls sideways.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { login, screenshotDir, startHarness } from './support/harness.mjs';
import { noSidewaysScroll, settled } from './support/page.mjs';

const working = 'Working group on first contact';
const campaign = 'Campaign: talk about it';
const deliverable = 'Final report to the steering group';
const planTitle = 'Follow-up of the working group';
const groupAction = "Write the group's checklist for a first contact";
const phone = { width: 360, height: 740 };

let h;
before(async () => {
  h = await startHarness();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => h?.stop());

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

// Shared by the tests, which run in order.
let groupPath;

test('a coordinator reads the working group’s page: members, deliverables and meetings', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/groups');
  await page.getByRole('heading', { level: 1, name: 'Follow-up groups' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Groups', exact: true }).waitFor();
  const table = page.getByRole('region', { name: 'Follow-up groups' });
  const row = table.locator('tbody tr').filter({ has: page.getByRole('link', { name: working }) });
  // The list answers after the heading: read the row only once it is there.
  await row.waitFor();
  const cells = await row.locator('td').allTextContents();
  assert.deepEqual([cells[1], cells[3], cells[4]], ['Working group', '5', '3'], `kind, members now and meetings: ${cells}`);
  assert.ok(cells[2] && cells[2] !== '–', `the lead is named: ${cells}`);
  await table.locator('tbody tr').filter({ has: page.getByRole('link', { name: campaign }) }).getByText('Advocacy campaign').waitFor();
  await scan(page, 'groups list', problems);
  await page.screenshot({ path: join(screenshotDir, 'groups-list.png'), fullPage: true });

  await row.getByRole('link', { name: working }).click();
  await page.waitForURL(/\/groups\/\d+$/);
  groupPath = new URL(page.url()).pathname;
  await page.getByRole('heading', { level: 1, name: working }).waitFor();
  await settled(page);
  const members = page.getByRole('region', { name: 'Members' });
  const current = members.getByRole('region', { name: 'Current members (5)' });
  assert.equal(await current.locator('tbody tr').count(), 5);
  await current.getByRole('cell', { name: 'Chair', exact: true }).waitFor();
  await current.getByRole('cell', { name: 'Secretariat', exact: true }).waitFor();
  const deliverables = page.getByRole('region', { name: 'Deliverables' });
  await deliverables.getByRole('cell', { name: "A map of the regions' first-contact routes" }).waitFor();
  assert.deepEqual(await deliverables.locator('tbody tr td:last-child').allTextContents(), ['In progress', 'Planned']);

  const meetings = page.getByRole('region', { name: 'Meetings', exact: true });
  await meetings.getByText('Meetings held: 2. Planned: 1.').waitFor();
  const held = meetings.getByRole('list', { name: 'Held meetings' });
  assert.equal(await held.locator(':scope > li').count(), 2);
  const planned = meetings.getByRole('list', { name: 'Planned meetings' });
  const third = planned.getByRole('link', { name: `${working}: meeting 3`, exact: true });
  assert.match(await third.getAttribute('href'), /^\/events\/\d+$/);
  const invitations = held.getByRole('link', { name: `Invitations and attendance: ${working}: meeting 1` });
  assert.match(await invitations.getAttribute('href'), /^\/events\/\d+\/invitations$/);
  assert.match(await held.getByRole('link', { name: `Check-in: ${working}: meeting 1` }).getAttribute('href'), /^\/events\/\d+\/check-in$/);
  await page.getByRole('region', { name: "The group's action plans" }).getByText('The group has no action plan yet.').waitFor();
  await scan(page, 'group page', problems);
  await page.screenshot({ path: join(screenshotDir, 'group-page.png'), fullPage: true });

  // The held meeting's invitations are the events capability's page.
  await invitations.click();
  await page.waitForURL(/\/events\/\d+\/invitations$/);
  await page.getByRole('heading', { level: 1, name: new RegExp(`${working}: meeting 1`) }).waitFor();

  await page.setViewportSize(phone);
  await page.goto(groupPath);
  await page.getByRole('heading', { level: 1, name: working }).waitFor();
  await settled(page);
  await noSidewaysScroll(page, 'the group page');
  await scan(page, 'group page at 360 px', problems);
  await page.goto('/groups');
  await page.getByRole('heading', { level: 1, name: 'Follow-up groups' }).waitFor();
  await settled(page);
  await noSidewaysScroll(page, 'the groups list');
  await scan(page, 'groups list at 360 px', problems);
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('a coordinator adds a member and a deliverable, and plans a meeting', async () => {
  assert.ok(groupPath, 'the first test found the group');
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', groupPath);
  await page.getByRole('heading', { level: 1, name: working }).waitFor();

  // Someone in the register who is not a member yet.
  const groupId = Number(groupPath.split('/').pop());
  const group = await (await page.request.get(`/api/v1/groups/${groupId}`)).json();
  const people = await (await page.request.get('/api/v1/people?limit=50&sort=name')).json();
  const newcomer = people.items.find((p) => !group.members.some((m) => m.person_id === p.id));
  assert.ok(newcomer, 'the demo has someone who is not a member');
  const deliverableIds = group.deliverables.map((d) => d.id);

  await page.getByRole('link', { name: 'Edit the group' }).click();
  await page.getByRole('heading', { level: 1, name: `Edit: ${working}` }).waitFor();
  const add = page.getByRole('group', { name: 'Add a member' });
  await add.getByLabel('Find a person by name').fill(newcomer.name);
  await add.getByLabel('Find a person by name').press('Enter');
  await add.getByRole('button', { name: `Add ${newcomer.name}` }).click();
  assert.equal(await focusedId(page), 'field-members[5].role', 'focus goes to the new member’s role');
  await page.getByRole('group', { name: `Member 6: ${newcomer.name}` }).waitFor();

  await page.getByRole('button', { name: 'Add a deliverable' }).click();
  assert.equal(await focusedId(page), 'field-deliverables[2].title', 'focus goes to the new deliverable’s title');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('#error-summary').waitFor();
  const title = page.locator('[id="field-deliverables[2].title"]');
  assert.equal(await title.getAttribute('aria-invalid'), 'true');
  const link = page.locator('#error-summary').getByRole('link', { name: /^Deliverable 3: Deliverable: / });
  assert.equal(await link.getAttribute('href'), '#field-deliverables[2].title');
  await scan(page, 'group form with a field error', problems);
  await page.setViewportSize(phone);
  await noSidewaysScroll(page, 'the group form');
  await scan(page, 'group form at 360 px', problems);
  await page.setViewportSize({ width: 1280, height: 900 });

  await title.fill(deliverable);
  await page.locator('[id="field-deliverables[2].due_date"]').fill('2099-06-30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(new RegExp(`${groupPath}$`));
  await page.getByRole('heading', { level: 1, name: working }).waitFor();
  const current = page.getByRole('region', { name: 'Current members (6)' });
  await current.getByRole('link', { name: newcomer.name }).waitFor();
  await page.getByRole('region', { name: 'Deliverables' }).getByRole('cell', { name: deliverable }).waitFor();
  // The deliverables kept their ids.
  const saved = await (await page.request.get(`/api/v1/groups/${groupId}`)).json();
  assert.deepEqual(saved.deliverables.slice(0, 2).map((d) => d.id), deliverableIds);
  assert.equal(saved.deliverables.length, 3);

  // Plan a meeting: an end before the start is named at its field, then it is planned.
  const form = page.getByRole('region', { name: 'Plan a meeting' });
  assert.equal(await form.getByLabel(/^Title/).inputValue(), `${working}: meeting 4`);
  await form.getByLabel(/^Starts/).fill('2099-03-10T10:00');
  await form.getByLabel(/^Ends/).fill('2099-03-10T09:00');
  await form.getByLabel(/^Meeting link/).fill('https://meet.example.org/samla-demo/first-contact');
  await form.getByRole('button', { name: 'Plan the meeting' }).click();
  await page.locator('[id="field-meeting.ends_at"][aria-invalid="true"]').waitFor();
  await scan(page, 'group page with a meeting error', problems);
  await form.getByLabel(/^Ends/).fill('2099-03-10T12:00');
  await form.getByRole('button', { name: 'Plan the meeting' }).click();
  const plannedLink = page.locator('#planned-meeting-link');
  await plannedLink.waitFor();
  assert.equal(await focusedId(page), 'planned-meeting-link', 'focus moves to the new meeting');
  assert.equal(await plannedLink.textContent(), `${working}: meeting 4`);
  const meetings = page.getByRole('region', { name: 'Meetings', exact: true });
  await meetings.getByText('Meetings held: 2. Planned: 2.').waitFor();
  await meetings.getByRole('list', { name: 'Planned meetings' }).getByRole('link', { name: `${working}: meeting 4`, exact: true }).waitFor();
  await scan(page, 'group page after planning a meeting', problems);
  const listed = await (await page.request.get(`/api/v1/groups/${groupId}/meetings`)).json();
  const made = listed.items.find((e) => e.title === `${working}: meeting 4`);
  assert.equal(made.type, 'group_meeting');
  assert.equal(made.time_zone, 'Europe/Stockholm');
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('My work: the calendar feed’s address is shown once, answers, and stops when revoked', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/my-work');
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
  const feed = page.getByRole('region', { name: 'Calendar feed' });
  await feed.getByText(/Anyone who has the address sees your due dates and meetings/).waitFor();
  await feed.getByRole('button', { name: 'Make a calendar address' }).click();
  const address = feed.getByLabel('Your calendar address');
  await address.waitFor();
  assert.equal(await focusedId(page), 'calendar-feed-address', 'focus goes to the address');
  const url = await address.inputValue();
  assert.match(url, new RegExp(`^${h.baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/api/v1/calendar/[^/]+\\.ics$`));
  await scan(page, 'my work with the calendar address', problems);
  const ics = await page.request.get(url);
  assert.equal(ics.status(), 200);
  assert.match(await ics.text(), /^BEGIN:VCALENDAR/);

  await feed.getByRole('button', { name: 'Revoke the address' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Revoke the calendar address?' });
  await dialog.waitFor();
  await scan(page, 'revoking the calendar address', problems);
  await dialog.getByRole('button', { name: 'Revoke the address' }).click();
  await feed.getByText('The calendar address no longer works.').waitFor();
  assert.equal(await address.count(), 0);
  assert.equal((await page.request.get(url)).status(), 404);

  await page.setViewportSize(phone);
  await feed.getByRole('button', { name: 'Make a calendar address' }).click();
  await address.waitFor();
  await noSidewaysScroll(page, 'My work with the calendar address');
  await scan(page, 'my work with the calendar address at 360 px', problems);
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('a plan of the group is named by the group, and the board and its download filter by the group', async () => {
  assert.ok(groupPath, 'the first test found the group');
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', groupPath);
  await page.getByRole('heading', { level: 1, name: working }).waitFor();
  await settled(page);
  const groupId = Number(groupPath.split('/').pop());
  const plans = page.getByRole('region', { name: "The group's action plans" });
  await plans.getByLabel(/^Plan title/).fill(planTitle);
  await plans.getByRole('button', { name: 'Create the plan' }).click();
  await page.waitForURL(/\/action-plans\/\d+$/);
  const planId = Number(page.url().split('/').pop());
  await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
  const owner = page.locator('dl.details dd').first();
  await owner.getByRole('link', { name: working }).waitFor();
  assert.equal(await owner.innerText(), `The follow-up group ${working}`);
  assert.equal(await owner.getByRole('link').getAttribute('href'), groupPath);
  await scan(page, 'plan of a group', problems);

  // An action in the plan, through the API.
  const csrf = (await (await page.request.get('/api/v1/session')).json()).csrf_token;
  const organisations = await (await page.request.get('/api/v1/organisations?q=Folkh%C3%A4lsomyndigheten')).json();
  const made = await page.request.post('/api/v1/actions', {
    data: { plan_id: planId, title: groupAction, accountable: { organisation_id: organisations.items[0].id } },
    headers: { 'X-CSRF-Token': csrf },
  });
  assert.equal(made.status(), 201, await made.text());

  await page.goto('/action-plans');
  await page.getByRole('heading', { level: 1, name: 'Action plans' }).waitFor();
  const row = page.getByRole('region', { name: 'Action plans' }).locator('tbody tr').filter({ has: page.getByRole('link', { name: planTitle }) });
  await row.getByRole('link', { name: working }).waitFor();
  assert.equal((await row.locator('td').nth(1).innerText()).trim(), `The follow-up group ${working}`);

  // The board: the group's filter goes into the URL and the downloads.
  await page.goto('/actions');
  await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
  await settled(page);
  const filters = page.getByRole('search', { name: 'Filter the actions' });
  await filters.getByLabel('Follow-up group').selectOption({ label: working });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL((url) => url.searchParams.get('group_id') === String(groupId));
  await page.getByRole('status').filter({ hasText: /^Actions: 1$/ }).waitFor();
  assert.deepEqual(await page.getByRole('region', { name: 'Actions', exact: true }).locator('tbody tr td:first-child a').allTextContents(), [groupAction]);
  const csv = page.getByRole('link', { name: 'CSV', exact: true });
  assert.equal(await csv.getAttribute('href'), `/api/v1/actions/export?group_id=${groupId}&format=csv`);
  const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
  const text = await readFile(await download.path(), 'utf8');
  assert.ok(text.includes(groupAction), `the download holds the group's action:\n${text}`);
  assert.equal(text.trim().split('\n').length, 2, `and only it:\n${text}`);
  await scan(page, 'board filtered by a group', problems);
  await page.setViewportSize(phone);
  await noSidewaysScroll(page, 'the board filtered by a group');
  await scan(page, 'board filtered by a group at 360 px', problems);
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('in Swedish, the groups list, a group’s page and its form have no accessibility problems', async () => {
  const problems = [];
  const page = await h.newPage({ locale: 'sv-SE' });
  await login(page, 'coordinator', '/groups');
  await page.getByRole('heading', { level: 1, name: 'Uppföljningsgrupper' }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Grupper', exact: true }).waitFor();
  await page.getByRole('cell', { name: 'Arbetsgrupp', exact: true }).waitFor();
  await page.getByRole('cell', { name: 'Påverkanskampanj', exact: true }).waitFor();
  await scan(page, 'groups list (sv)', problems);
  await page.getByRole('link', { name: working }).click();
  await page.getByRole('heading', { level: 1, name: working }).waitFor();
  await settled(page);
  await page.getByRole('region', { name: 'Medlemmar' }).getByRole('cell', { name: 'Ordförande', exact: true }).waitFor();
  await page.getByRole('region', { name: 'Medlemmar' }).getByRole('cell', { name: 'Sekreterare', exact: true }).waitFor();
  await page.getByRole('region', { name: 'Leveranser' }).getByRole('cell', { name: 'Pågår', exact: true }).waitFor();
  await page.getByRole('region', { name: 'Möten', exact: true }).getByRole('list', { name: 'Hållna möten' }).waitFor();
  await page.getByRole('region', { name: 'Planera ett möte' }).waitFor();
  await scan(page, 'group page (sv)', problems);
  await page.getByRole('link', { name: 'Ändra gruppen' }).click();
  await page.getByRole('heading', { level: 1, name: `Ändra: ${working}` }).waitFor();
  await page.getByRole('group', { name: 'Lägg till en medlem' }).waitFor();
  await scan(page, 'group form (sv)', problems);
  await page.goto('/groups');
  await page.getByRole('link', { name: campaign }).click();
  await page.getByRole('heading', { level: 1, name: campaign }).waitFor();
  await settled(page);
  await page.getByText('Inget möte är planerat.').waitFor();
  await page.setViewportSize(phone);
  await noSidewaysScroll(page, 'the campaign page in Swedish');
  await scan(page, 'campaign page at 360 px (sv)', problems);
  await page.goto('/groups/new');
  await page.getByRole('heading', { level: 1, name: 'Ny grupp' }).waitFor();
  await noSidewaysScroll(page, 'the new group form in Swedish');
  await scan(page, 'new group form at 360 px (sv)', problems);
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});
