// End-to-end: an event's before/after evaluation in real Chromium against a real samla on a
// fresh database. A coordinator sets up an event of its own through the API (two people, the
// event today, opened, both invited) and reads the form builder, also with its field errors.
// The tests run in order and build on each other: a participant answers the invitation and the
// before form on a phone with the keyboard alone; the coordinator marks the event held and
// asks for the after form from the page; the participant answers it through the new link; the
// results show the answers in a chart and a table, also by country. Axe finds nothing on the
// page and the RSVP page in every state, in English and Swedish, also 360 px wide, where
// neither scrolls sideways.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { login, screenshotDir, startHarness } from './support/harness.mjs';
import { noSidewaysScroll } from './support/page.mjs';

const title = 'Evaluation check: peer support';
const people = ['Ebba Utvärdersson', 'Noah Feedbackson'];
const firstStatement = "I understand the policy landscape of this event's theme.";
const phone = { width: 360, height: 740 };

let h;
let eventId;
let evaluationPath;
// The first person's personal link, read from the outbox.
let rsvpPath;

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

// The personal link in the newest outbox message to `name` about the event.
async function linkFor(page, name) {
  const { items } = await (await page.request.get('/api/v1/outbox')).json();
  const message = items.filter((m) => m.event_id === eventId && m.to_name === name).sort((a, b) => b.id - a.id)[0];
  const link = /\/rsvp#[A-Za-z0-9_-]+/.exec(message?.body ?? '')?.[0];
  assert.ok(link, `no RSVP link for ${name} in ${JSON.stringify(message)}`);
  return link;
}

const focused = (page) => page.evaluate(() => ({ id: document.activeElement?.id ?? '', name: document.activeElement?.getAttribute('name') ?? '' }));

