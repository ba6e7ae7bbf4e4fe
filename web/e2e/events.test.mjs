// End-to-end: workshops and policy dialogues in real Chromium against a real samla on a fresh
// database with the demo programme. The tests run in order and build on each other: a
// facilitator meets the readiness gate on the demo workshop, validates the missing lesson,
// opens the workshop, selects people under quotas and sends the invitations; a participant
// answers through the RSVP link from the outbox on a phone, without an account; the tracker
// shows the answer, check-in marks attendance, and a decline proposes someone from the waitlist.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { login, screenshotDir, startHarness } from './support/harness.mjs';
import { noSidewaysScroll } from './support/page.mjs';

const workshopTitle = 'Workshop: co-produced stigma reduction';
const heading = (page) => page.getByRole('heading', { level: 1 });

let h;
let eventPath;
// The participant who answers through the link: name and RSVP path, from the outbox.
let participant;
let rsvpPath;
// A second link, for the accessibility scans of the RSVP page.
let otherRsvpPath;
// How many invitations were sent (everyone chosen who has an e-mail address).
let sent;

before(async () => {
  h = await startHarness();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => h?.stop());

async function openWorkshop(page) {
  await page.goto('/events');
  await page.getByRole('link', { name: workshopTitle }).click();
  await page.waitForURL(/\/events\/\d+$/);
  await heading(page).filter({ hasText: workshopTitle }).waitFor();
  eventPath = new URL(page.url()).pathname;
}

// Fills quota row `n` (1-based): its kind, then the key, count or share it needs.
async function quota(page, n, kind, { key, count, share } = {}) {
  await page.getByRole('button', { name: 'Add a quota' }).click();
  const row = page.getByRole('group', { name: `Quota ${n}`, exact: true });
  await row.getByLabel(/^Kind of quota/).selectOption(kind);
  if (key) await row.getByLabel(/^(Country group|Perspective|Sector)/).selectOption(key);
  if (count !== undefined) await row.getByLabel(/^(Number of people|Largest number)/).fill(String(count));
  if (share !== undefined) await row.getByLabel(/^Share/).fill(String(share));
}

// Moves the workshop to today in its own time zone, through the API, as the logged-in page.
async function moveToToday(page) {
  const { csrf_token: csrf } = await (await page.request.get('/api/v1/session')).json();
  const url = `/api/v1${eventPath}`;
  const got = await page.request.get(url);
  // What the event answers beyond what it takes: its status and how the gate was passed.
  const { status, readiness_override, ...event } = await got.json();
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: event.time_zone }).format(new Date());
  const put = await page.request.put(url, {
    headers: { 'X-CSRF-Token': csrf, 'If-Match': got.headers().etag },
    data: { ...event, starts_at: `${today}T00:00`, ends_at: `${today}T23:59` },
  });
  assert.equal(put.status(), 200, await put.text());
}

test('a facilitator meets the readiness gate, validates the missing lesson and opens the workshop', async () => {
  const page = await h.newPage();
  await login(page, 'facilitator');
  await openWorkshop(page);
  await page.getByText('Status: Designed').waitFor();
  await page.getByRole('button', { name: 'Open for invitations' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Not ready to open yet' });
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /Stigma reduction/);
  assert.doesNotMatch(await refusal.innerText(), /Mental health promotion/, 'that theme has a validated lesson');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'readiness-refusal');
  // Only administrators may open anyway.
  assert.equal(await page.getByRole('button', { name: 'Open anyway' }).count(), 0);

  await refusal.getByRole('link', { name: 'lessons on Stigma reduction' }).click();
  await page.waitForURL(/\/lessons\?theme=stigma_reduction$/);
  await heading(page).filter({ hasText: 'Lessons learned' }).waitFor();
  const lessons = page.getByRole('region', { name: 'Lessons learned' });
  await lessons.getByRole('cell', { name: 'Identified' }).waitFor();
  assert.equal(await lessons.getByRole('cell', { name: 'Validated' }).count(), 0);
  await lessons.getByRole('button', { name: /^Validate:/ }).click();
  await page.getByRole('status').filter({ hasText: /^Validated:/ }).waitFor();
  await lessons.getByRole('cell', { name: 'Validated' }).waitFor();

  await page.goBack();
  await heading(page).filter({ hasText: workshopTitle }).waitFor();
  await page.getByRole('button', { name: 'Open for invitations' }).click();
  await page.getByRole('status').filter({ hasText: 'The event is now: Open for invitations.' }).waitFor();
  await page.getByRole('button', { name: 'Mark as held' }).waitFor();

  // The event as iCalendar, in its own time zone.
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download calendar file/ }).click()]);
  const text = await readFile(await ics.path(), 'utf8');
  assert.match(text, /^BEGIN:VCALENDAR/);
  assert.match(text, /DTSTART;TZID=Europe\/Stockholm:20270216T100000/);
  await page.context().close();
});

