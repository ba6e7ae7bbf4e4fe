// End-to-end: a live session in real Chromium against a real samla on the demo programme. A
// coordinator sets up a workshop held today with two invitations (through the API); the
// facilitator starts a session from the event's page, adds activities in the console, and opens
// them one after another. Three participants join in their own browsers: one through the QR
// code's link on a 360 px phone, one typing the code in Swedish, one through the RSVP page's
// "Join the live session" with their personal link (attendance recorded). They send ideas and
// upvote; the facilitator gathers an idea into a group and promotes it to the event's outcomes;
// the presenter view shows a new idea without a reload. A poll's results show once three have
// answered; a ranking is sent with the move buttons. One participant is cut off (socket closed,
// browser offline) while the facilitator moves on to the statements, and catches up on
// reconnecting. Four more participants vote through the API, so the opinion groups form: the
// console and the presenter show the map, the consensus statement is promoted to the key
// insights. Closing the session tells the participants. Axe finds nothing on the join form, the
// participant's activities, the sessions list, the console and the presenter view.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { login, screenshotDir, startHarness } from './support/harness.mjs';
import { noSidewaysScroll, settled } from './support/page.mjs';

const eventTitle = 'Workshop: first contact, live';
const sessionTitle = 'Morning session on first contact';
const people = ['Liv Deltagarsson', 'Kai Närvarosson'];
const ideaOne = 'A named contact person in every school';
const ideaTwo = 'Drop-in hours at the health centre';
const ideaThree = 'Peer supporters at the first visit';
const statements = ['Schools should screen every pupil', 'Waiting lists are the main barrier', 'People with lived experience should co-design services'];
const phone = { width: 360, height: 740 };
const dotItems = ['Training for receptionists', 'A shared phone line'];

let h;
before(async () => {
  h = await startHarness();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => h?.stop());

// The API as the logged-in page: JSON, the CSRF token on writes, a success checked.
async function apiAs(page) {
  const { csrf_token: csrf } = await (await page.request.get('/api/v1/session')).json();
  return async (method, url, data, headers = {}) => {
    const r = await page.request.fetch(url, { method, headers: { 'X-CSRF-Token': csrf, ...headers }, data });
    assert.ok(r.ok(), `${method} ${url}: ${r.status()} ${await r.text()}`);
    return r.json();
  };
}

// A participant through the plain API (no browser): join, then answer with the token.
async function apiParticipant(request, code) {
  const joined = await request.post('/api/v1/live/join', { data: { code } });
  assert.ok(joined.ok(), `join: ${joined.status()} ${await joined.text()}`);
  const { participant_token: token } = await joined.json();
  return async (answer) => {
    const r = await request.post('/api/v1/live/me/answers', { data: answer, headers: { 'X-Live-Token': token } });
    assert.ok(r.ok(), `answer: ${r.status()} ${await r.text()}`);
  };
}

// Shared by the tests, which run in order.
let eventId;
let rsvpPath;
let facilitator;
let api;
let sessionId;
let code;
const participants = {};
// The participant who is cut off: its sockets, and whether new ones are refused.
const cut = { on: false, sockets: [] };

const activityId = async (title) => {
  const state = await api('GET', `/api/v1/live/${sessionId}`);
  const a = state.activities.find((x) => x.title === title);
  assert.ok(a, `no activity ${title}`);
  return a;
};
const panel = (title) => facilitator.getByRole('region', { name: new RegExp(`^${title.replace(/[?()]/g, '\\$&')}`) });
const heading2 = (page, name) => page.getByRole('heading', { level: 2, name, exact: true });
// The connection's line (shown, not a live region: only a lasting change is announced).
const connected = (page) => page.locator('.live-status').filter({ hasText: /^\W*Connected$/ });
// What the participant's page has sent, as the server has it.
const mine = async (page, title) => {
  const { token } = JSON.parse(await page.evaluate(() => sessionStorage.getItem('samla.live.participant')));
  const r = await page.request.get('/api/v1/live/me', { headers: { 'X-Live-Token': token } });
  assert.ok(r.ok(), `me: ${r.status()}`);
  const a = (await r.json()).activities.find((x) => x.title === title);
  assert.ok(a, `no activity ${title}`);
  return a.my_answer;
};
const focusedLabel = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);