// Presses Tab until the focused element's name or id is `target`.
async function tabTo(page, target) {
  for (let i = 0; i < 60; i++) {
    const f = await focused(page);
    if (f.name === target || f.id === target) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${target}`);
}

test('a coordinator sets up an event through the API and reads the form builder, also with its errors', async () => {
  const page = await h.newPage();
  const problems = [];
  await login(page, 'coordinator', '/events');
  const api = await apiAs(page);
  const ids = [];
  for (const [i, name] of people.entries())
    ids.push((await api('POST', '/api/v1/people', { name, email: `evaluation-${i}@example.org`, country: 'SE', languages: ['en'] })).id);
  // Today in the event's time zone, so it may be marked held later in the run.
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  // A theme with a validated lesson, so the readiness gate lets it open.
  const event = await api('POST', '/api/v1/events', {
    title, type: 'thematic_workshop', format: 'in_person', venue: 'Malmö', capacity: 10, time_zone: 'Europe/Stockholm',
    starts_at: `${today}T00:00`, ends_at: `${today}T23:59`, themes: ['mental_health_promotion'],
  });
  eventId = event.id;
  evaluationPath = `/events/${eventId}/evaluation`;
  let version = event.version;
  for (const to of ['designed', 'open_for_invitations'])
    version = (await api('POST', `/api/v1/events/${eventId}/transitions`, { to }, { 'If-Match': `"${version}"` })).version;
  await api('POST', `/api/v1/events/${eventId}/invitations`, { person_ids: ids });
  await api('POST', `/api/v1/events/${eventId}/invitations/send`, {});
  rsvpPath = await linkFor(page, people[0]);

  await page.goto(`/events/${eventId}`);
  await page.getByRole('navigation', { name: 'This event' }).getByRole('link', { name: 'Evaluation' }).click();
  await page.waitForURL(/\/evaluation$/);
  await page.getByRole('heading', { level: 1, name: `Evaluation: ${title}` }).waitFor();
  await page.getByText('This event uses the standard form.').waitFor();
  await page.getByRole('group', { name: 'Statement 1 (answered on the scale 1–5)' }).waitFor();
  await page.getByText('No answers yet.').waitFor();
  // Not held yet: nobody to ask afterwards.
  assert.equal(await page.getByRole('button', { name: 'Send the after form' }).count(), 0);
  await scan(page, 'evaluation form builder', problems);

  // A new question left empty: the server names both its texts beside them.
  await page.getByRole('button', { name: 'Add a question' }).click();
  // Focus moves to the new question's Swedish text.
  await page.waitForFunction(() => document.activeElement?.id === 'field-items[6].text_sv');
  await page.getByRole('button', { name: 'Save the form' }).click();
  await page.locator('#error-summary').waitFor();
  await page.locator('#field-items\\[6\\]\\.text_en[aria-invalid="true"]').waitFor();
  await page.getByRole('link', { name: 'Question 7, In Swedish: must not be empty' }).waitFor();
  await scan(page, 'evaluation form builder with errors', problems);
  await page.setViewportSize(phone);
  await noSidewaysScroll(page, 'the form builder');
  await scan(page, 'evaluation form builder at 360 px', problems);
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('a participant answers the before form on a phone with the keyboard alone', async () => {
  const problems = [];
  const page = await h.newPage({ viewport: phone });
  await page.goto(rsvpPath);
  await page.getByText(`Hello ${people[0]}`).waitFor();
  await page.getByRole('radio', { name: 'Yes, I will take part' }).check();
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await page.getByRole('heading', { name: 'Thank you – your answer is saved' }).waitFor();

  const form = page.getByRole('region', { name: 'Before the event: a few questions' });
  await form.getByRole('group', { name: firstStatement }).waitFor();
  await form.getByText('Your answers are never shown with your name.', { exact: false }).waitFor();
  await noSidewaysScroll(page, 'the RSVP page with the evaluation');
  await scan(page, 'RSVP page with the before form at 360 px', problems);
  await page.screenshot({ path: join(screenshotDir, 'evaluation-rsvp-phone.png'), fullPage: true });

  // From the thank-you, Tab reaches the first statement; arrows choose a rating, Tab goes on.
  const ratings = [4, 3, 5, 2, 4];
  await tabTo(page, 'item-1');
  for (const [i, rating] of ratings.entries()) {
    assert.equal((await focused(page)).name, `item-${i + 1}`, `Tab reaches statement ${i + 1}`);
    // Focus lands on 1, not yet chosen: Space chooses it, each arrow the next one.
    await page.keyboard.press('Space');
    for (let n = 1; n < rating; n++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
  }
  assert.equal((await focused(page)).id, 'field-item-6', 'then the question in words');
  await page.keyboard.type('I hope to meet the other regions.');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Send these answers');
  for (const [i, rating] of ratings.entries()) assert.ok(await form.getByRole('group').nth(i).getByRole('radio').nth(rating - 1).isChecked(), `statement ${i + 1} is rated ${rating}`);
  await page.keyboard.press('Enter');

  const thanks = page.getByRole('heading', { name: 'Thank you – your answers are saved' });
  await thanks.waitFor();
  assert.equal((await focused(page)).id, 'evaluation-heading', 'focus moves to the thank-you');
  await page.getByText('You have answered the questions before the event.').waitFor();
  await noSidewaysScroll(page, 'the RSVP page after answering');
  await scan(page, 'RSVP page after answering at 360 px', problems);
  await page.context().close();

  // The second person opens the form in Swedish and sends it empty: the page asks for an answer.
  const coordinator = await h.newPage();
  await login(coordinator, 'coordinator', '/events');
  const other = await linkFor(coordinator, people[1]);
  await coordinator.context().close();
  const sv = await h.newPage({ locale: 'sv-SE', viewport: phone });
  await sv.goto(other);
  // The page turns to the invitation's language (English) once loaded; then switch.
  await sv.getByRole('button', { name: 'Svenska' }).click();
  await sv.getByRole('heading', { name: 'Före evenemanget: några frågor' }).waitFor();
  await sv.getByRole('radio', { name: '1 Stämmer inte alls' }).first().waitFor();
  await sv.getByRole('button', { name: 'Skicka de här svaren' }).click();
  await sv.locator('#error-summary').waitFor();
  await sv.getByRole('link', { name: 'Dina svar: Svara på minst en fråga.' }).waitFor();
  await scan(sv, 'RSVP before form with an error, in Swedish at 360 px', problems);
  await sv.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('the coordinator asks for the after form once the event is held, and the participant answers it', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator', evaluationPath);
  const api = await apiAs(page);
  const event = await api('GET', `/api/v1/events/${eventId}`);
  await api('POST', `/api/v1/events/${eventId}/transitions`, { to: 'held' }, { 'If-Match': `"${event.version}"` });
  await page.reload();
  // Answers have come in: the form no longer changes, and says why.
  await page.getByText(/^The form can no longer change: answers have come in \(1\)/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save the form' }).count(), 0);
  await page.getByRole('button', { name: 'Send the after form' }).click();
  // Only the one who accepted came; the other never answered the invitation.
  await page.getByRole('status').filter({ hasText: 'Messages with the after form in the outbox: 1.' }).waitFor();
  const afterPath = await linkFor(page, people[0]);
  assert.notEqual(afterPath, rsvpPath, 'the after message has a fresh link');
  await page.context().close();

  const participant = await h.newPage({ viewport: phone });
  await participant.goto(afterPath);
  const form = participant.getByRole('region', { name: 'After the event: a few questions' });
  await form.waitFor();
  for (const [i, rating] of [5, 4, 5, 3, 5].entries()) await form.getByRole('group').nth(i).getByRole('radio').nth(rating - 1).check();
  await form.getByRole('button', { name: 'Send these answers' }).click();
  await participant.getByRole('heading', { name: 'Thank you – your answers are saved' }).waitFor();
  await participant.getByText('You have answered the questions after the event.').waitFor();
  await participant.context().close();
});

for (const [lang, locale] of [
  ['en', 'en-GB'],
  ['sv', 'sv-SE'],
]) {
  test(`the results in a chart and a table, also by country, and axe finds nothing, in ${lang === 'en' ? 'English' : 'Swedish'}`, async () => {
    const en = lang === 'en';
    const problems = [];
    const page = await h.newPage({ locale });
    await login(page, 'coordinator', evaluationPath);
    const chart = page.getByRole('img', { name: en ? `Answers before and after: ${firstStatement}` : /^Svar före och efter: Jag förstår/ });
    await chart.waitFor();
    const table = page.getByRole('table', { name: en ? `Figures for “${firstStatement}”` : /^Siffror för ”Jag förstår/ });
    const cells = async (row) => table.getByRole('row', { name: row }).getByRole('cell').allInnerTexts();
    assert.deepEqual(await cells(en ? /^People who answered/ : /^Antal som svarade/), ['1', '1', '1']);
    assert.deepEqual(await cells(en ? /^Mean/ : /^Medelvärde/), en ? ['4.00', '5.00', '+1.00'] : ['4,00', '5,00', '+1,00']);
    assert.match((await cells(en ? /^p-value/ : /^p-värde/))[2], en ? /^not computed/ : /^beräknas inte/);
    await page.getByText(en ? 'Written answers: 1.' : 'Skrivna svar: 1.').waitFor();
    await page.getByText('I hope to meet the other regions.').waitFor();
    await scan(page, `evaluation results (${lang})`, problems);
    if (en) await page.screenshot({ path: join(screenshotDir, 'evaluation.png'), fullPage: true });

    await page.getByLabel(en ? 'Break down by' : 'Dela upp efter').selectOption('country');
    await page.getByRole('button', { name: en ? 'Show' : 'Visa', exact: true }).click();
    await page.waitForURL(/\?by=country$/);
    await page.getByRole('status').filter({ hasText: en ? 'Groups with fewer than 5 people, not shown: 1.' : 'Grupper med färre än 5 personer, som inte visas: 1.' }).waitFor();
    await scan(page, `evaluation results by country (${lang})`, problems);

    await page.setViewportSize(phone);
    await noSidewaysScroll(page, 'the evaluation page');
    await scan(page, `evaluation results at 360 px (${lang})`, problems);
    await page.context().close();
    assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
  });
}