test('a facilitator is not offered a lived-experience quota; a coordinator selects under quotas, reads the explanations, then proposes and sends the invitations', async () => {
  // Who has lived experience is special-category data: a lived-experience quota would let a
  // facilitator test it person by person, so only those who may see it are offered one.
  const facilitator = await h.newPage();
  await login(facilitator, 'facilitator', `${eventPath}/selection`);
  await heading(facilitator).filter({ hasText: `Selection: ${workshopTitle}` }).waitFor();
  await facilitator.getByRole('button', { name: 'Add a quota' }).click();
  const kinds = await facilitator.getByLabel(/^Kind of quota/).locator('option').allInnerTexts();
  assert.ok(kinds.length >= 4, `quota kinds offered: ${kinds}`);
  assert.ok(!kinds.some((k) => /lived experience/i.test(k)), `a facilitator is offered: ${kinds}`);
  await facilitator.context().close();

  const page = await h.newPage();
  await login(page, 'coordinator', `${eventPath}/selection`);
  await heading(page).filter({ hasText: `Selection: ${workshopTitle}` }).waitFor();

  // Too few seats for every associated country and two researchers: the quotas conflict.
  await quota(page, 1, 'country_min', { key: 'associated_countries', count: 1 });
  await quota(page, 2, 'perspective_min', { key: 'researcher', count: 2 });
  await quota(page, 3, 'lived_experience_share', { share: 25 });
  await quota(page, 4, 'organisation_max', { count: 1 });
  await page.getByLabel(/^Seats/).fill('4');
  await page.getByRole('button', { name: 'Choose people' }).click();
  const conflict = page.getByRole('heading', { name: 'The quotas conflict' });
  await conflict.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'selection-result-heading');
  assert.match(await page.getByRole('status').filter({ hasText: 'people chosen' }).innerText(), /4 people chosen\. \d+ quota rows are missed/);
  assert.match(await page.locator('.alert-error').filter({ has: conflict }).innerText(), /short \(\d+ chosen\)/);

  // The event's capacity: every quota holds.
  await page.getByLabel(/^Seats/).fill('12');
  await page.getByRole('button', { name: 'Choose people' }).click();
  await page.getByRole('status').filter({ hasText: '12 people chosen. Every quota is met.' }).waitFor();
  const quotas = page.getByRole('region', { name: 'How well each quota is met' });
  const met = await quotas.locator('tbody tr td:last-child').allInnerTexts();
  assert.ok(met.length >= 9, `expected a row per associated country and more, got ${met.length}`);
  assert.deepEqual([...new Set(met)], ['Yes']);
  await quotas.getByRole('cell', { name: 'at least 1 from Ukraine' }).waitFor();
  await quotas.getByRole('cell', { name: 'at least 3 with lived experience' }).waitFor();
  const chosen = page.getByRole('region', { name: 'Chosen people and why' });
  assert.equal(await chosen.locator('tbody tr').count(), 12);
  const ukraine = chosen.locator('tbody tr').filter({ hasText: 'at least 1 from Ukraine' });
  assert.match(await ukraine.innerText(), /relevance \d\.\d/);
  // A coordinator may see who fills the lived-experience row (a facilitator never is told: see below).
  assert.ok((await chosen.getByText('at least 3 with lived experience').count()) > 0);
  await page.screenshot({ path: join(screenshotDir, 'selection.png'), fullPage: true });
  // Both runs are kept.
  await page.getByRole('region', { name: 'Earlier selections' }).locator('tbody tr').nth(1).waitFor();

  await page.getByRole('button', { name: 'Propose these people' }).click();
  await page.getByRole('status').filter({ hasText: '12 people proposed as invitations.' }).waitFor();
  await page.getByRole('link', { name: 'Go to the invitations' }).click();
  await heading(page).filter({ hasText: `Invitations: ${workshopTitle}` }).waitFor();
  await page.getByText('Proposed, not yet sent: 12').waitFor();
  // Everyone proposed is sent at once; someone without an e-mail address is left out and named.
  const rows = page.getByRole('region', { name: 'Invitations', exact: true }).locator('tbody tr');
  const withoutEmail = rows.filter({ hasText: 'No e-mail address' });
  const unreachable = await withoutEmail.count();
  const unreachableName = unreachable > 0 ? await withoutEmail.first().locator('td a').innerText() : '';
  sent = 12 - unreachable;
  await page.getByRole('button', { name: 'Send all proposed' }).click();
  const done = page.getByRole('status').filter({ hasText: `${sent} invitations sent; the messages are in the outbox.` });
  await done.waitFor();
  if (unreachable > 0) assert.match(await done.innerText(), new RegExp(`Not sent, for want of an e-mail address: .*${unreachableName}`));
  await page.getByText(`Proposed, not yet sent: ${unreachable}`).waitFor();
  await page.context().close();
});