test('a coordinator prepares a workshop held today, with two people invited', async () => {
  const page = await h.newPage();
  await login(page, 'facilitator', '/');
  const facilitatorId = (await (await page.request.get('/api/v1/session')).json()).user.id;
  await page.context().close();

  const coordinator = await h.newPage();
  await login(coordinator, 'coordinator', '/events');
  const capi = await apiAs(coordinator);
  const ids = [];
  for (const [i, name] of people.entries()) ids.push((await capi('POST', '/api/v1/people', { name, email: `live-${i}@example.org`, country: 'SE', languages: ['en'] })).id);
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const event = await capi('POST', '/api/v1/events', {
    title: eventTitle, type: 'thematic_workshop', format: 'in_person', venue: 'Malmö', capacity: 20, time_zone: 'Europe/Stockholm',
    starts_at: `${today}T00:00`, ends_at: `${today}T23:59`, themes: ['mental_health_promotion'], facilitator_user_ids: [facilitatorId],
  });
  eventId = event.id;
  let version = event.version;
  for (const to of ['designed', 'open_for_invitations']) version = (await capi('POST', `/api/v1/events/${eventId}/transitions`, { to }, { 'If-Match': `"${version}"` })).version;
  await capi('POST', `/api/v1/events/${eventId}/invitations`, { person_ids: ids });
  await capi('POST', `/api/v1/events/${eventId}/invitations/send`, {});
  const { items } = await (await coordinator.request.get('/api/v1/outbox')).json();
  const message = items.find((m) => m.event_id === eventId && m.to_name === people[0]);
  rsvpPath = /\/rsvp#[A-Za-z0-9_-]+/.exec(message?.body ?? '')?.[0];
  assert.ok(rsvpPath, `no RSVP link in ${JSON.stringify(message)}`);
  await coordinator.context().close();
});