test('a participant answers through the link from the outbox, on a phone, without logging in', async () => {
  // A facilitator reads the outbox with every personal link masked: a working link would let
  // them answer in the invitee's name and read their access needs.
  const reader = await h.newPage();
  await login(reader, 'facilitator', '/outbox');
  await heading(reader).filter({ hasText: 'Outbox' }).waitFor();
  const first = reader.locator('tbody tr').first();
  await first.getByRole('button', { name: /^Show message to / }).click();
  const masked = await first.locator('pre').innerText();
  assert.match(masked, /\[personal link – only administrators and coordinators see it\]|\[personlig länk/);
  assert.doesNotMatch(masked, /\/rsvp#/);
  await reader.context().close();

  const planner = await h.newPage();
  await login(planner, 'coordinator', '/outbox');
  await heading(planner).filter({ hasText: 'Outbox' }).waitFor();
  await planner.getByRole('status').filter({ hasText: `Messages: ${sent}` }).waitFor();
  // Someone written to in English.
  const row = planner.locator('tbody tr').filter({ has: planner.getByRole('cell', { name: 'English', exact: true }) }).first();
  const name = (await row.locator('td').first().innerText()).split('\n')[0].trim();
  await row.getByRole('button', { name: `Show message to ${name}` }).click();
  const body = await row.locator('pre').innerText();
  assert.match(body, /Workshop: co-produced stigma reduction/);
  rsvpPath = /\/rsvp#[A-Za-z0-9_-]+/.exec(body)?.[0];
  assert.ok(rsvpPath, `no RSVP link in:\n${body}`);
  participant = name;
  const second = planner.locator('tbody tr').filter({ hasNotText: name }).first();
  await second.getByRole('button', { name: /^Show message to / }).click();
  otherRsvpPath = /\/rsvp#[A-Za-z0-9_-]+/.exec(await second.locator('pre').innerText())?.[0];
  assert.ok(otherRsvpPath);
  // The whole outbox as mbox.
  const [mbox] = await Promise.all([planner.waitForEvent('download'), planner.getByRole('link', { name: 'Download all (mbox)' }).click()]);
  assert.match(await readFile(await mbox.path(), 'utf8'), /^From /);
  await planner.context().close();

  const phone = await h.newPage({ viewport: { width: 360, height: 740 } });
  await phone.goto(rsvpPath);
  await heading(phone).filter({ hasText: `Invitation: ${workshopTitle}` }).waitFor();
  await phone.getByText(`Hello ${participant}`).waitFor();
  await phone.getByText(/Tuesday,? 16 February 2027,? 10:00–16:00 \(Europe\/Stockholm\)/).waitFor();
  assert.equal(await phone.getByRole('navigation', { name: 'Main' }).count(), 0, 'no logged-in shell');
  await noSidewaysScroll(phone, 'the RSVP page');

  await phone.getByRole('radio', { name: 'Yes, I will take part' }).check();
  await phone.getByLabel(/^Interpretation/).selectOption('sv');
  await phone.getByLabel(/^Access needs/).fill('Wheelchair space near the door');
  await phone.getByRole('button', { name: 'Send my answer' }).click();
  // Access needs without consent are refused in the browser, beside the box; and the workshop
  // is hybrid, so whoever comes says how.
  await phone.locator('#field-access_needs_consent .field-error').waitFor();
  await phone.locator('#field-attendance_mode .field-error').waitFor();
  await phone.getByRole('radio', { name: 'In person' }).check();
  await phone.getByRole('checkbox', { name: /I agree that my access needs are kept/ }).check();
  await phone.getByRole('button', { name: 'Send my answer' }).click();
  await phone.getByRole('heading', { name: 'Thank you – your answer is saved' }).waitFor();
  await phone.getByText('You answered: Yes, I will take part.').waitFor();
  await phone.getByText('Interpretation into Swedish.').waitFor();
  await phone.getByText('You will take part in person.').waitFor();
  await noSidewaysScroll(phone, 'the RSVP confirmation');
  await phone.screenshot({ path: join(screenshotDir, 'rsvp-phone.png'), fullPage: true });
  const [ics] = await Promise.all([phone.waitForEvent('download'), phone.getByRole('button', { name: 'Add to my calendar (.ics)' }).click()]);
  assert.match(await readFile(await ics.path(), 'utf8'), /ATTENDEE.*PARTSTAT=ACCEPTED/s);

  // A made-up link says so.
  await phone.goto('/rsvp#not-a-real-token');
  await phone.getByRole('alert').filter({ hasText: 'This link does not work.' }).waitFor();
  await phone.context().close();
});

test('the tracker shows the answer, access needs only to coordinators, the .ics, check-in and the waitlist', async () => {
  const coordinator = await h.newPage();
  await login(coordinator, 'coordinator', `${eventPath}/invitations`);
  const row = coordinator.locator('tbody tr').filter({ has: coordinator.getByRole('link', { name: participant, exact: true }) });
  await row.waitFor();
  assert.match(await row.innerText(), /Accepted/);
  assert.match(await row.innerText(), /Wheelchair space near the door/);
  const interpretation = coordinator.locator('.summary-list div').filter({ hasText: 'Accepted, needing interpretation' });
  assert.match(await interpretation.locator('dd').innerText(), /^Swedish: 1$/);
  assert.equal(await coordinator.locator('.summary-list div').filter({ hasText: 'Answered with access needs' }).locator('dd').innerText(), '1');
  const [ics] = await Promise.all([coordinator.waitForEvent('download'), row.getByRole('link', { name: `Calendar file for ${participant}` }).click()]);
  const text = await readFile(await ics.path(), 'utf8');
  assert.match(text, /^BEGIN:VCALENDAR/);
  assert.match(text, /TZID:Europe\/Stockholm/);
  await coordinator.screenshot({ path: join(screenshotDir, 'invitations.png'), fullPage: true });

  // A reminder to those who have not answered: not within a day of sending, when the
  // invitation's own link may still wait in the outbox; the page says so and by whom.
  const waiting = Number(/\d+/.exec(await coordinator.getByText(/^Invited, not yet answered: \d+$/).innerText())[0]);
  assert.ok(waiting > 0);
  await coordinator.getByRole('button', { name: 'Remind those who have not answered' }).click();
  const notYet = coordinator.getByRole('status').filter({ hasText: 'Not reminded, as they were sent the invitation or a reminder in the last 20 hours' });
  await notYet.waitFor();
  assert.match(await notYet.innerText(), /^0 reminders sent/);

  // Someone declines by phone: the waitlist proposes the next best person who keeps the quotas.
  const proposedBefore = Number(/\d+/.exec(await coordinator.getByText(/^Proposed, not yet sent: \d+$/).innerText())[0]);
  const other = coordinator.locator('tbody tr').filter({ hasText: /Invited/ }).first();
  const otherName = await other.locator('td a').first().innerText();
  await other.getByLabel(`New status for ${otherName}`, { exact: true }).selectOption('declined');
  await other.getByRole('button', { name: `Record the new status for ${otherName}` }).click();
  await coordinator.getByRole('status').filter({ hasText: `${otherName}: Declined.` }).waitFor();
  await coordinator.getByText(`Waitlist: in place of ${otherName}`).waitFor();
  await coordinator.getByText(`Proposed, not yet sent: ${proposedBefore + 1}`).waitFor();
  // Attendance is recorded from the day an event starts: the workshop moves to today.
  await moveToToday(coordinator);
  await coordinator.context().close();

  const facilitator = await h.newPage();
  await login(facilitator, 'facilitator', `${eventPath}/invitations`);
  const hidden = facilitator.locator('tbody tr').filter({ has: facilitator.getByRole('link', { name: participant, exact: true }) });
  await hidden.waitFor();
  assert.match(await hidden.innerText(), /Hidden \(only coordinators see access needs\)/);
  assert.doesNotMatch(await hidden.innerText(), /Wheelchair/);
  // Nor do the invitations' explanations say who filled the lived-experience quota.
  assert.equal(await facilitator.getByText(/with lived experience/).count(), 0);

  await facilitator.getByRole('link', { name: 'Check-in' }).click();
  await heading(facilitator).filter({ hasText: `Check-in: ${workshopTitle}` }).waitFor();
  await facilitator.getByLabel('Find by name or organisation').fill(participant.split(' ')[0]);
  await facilitator.getByRole('button', { name: `Attended: ${participant}` }).click();
  await facilitator.getByRole('status').filter({ hasText: `${participant}: Attended.` }).waitFor();
  await facilitator.goto(`${eventPath}/invitations`);
  assert.match(await facilitator.locator('tbody tr').filter({ has: facilitator.getByRole('link', { name: participant, exact: true }) }).innerText(), /Attended/);
  await facilitator.context().close();
});

test('an observer reads events and lessons but plans nothing and has no outbox', async () => {
  const page = await h.newPage();
  await login(page, 'observer', '/events');
  await page.getByRole('link', { name: workshopTitle }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Lessons learned' }).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'Outbox' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'New event' }).count(), 0);
  await page.goto(eventPath);
  await page.locator('dl.details').getByText('Working languages', { exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Mark as held' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Check-in' }).count(), 0);
  await page.getByRole('heading', { name: 'Agenda' }).waitFor();
  // Who is coming, read without the tracker: the participant who accepted in person.
  const coming = page.getByRole('region', { name: 'Those coming, with their organisation' });
  assert.match(await coming.locator('tbody tr').filter({ hasText: participant }).innerText(), /In person/);
  assert.equal(await page.getByRole('link', { name: 'Edit the design' }).count(), 0);
  const problems = [];
  await scan(page, 'event read by an observer', problems);
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
  await page.goto('/lessons');
  await page.locator('tbody tr').first().waitFor();
  assert.equal(await page.getByRole('button', { name: /^Validate/ }).count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'New lesson' }).count(), 0);
  await page.goto('/outbox');
  await heading(page).filter({ hasText: 'Not allowed' }).waitFor();
  assert.equal((await page.request.get('/api/v1/outbox')).status(), 403);
  await page.context().close();
});

test('check-in works 360 px wide without sideways scrolling', async () => {
  const page = await h.newPage({ viewport: { width: 360, height: 740 } });
  await login(page, 'facilitator', `${eventPath}/check-in`);
  await page.getByRole('button', { name: /^Attended: / }).first().waitFor();
  await noSidewaysScroll(page, 'check-in');
  const box = await page.getByRole('button', { name: /^Attended: / }).first().boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, `check-in buttons are large targets (${box.width}×${box.height})`);
  await page.screenshot({ path: join(screenshotDir, 'check-in-phone.png'), fullPage: false });
  await page.context().close();
});

for (const [lang, locale] of [
  ['en', 'en-GB'],
  ['sv', 'sv-SE'],
]) {
  test(`no axe violations on the events pages in ${lang === 'en' ? 'English' : 'Swedish'}`, async () => {
    const en = lang === 'en';
    const page = await h.newPage({ locale });
    const problems = [];
    await login(page, 'admin', '/events');
    await page.locator('tbody a').first().waitFor();
    await scan(page, 'events', problems);
    await page.goto('/events/new');
    await scan(page, 'new event', problems);
    await page.getByRole('button', { name: en ? 'Add an agenda item' : 'Lägg till en punkt' }).click();
    await page.getByRole('button', { name: en ? 'Create the event' : 'Skapa evenemanget' }).click();
    await page.locator('#error-summary').waitFor();
    await scan(page, 'new event with errors', problems);
    await page.goto(eventPath);
    await page.locator('#coming-heading').waitFor();
    await page.locator('#coming-heading ~ p').first().waitFor();
    await scan(page, 'event page', problems);
    if (en) await page.screenshot({ path: join(screenshotDir, 'event.png'), fullPage: true });
    await page.goto(`${eventPath}/edit`);
    await page.locator('#agenda-heading').waitFor();
    await scan(page, 'event planner', problems);
    await page.goto(`${eventPath}/selection`);
    await page.locator('tbody button').first().click();
    await page.locator('#selection-result-heading').waitFor();
    await scan(page, 'selection with result', problems);
    await page.goto(`${eventPath}/invitations`);
    await page.locator('tbody a').first().waitFor();
    await scan(page, 'invitations', problems);
    await page.goto(`${eventPath}/check-in`);
    await page.locator('.check-in-list').waitFor();
    await scan(page, 'check-in', problems);
    await page.goto('/lessons');
    await page.locator('tbody tr').first().waitFor();
    await scan(page, 'lessons', problems);
    await page.goto('/outbox');
    await page.locator('tbody button').first().click();
    await page.locator('pre.message-body').waitFor();
    await scan(page, 'outbox with a message open', problems);
    // A designed workshop refused by the gate, as an admin (the override form too).
    await page.goto('/events/new');
    await page.getByLabel(en ? /^Title/ : /^Titel/).fill('Gate check');
    await page.getByRole('checkbox', { name: en ? 'Digital health' : 'Digital hälsa' }).check();
    await page.getByLabel(en ? /^Venue/ : /^Plats/).fill('Malmö');
    await page.getByLabel(en ? /^Starts/ : /^Börjar/).fill('2027-05-04T09:00');
    await page.getByLabel(en ? /^Ends/ : /^Slutar/).fill('2027-05-04T12:00');
    await page.getByRole('button', { name: en ? 'Create the event' : 'Skapa evenemanget' }).click();
    await page.waitForURL(/\/events\/\d+$/);
    await page.getByRole('button', { name: en ? 'Mark as designed' : 'Markera som planerat' }).click();
    await page.getByRole('button', { name: en ? 'Open for invitations' : 'Öppna för inbjudningar' }).click();
    await page.locator('#readiness-refusal').waitFor();
    await page.getByRole('button', { name: en ? 'Open anyway' : 'Öppna ändå' }).click();
    await page.locator('#field-override_reason[aria-invalid="true"]').waitFor();
    await scan(page, 'readiness refusal with the override form', problems);
    await page.context().close();

    const phone = await h.newPage({ locale, viewport: { width: 360, height: 740 } });
    await phone.goto(otherRsvpPath);
    await phone.locator('#rsvp-form-heading, #rsvp-answer-heading').first().waitFor();
    // The page opens in the invitation's language; switch to the one under test.
    if ((await phone.evaluate(() => document.documentElement.lang)) !== lang) await phone.getByRole('button', { name: en ? 'English' : 'Svenska' }).click();
    await phone.waitForFunction((l) => document.documentElement.lang === l, lang);
    await scan(phone, 'RSVP page at 360 px', problems);
    const change = phone.getByRole('button', { name: /^(Change my answer|Ändra mitt svar)$/ });
    if (await change.count()) await change.click();
    await phone.getByLabel(/^(Access needs|Tillgänglighetsbehov)/).fill('Quiet room');
    await phone.getByRole('button', { name: /^(Send my answer|Skicka mitt svar)$/ }).click();
    await phone.locator('#error-summary').waitFor();
    await scan(phone, 'RSVP form with errors at 360 px', problems);
    await phone.goto('/rsvp#wrong');
    await phone.getByRole('alert').waitFor();
    await scan(phone, 'RSVP wrong link', problems);
    await phone.context().close();
    assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
  });
}