test('the facilitator starts a session from the event’s page and adds activities in the console', async () => {
  const problems = [];
  facilitator = await h.newPage();
  await login(facilitator, 'facilitator', `/events/${eventId}`);
  api = await apiAs(facilitator);
  await facilitator.getByRole('heading', { level: 1, name: eventTitle }).waitFor();
  // In the menu among the events' pages.
  const nav = facilitator.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Events' });
  assert.deepEqual((await nav.getByRole('link').allTextContents()).slice(0, 2), ['Events', 'Live sessions']);
  await facilitator.getByRole('link', { name: 'Start a live session' }).click();
  await facilitator.getByRole('heading', { level: 1, name: 'Live sessions' }).waitFor();
  await settled(facilitator);
  // The event is chosen; an empty title is named beside its field.
  const eventField = facilitator.getByLabel('Event', { exact: true });
  await facilitator.waitForFunction((id) => document.querySelector('#field-event_id')?.value === String(id), eventId);
  await facilitator.getByRole('button', { name: 'Start the session' }).click();
  await facilitator.locator('#field-title[aria-invalid="true"]').waitFor();
  await scan(facilitator, 'live sessions with an error', problems);
  assert.equal(await eventField.inputValue(), String(eventId));
  await facilitator.getByLabel('Title', { exact: false }).first().fill(sessionTitle);
  await facilitator.getByRole('button', { name: 'Start the session' }).click();
  await facilitator.waitForURL(/\/live\/sessions\/\d+$/);
  sessionId = Number(new URL(facilitator.url()).pathname.split('/').pop());
  await facilitator.getByRole('heading', { level: 1, name: sessionTitle }).waitFor();
  await facilitator.locator('.live-status').filter({ hasText: /^\W*Connected$/ }).waitFor();
  code = (await api('GET', `/api/v1/live/${sessionId}`)).session.code;
  assert.match(code, /^[A-HJ-NP-Z2-9]{6}$/);
  await facilitator.getByText(`/live?code=${code}`).waitFor();
  await facilitator.getByText('0 joined').waitFor();
  const qr = facilitator.getByRole('img', { name: /^QR code that opens / });
  await facilitator.waitForFunction(() => document.querySelector('img.live-qr')?.naturalWidth > 0);
  assert.match(await qr.getAttribute('alt'), new RegExp(`/live\\?code=${code}$`));

  // An ideas board.
  const form = facilitator.getByRole('region', { name: 'Add an activity' });
  await form.getByLabel('Question or task').fill('What would make first contact easier?');
  await form.getByRole('button', { name: 'Add the activity' }).click();
  await panel('What would make first contact easier?').waitFor();
  // A single-choice poll whose missing options are named beside the field first.
  await form.getByRole('radio', { name: 'Poll' }).check();
  await form.getByLabel('Question or task').fill('Where should we start?');
  await form.getByRole('button', { name: 'Add the activity' }).click();
  await form.locator('#field-options[aria-invalid="true"]').waitFor();
  await scan(facilitator, 'console with an error', problems);
  await form.getByLabel('Options').fill('Schools\nPrimary care\nSocial services');
  await form.getByRole('button', { name: 'Add the activity' }).click();
  await panel('Where should we start?').waitFor();
  // A ranking.
  await form.getByLabel('Type of poll').selectOption('ranking');
  await form.getByLabel('Question or task').fill('Rank these first steps');
  await form.getByLabel('Options').fill('Training\nFunding\nA shared register');
  await form.getByRole('button', { name: 'Add the activity' }).click();
  await panel('Rank these first steps').waitFor();
  // A scale.
  await form.getByLabel('Type of poll').selectOption('scale');
  await form.getByLabel('Question or task').fill('How ready is your team?');
  await form.getByRole('button', { name: 'Add the activity' }).click();
  await panel('How ready is your team?').waitFor();
  // Dot voting: three dots each on two items.
  await form.getByRole('radio', { name: 'Dot voting' }).check();
  await form.getByLabel('Question or task').fill('Where should the money go?');
  await form.getByLabel('Dots per participant').fill('3');
  await form.getByRole('button', { name: 'Add the activity' }).click();
  const dotsPanel = panel('Where should the money go?');
  await dotsPanel.waitFor();
  for (const item of dotItems) {
    await dotsPanel.getByLabel('Add an item to vote on').fill(item);
    await dotsPanel.getByRole('button', { name: 'Add', exact: true }).click();
    await dotsPanel.getByText(item).first().waitFor();
  }
  // Statements, and three of them.
  await form.getByRole('radio', { name: 'Statements' }).check();
  await form.getByLabel('Question or task').fill('Agree or disagree');
  await form.getByRole('button', { name: 'Add the activity' }).click();
  const statementsPanel = panel('Agree or disagree');
  await statementsPanel.waitFor();
  for (const s of statements) {
    await statementsPanel.getByLabel('Add a statement').fill(s);
    await statementsPanel.getByRole('button', { name: 'Add', exact: true }).click();
    await statementsPanel.getByRole('rowheader', { name: s }).waitFor();
  }
  // A timer.
  await form.getByRole('radio', { name: 'Timer' }).check();
  await form.getByLabel('Question or task').fill('Discuss in pairs');
  await form.getByLabel('Length in seconds').fill('90');
  await form.getByRole('button', { name: 'Add the activity' }).click();
  await panel('Discuss in pairs').getByText('Runs for 1:30 once opened.').waitFor();
  await scan(facilitator, 'console', problems);
  await facilitator.screenshot({ path: join(screenshotDir, 'live-console.png'), fullPage: true });
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('three participants join: by the QR code’s link on a phone, by typing the code in Swedish, and through the RSVP page', async () => {
  const problems = [];
  // The QR code's link, on a phone.
  const p1 = await h.newPage({ viewport: phone });
  await p1.goto(`/live?code=${code}`);
  await p1.getByRole('heading', { level: 1, name: 'Live session' }).waitFor();
  assert.equal(await p1.getByLabel(/^Code/).inputValue(), code);
  await p1.getByText(/Leave it empty to take part anonymously/).waitFor();
  await scan(p1, 'participant join form', problems);
  await noSidewaysScroll(p1, 'the join form');
  await p1.getByRole('button', { name: 'Join' }).click();
  await p1.getByRole('heading', { level: 1, name: sessionTitle }).waitFor();
  await connected(p1).waitFor();
  await p1.getByText('Waiting for the facilitator to open the first activity …').waitFor();
  participants.p1 = p1;

  // Typing the code, in Swedish: a wrong code is named beside the field first.
  const p2 = await h.newPage({ locale: 'sv-SE' });
  await p2.goto('/live');
  await p2.getByLabel(/^Kod/).fill('zzzzzz');
  await p2.getByRole('button', { name: 'Gå med' }).click();
  await p2.locator('#field-code-error').filter({ hasText: 'Koden öppnar ingen session.' }).waitFor();
  await scan(p2, 'participant join form with an error (sv)', problems);
  await p2.getByLabel(/^Kod/).fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
  await p2.getByLabel(/^Ditt namn/).fill('Sam');
  await p2.getByRole('button', { name: 'Gå med' }).click();
  await p2.getByRole('heading', { level: 1, name: sessionTitle }).waitFor();
  await p2.getByText('Väntar på att samtalsledaren öppnar den första aktiviteten …').waitFor();
  participants.p2 = p2;

  // Through the personal link: the RSVP page offers the session. Its socket can be cut later.
  const p3 = await h.newPage({ viewport: phone });
  await p3.routeWebSocket(/\/api\/v1\/live\/ws/, (ws) => {
    if (cut.on) {
      ws.close();
      return;
    }
    ws.connectToServer();
    cut.sockets.push(ws);
  });
  await p3.goto(rsvpPath);
  await p3.getByRole('heading', { level: 2, name: 'Live session now' }).waitFor();
  await p3.getByRole('button', { name: 'Join the live session' }).click();
  await p3.waitForURL(/\/live\?code=/);
  await p3.getByText(/You join with your personal invitation link/).waitFor();
  await p3.getByRole('button', { name: 'Join' }).click();
  await p3.getByRole('heading', { level: 1, name: sessionTitle }).waitFor();
  await p3.getByText('You joined with your invitation: your attendance at the event is recorded.').waitFor();
  participants.p3 = p3;
  const invitations = await api('GET', `/api/v1/events/${eventId}/invitations`);
  const attended = invitations.items.find((i) => i.person_name === people[0]);
  assert.equal(attended?.status, 'attended', JSON.stringify(attended));

  // The console counts them as they come.
  await facilitator.getByText('3 joined').waitFor();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('ideas: sent, upvoted, gathered into a group and promoted to the event’s outcomes; the presenter view follows live', async () => {
  const problems = [];
  const { p1, p2, p3 } = participants;
  const ideas = panel('What would make first contact easier?');
  await ideas.getByRole('button', { name: 'Open: What would make first contact easier?' }).click();
  // Each participant sees it without a reload.
  for (const p of [p1, p3]) await heading2(p, 'What would make first contact easier?').waitFor();
  await heading2(p2, 'What would make first contact easier?').waitFor();

  await p1.getByLabel('Your idea or question').fill(ideaOne);
  await p1.getByRole('button', { name: 'Send', exact: true }).click();
  await p1.getByRole('status').filter({ hasText: 'Sent: it is on the board.' }).waitFor();
  await p2.getByLabel('Din idé eller fråga').fill(ideaTwo);
  await p2.getByRole('button', { name: 'Skicka', exact: true }).click();
  await p2.getByRole('status').filter({ hasText: 'Skickat: det finns nu på tavlan.' }).waitFor();
  // Upvoting another's idea.
  const upvote = p3.getByRole('button', { name: new RegExp(`^Upvote: ${ideaOne}`) });
  await upvote.click();
  await p3.getByRole('button', { name: new RegExp(`^Upvote: ${ideaOne} \\(upvotes: 1\\)`), pressed: true }).waitFor();
  await p1.getByText('Yours').waitFor();
  await scan(p3, 'participant ideas board', problems);
  await noSidewaysScroll(p3, 'the ideas board at 360 px');
  await p3.screenshot({ path: join(screenshotDir, 'live-participant-ideas.png'), fullPage: true });

  // The presenter view: the ideas with their upvotes, and a new one appears without a reload.
  const presenter = await facilitator.context().newPage();
  await presenter.goto(`/live/sessions/${sessionId}/present`);
  await presenter.getByRole('heading', { level: 2, name: 'What would make first contact easier?' }).waitFor();
  await presenter.getByRole('listitem').filter({ hasText: ideaOne }).getByText('upvotes: 1').waitFor();
  assert.equal(await presenter.getByRole('navigation', { name: 'Main' }).count(), 0, 'no navigation on the big screen');
  await presenter.locator('.live-code').filter({ hasText: code }).waitFor();
  await p1.getByLabel('Your idea or question').fill(ideaThree);
  await p1.getByRole('button', { name: 'Send', exact: true }).click();
  await presenter.getByRole('listitem').filter({ hasText: ideaThree }).waitFor();
  await scan(presenter, 'presenter view with ideas', problems);
  await presenter.screenshot({ path: join(screenshotDir, 'live-presenter.png') });

  // The facilitator gathers an idea into a group, which participants see.
  await ideas.getByLabel("New group's title").fill('Access');
  await ideas.getByRole('button', { name: 'Add the group' }).click();
  const row = ideas.getByRole('listitem').filter({ has: facilitator.locator('.live-idea-text', { hasText: ideaTwo }) });
  await row.getByLabel(`Group for \u201c${ideaTwo}\u201d`).selectOption({ label: 'Access' });
  await row.getByRole('button', { name: 'Put in group' }).click();
  await p2.getByText('Grupp: Access').waitFor();

  // Promoted to the event's outcomes.
  const first = ideas.getByRole('listitem').filter({ has: facilitator.locator('.live-idea-text', { hasText: ideaOne }) });
  await first.getByRole('button', { name: `Promote: ${ideaOne}` }).click();
  const promoteForm = facilitator.getByRole('form', { name: `Promote: ${ideaOne}` });
  await promoteForm.getByLabel('Into').selectOption('outcome');
  await promoteForm.getByRole('button', { name: 'Promote' }).click();
  await first.locator('.badge', { hasText: 'Promoted to outcomes' }).waitFor();
  const outcomes = await api('GET', `/api/v1/events/${eventId}/outcomes`);
  assert.ok(
    outcomes.items.some((o) => o.kind === 'outcome' && o.text.includes(ideaOne)),
    `the outcome is in the event's record: ${JSON.stringify(outcomes.items.map((o) => [o.kind, o.text]))}`,
  );
  await scan(facilitator, 'console with ideas and a promotion', problems);
  await presenter.close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('a poll shows its results once three have answered; a ranking is sent with the move buttons', async () => {
  const problems = [];
  const { p1, p2, p3 } = participants;
  await panel('What would make first contact easier?').getByRole('button', { name: 'Close: What would make first contact easier?' }).click();
  await panel('Where should we start?').getByRole('button', { name: 'Open: Where should we start?' }).click();
  for (const p of [p1, p2, p3]) await heading2(p, 'Where should we start?').waitFor();
  await p1.getByLabel('Primary care').check();
  await p1.getByRole('button', { name: 'Send my answer' }).click();
  await p1.getByRole('status').filter({ hasText: 'Your answer is recorded.' }).waitFor();
  await p1.getByText('Results are shown when at least three people have answered.').waitFor();
  assert.deepEqual((await mine(p1, 'Where should we start?')).choices, [1]);
  await p2.getByLabel('Primary care').check();
  await p2.getByRole('button', { name: 'Skicka mitt svar' }).click();
  await p2.getByRole('status').filter({ hasText: 'Ditt svar är registrerat.' }).waitFor();
  await p3.getByLabel('Schools').check();
  await p3.getByRole('button', { name: 'Send my answer' }).click();
  // The third answer lifts the "fewer than three": everyone sees the table, numbers written out.
  const table = p1.getByRole('table', { name: 'Answers: Where should we start?' });
  await table.getByRole('row', { name: /Primary care 2 \(67 %\)/ }).waitFor();
  await p1.getByText('3 answered').waitFor();
  await scan(p1, 'participant poll with results', problems);
  await noSidewaysScroll(p1, 'the poll at 360 px');

  await panel('Where should we start?').getByRole('button', { name: 'Close: Where should we start?' }).click();
  await panel('Rank these first steps').getByRole('button', { name: 'Open: Rank these first steps' }).click();
  await heading2(p1, 'Rank these first steps').waitFor();
  await p1.getByRole('button', { name: 'Move up: A shared register' }).click();
  // Focus follows the option to its new place.
  await p1.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Move up: A shared register');
  await p1.keyboard.press('Enter');
  assert.deepEqual(await p1.locator('.live-rank-text').allTextContents(), ['A shared register', 'Training', 'Funding']);
  // At the top, where moving up can do no more, focus is on moving down.
  await p1.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Move down: A shared register');
  await p1.getByRole('button', { name: 'Send my answer' }).click();
  await p1.getByRole('status').filter({ hasText: 'Your answer is recorded.' }).waitFor();
  // Options are numbered from 0 in the order the facilitator wrote them: Training, Funding, A shared register.
  assert.deepEqual((await mine(p1, 'Rank these first steps')).choices, [2, 0, 1]);
  const ranking = await activityId('Rank these first steps');
  assert.equal(ranking.results.respondents, 1);
  await scan(p1, 'participant ranking', problems);
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('a scale is answered, and dots are placed within the budget', async () => {
  const problems = [];
  const { p1, p2 } = participants;
  await panel('Rank these first steps').getByRole('button', { name: 'Close: Rank these first steps' }).click();
  await panel('How ready is your team?').getByRole('button', { name: 'Open: How ready is your team?' }).click();
  await heading2(p1, 'How ready is your team?').waitFor();
  await p1.getByRole('radio', { name: '4', exact: true }).check();
  await p1.getByRole('button', { name: 'Send my answer' }).click();
  await p1.getByRole('status').filter({ hasText: 'Your answer is recorded.' }).waitFor();
  assert.equal((await mine(p1, 'How ready is your team?')).value, 4);
  await heading2(p2, 'How ready is your team?').waitFor();
  await p2.getByRole('radio', { name: '5 – högst' }).check();
  await p2.getByRole('button', { name: 'Skicka mitt svar' }).click();
  await p2.getByRole('status').filter({ hasText: 'Ditt svar är registrerat.' }).waitFor();
  assert.equal((await mine(p2, 'How ready is your team?')).value, 5);
  await scan(p1, 'participant scale', problems);

  await panel('How ready is your team?').getByRole('button', { name: 'Close: How ready is your team?' }).click();
  await panel('Where should the money go?').getByRole('button', { name: 'Open: Where should the money go?' }).click();
  await heading2(p1, 'Where should the money go?').waitFor();
  await p1.getByText('Dots left: 3 of 3').waitFor();
  const add = (item) => p1.getByRole('button', { name: `Add a dot to: ${item}` });
  await add(dotItems[0]).click();
  await add(dotItems[0]).click();
  await add(dotItems[1]).click();
  await p1.getByText('Dots left: 0 of 3').waitFor();
  // The budget is spent: adding is refused on the page, and the button keeps its focus.
  assert.equal(await add(dotItems[1]).getAttribute('aria-disabled'), 'true');
  await add(dotItems[1]).focus();
  await p1.keyboard.press('Enter');
  assert.equal(await focusedLabel(p1), `Add a dot to: ${dotItems[1]}`);
  await p1.getByText('Dots left: 0 of 3').waitFor();
  await p1.getByRole('button', { name: 'Place my dots' }).click();
  await p1.getByRole('status').filter({ hasText: 'Your dots are placed.' }).waitFor();
  const dots = (await mine(p1, 'Where should the money go?')).dots;
  assert.equal(dots.reduce((sum, d) => sum + d.dots, 0), 3, JSON.stringify(dots));
  assert.deepEqual(dots.map((d) => d.dots).sort(), [1, 2]);
  await scan(p1, 'participant dot voting', problems);
  await noSidewaysScroll(p1, 'the dot voting at 360 px');
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('a participant cut off while the facilitator moves on catches up on reconnecting', async () => {
  const { p3 } = participants;
  cut.on = true;
  await p3.context().setOffline(true);
  for (const ws of cut.sockets) await ws.close().catch(() => {});
  await p3.locator('.live-status').filter({ hasText: 'Reconnecting …' }).waitFor();
  // A lasting loss is announced once (after a few seconds), not every flicker.
  await p3.getByRole('status').filter({ hasText: 'Connection lost: reconnecting …' }).waitFor();

  await panel('Where should the money go?').getByRole('button', { name: 'Close: Where should the money go?' }).click();
  await panel('Agree or disagree').getByRole('button', { name: 'Open: Agree or disagree' }).click();
  await heading2(participants.p1, 'Agree or disagree').waitFor();
  // Still cut off: the old activity stays on the phone.
  assert.equal(await heading2(p3, 'Agree or disagree').count(), 0);

  cut.on = false;
  await p3.context().setOffline(false);
  await heading2(p3, 'Agree or disagree').waitFor({ timeout: 20_000 });
  await connected(p3).waitFor();
  await p3.getByRole('status').filter({ hasText: 'Connected again' }).waitFor();
});

test('statements: voted one by one, opinion groups formed with four more through the API, the consensus promoted', async () => {
  const problems = [];
  const { p1, p2, p3 } = participants;
  // Two camps that differ on the first two statements and agree on the third.
  const camps = {
    a: ['Agree', 'Disagree', 'Agree'],
    b: ['Disagree', 'Agree', 'Agree'],
  };
  const sv = { Agree: 'Håller med', Disagree: 'Håller inte med', Pass: 'Avstår' };
  const vote = async (page, votes, swedish = false) => {
    for (const [i, v] of votes.entries()) {
      await page.locator('.live-statement-text', { hasText: statements[i] }).waitFor();
      await page.locator('.live-card').getByRole('button', { name: swedish ? sv[v] : v, exact: true }).click();
    }
    await page.getByText(swedish ? /Du har svarat på alla påståenden/ : /You have answered every statement/).waitFor();
  };
  await heading2(p1, 'Agree or disagree').waitFor();
  await p1.getByText(`Statement 1 of ${statements.length}`).waitFor();
  await scan(p1, 'participant statements', problems);
  await noSidewaysScroll(p1, 'the statements at 360 px');
  await vote(p1, camps.a);
  await vote(p2, camps.a, true);
  await vote(p3, camps.b);
  // Three have voted: the table of how the room voted is on the phone's screen.
  await p1.getByRole('table', { name: 'How the room voted on each statement' }).getByRole('row', { name: new RegExp(statements[0]) }).waitFor();
  await noSidewaysScroll(p1, 'the statements table at 360 px');

  const statementsActivity = await activityId('Agree or disagree');
  const ids = statementsActivity.inputs.map((i) => i.id);
  const answer = { Agree: 'agree', Disagree: 'disagree' };
  for (const camp of ['a', 'b', 'b', 'a']) {
    const send = await apiParticipant(facilitator.request, code);
    for (const [i, v] of camps[camp].entries()) await send({ activity_id: statementsActivity.id, input_id: ids[i], vote: answer[v] });
  }

  // The console's opinion groups: a map, the sizes and the consensus.
  const statementsPanel = panel('Agree or disagree');
  await statementsPanel.getByRole('button', { name: 'Show the opinion groups' }).click();
  await statementsPanel.getByRole('img', { name: 'Map of the opinion groups' }).waitFor();
  const sizes = statementsPanel.getByRole('table', { name: 'The opinion groups and their sizes' });
  assert.deepEqual(await sizes.locator('tbody td').allTextContents(), ['4', '3']);
  const byGroup = statementsPanel.getByRole('table', { name: 'How each opinion group voted on each statement' });
  await byGroup.getByRole('row', { name: new RegExp(statements[2]) }).getByText('Consensus').waitFor();
  await byGroup.getByRole('row', { name: new RegExp(statements[0]) }).getByText('Divides the room').waitFor();
  await statementsPanel.getByText(/Consensus: at least 60 % in every group agreed/).waitFor();
  await scan(facilitator, 'console with opinion groups', problems);

  const consensusRow = byGroup.getByRole('row', { name: new RegExp(statements[2]) });
  await consensusRow.getByRole('button', { name: `Promote: ${statements[2]}` }).click();
  const form = facilitator.getByRole('form', { name: `Promote: ${statements[2]}` });
  await form.getByLabel('Into').selectOption('key_insight');
  await form.getByRole('button', { name: 'Promote' }).click();
  await consensusRow.locator('.badge', { hasText: 'Promoted to key insights' }).waitFor();
  const outcomes = await api('GET', `/api/v1/events/${eventId}/outcomes`);
  assert.ok(outcomes.items.some((o) => o.kind === 'key_insight' && o.text.includes(statements[2])), JSON.stringify(outcomes.items.map((o) => [o.kind, o.text])));

  // The presenter view shows the map for the room.
  const presenter = await facilitator.context().newPage();
  await presenter.goto(`/live/sessions/${sessionId}/present`);
  await presenter.getByRole('heading', { level: 2, name: 'Agree or disagree' }).waitFor();
  await presenter.getByRole('img', { name: 'Map of the opinion groups' }).waitFor();
  await scan(presenter, 'presenter view with opinion groups', problems);
  await presenter.screenshot({ path: join(screenshotDir, 'live-presenter-groups.png') });
  await presenter.close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('closing the session tells the participants', async () => {
  const { p1, p2, p3 } = participants;
  await facilitator.getByRole('button', { name: 'Close the session' }).click();
  await facilitator.getByRole('button', { name: 'Yes, close it' }).click();
  await facilitator.getByText('This session has closed: its code no longer works.').waitFor();
  await p1.getByText(/The session has ended, or you are no longer in it/).waitFor();
  await p3.getByText(/The session has ended, or you are no longer in it/).waitFor();
  await p2.getByText(/Sessionen har avslutats, eller så är du inte längre med i den/).waitFor();
  // The sessions list says so.
  await facilitator.goto('/live/sessions');
  const row = facilitator.getByRole('region', { name: 'Sessions' }).locator('tbody tr').filter({ hasText: sessionTitle });
  await row.getByRole('cell', { name: 'Closed' }).waitFor();
  for (const p of [p1, p2, p3]) await p.context().close();
  await facilitator.context().close();
});
