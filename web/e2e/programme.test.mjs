// End-to-end: the programme's home in real Chromium against a real samla on a fresh database
// with the demo, whose default programme "Kraftsamling för psykisk hälsa" runs on the Swedish
// process and stands in its formation phase. A coordinator opens it from the navigation, reads
// the current phase and why its gate has not passed (criteria not met, in words), signs the
// unmet ones off with a note (a note left empty is refused at its field first) and passes the
// gate; the next phase is then the current one, in the timeline and the table. An observer reads
// the same page without the coordinator's buttons, and switches to the EU task. Axe finds
// nothing in English or Swedish; at 360 px nothing scrolls sideways. On the initiative list, a
// facilitator, an administrator and the coordinator rate the same initiative, which then leads
// the list with its raters' spread shown; the coordinator accepts it and makes its action plan.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { login, startHarness } from './support/harness.mjs';
import { noSidewaysScroll, settled } from './support/page.mjs';

const swedish = 'Kraftsamling för psykisk hälsa';
const eu = 'Joint action on mental health: task on policy dialogues';

let h;
before(async () => {
  h = await startHarness();
});
after(async () => h?.stop());

test('a coordinator sees why the formation gate has not passed, signs off what is missing and passes it', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/people');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programme', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: swedish }).waitFor();
  await settled(page);
  await page.getByRole('heading', { name: 'Now: Formation' }).waitFor();
  const gate = page.getByRole('region', { name: 'Gate', exact: true });
  await gate.getByText('The gate cannot be passed yet').waitFor();
  await gate.getByText('Ways of working and the initiative list are agreed').waitFor();
  const unmet = await gate.locator('.criterion-unmet').count();
  assert.ok(unmet >= 1, 'the statement is not met until it is signed off');
  await scan(page, 'programme home, gate not passed', problems);

  // The timeline marks the current phase in words; the table says the same.
  const current = page.locator('.phase-timeline [aria-current="step"]');
  assert.match(await current.innerText(), /Formation[\s\S]*Current phase/);
  const table = page.getByRole('region', { name: 'Phases with their dates and gates' });
  const formationRow = table.locator('tbody tr').filter({ hasText: 'Formation' });
  assert.equal((await formationRow.locator('td').nth(3).innerText()).trim(), 'Not passed yet');
  assert.equal((await table.locator('tbody tr').first().locator('td').nth(3).innerText()).trim(), 'Passed');

  // Sign off every criterion that is not met; an empty note is named first.
  let first = true;
  while ((await gate.locator('.criterion-unmet').count()) > 0) {
    await gate.locator('.criterion-unmet').first().getByRole('button', { name: /^Sign off/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign off a criterion' });
    await dialog.waitFor();
    if (first) {
      await dialog.getByRole('button', { name: 'Sign off', exact: true }).click();
      const valid = await dialog.getByLabel(/^Why it holds/).evaluate((e) => e.validity.valid);
      assert.equal(valid, false, 'an empty note is refused at its field');
      first = false;
    }
    await dialog.getByLabel(/^Why it holds/).fill('Agreed at the steering group on 3 March');
    await dialog.getByRole('button', { name: 'Sign off', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  await gate.getByText('Every criterion holds: the gate can be passed.').waitFor();
  await gate.getByText(/Signed off by coordinator/).first().waitFor();
  await gate.getByRole('button', { name: 'Pass the gate' }).click();
  await page.getByRole('status').filter({ hasText: 'The gate is passed' }).waitFor();
  await page.getByRole('heading', { name: 'Now: Concretisation' }).waitFor();
  assert.equal((await formationRow.locator('td').nth(3).innerText()).trim(), 'Passed');
  await scan(page, 'programme home, gate passed', problems);

  // After a reload the server says the same.
  await page.reload();
  await page.getByRole('heading', { name: 'Now: Concretisation' }).waitFor();
  // The home's recent changes say who passed which gate, newest first.
  const changes = page.getByRole('region', { name: 'Recent changes' });
  await changes.getByRole('listitem').first().filter({ hasText: 'coordinator passed the gate of the phase “Formation”' }).waitFor();
  await changes.getByText(/coordinator signed off a criterion of the phase “Formation”/).first().waitFor();
  assert.deepEqual(problems, []);
});

// Rates `title` on the initiative list as the page's user: each criterion by its radio button.
async function rateInitiative(page, title, scores) {
  await page.getByRole('button', { name: `Rate: ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: `Rate: ${title}` });
  await dialog.waitFor();
  for (const [legend, value] of scores) await dialog.getByRole('group', { name: new RegExp(`^${legend}`) }).getByRole('radio', { name: value }).check();
  await dialog.getByRole('button', { name: 'Save the rating' }).click();
  await dialog.waitFor({ state: 'detached' });
}

test('three raters prioritise the initiative list; the coordinator accepts the best, makes its plan and records a formal decision', async () => {
  const problems = [];
  const first = 'Follow-up of waiting times, published every quarter';
  const high = [['Impact', '5 – very high'], ['Feasibility', '4 – high'], ['Urgency', '5 – very high'], ['Fit with the goals', '4 – high']];
  const low = [['Impact', '2 – low'], ['Feasibility', '2 – low'], ['Urgency', '1 – very low'], ['Fit with the goals', '2 – low']];
  for (const [role, scores] of [['facilitator', high], ['admin', low]]) {
    const page = await h.newPage();
    await login(page, role, '/initiatives');
    await page.getByRole('heading', { level: 1, name: 'Initiative list' }).waitFor();
    await settled(page);
    await rateInitiative(page, first, scores);
    await page.getByText('Your rating:').first().waitFor();
    await page.close();
  }
  const page = await h.newPage();
  await login(page, 'coordinator', '/people');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Initiatives', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Initiative list' }).waitFor();
  await settled(page);
  await rateInitiative(page, first, high);
  const list = page.getByRole('list', { name: /^Initiatives, best first/ });
  const best = list.getByRole('article').first();
  await best.getByRole('heading', { name: `1. ${first}` }).waitFor();
  await best.getByText('from 3 raters').waitFor();
  // The admin's low scores set the raters far apart on urgency.
  const urgency = best.getByRole('row', { name: /^Urgency/ });
  assert.deepEqual(await urgency.getByRole('cell').allInnerTexts(), ['3.7', '1–5', 'Far apart (1.9)']);
  await scan(page, 'the initiative list, rated', problems);
  await best.getByRole('button', { name: `Accept: ${first}` }).click();
  await best.getByText('Accepted').waitFor();
  await best.getByRole('button', { name: `Make the action plan of: ${first}` }).click();
  await best.getByRole('link', { name: 'Its action plan' }).click();
  await page.getByRole('heading', { level: 1, name: first }).waitFor();

  // The coordinator records an organisation's formal decision on the programme's page.
  await page.goto('/programme');
  const anchoring = page.getByRole('region', { name: 'Anchoring in the organisations' });
  await anchoring.getByRole('table').waitFor();
  const form = page.getByRole('form', { name: 'Record a decision' });
  const organisation = await form.getByLabel(/^Organisation/).locator('option').nth(7).innerText();
  await form.getByLabel(/^Organisation/).selectOption({ label: organisation });
  await form.getByLabel(/^Commitment/).selectOption({ label: 'Formally decided' });
  await form.getByLabel(/^Deciding body/).fill('');
  await form.getByRole('button', { name: 'Save the decision' }).click();
  await form.getByText('a formal decision names the body that decided and the date').first().waitFor();
  await form.getByLabel(/^Deciding body/).fill('Kommunstyrelsen');
  await form.getByLabel(/^Decision date/).fill('2026-11-20');
  await form.getByLabel(/^Reference/).fill('KS 2026/77');
  await form.getByRole('button', { name: 'Save the decision' }).click();
  await form.getByRole('status').filter({ hasText: 'The decision is saved.' }).waitFor();
  const row = anchoring.locator('tbody tr').filter({ hasText: organisation });
  await row.getByText('Formally decided').waitFor();
  await row.getByText(/Kommunstyrelsen, .* \(KS 2026\/77\)/).waitFor();
  await scan(page, 'the programme with its anchoring', problems);

  const swedish = await h.newPage({ locale: 'sv-SE', viewport: { width: 360, height: 740 } });
  await login(swedish, 'facilitator', '/initiatives');
  await swedish.getByRole('heading', { level: 1, name: 'Initiativlista' }).waitFor();
  await settled(swedish);
  await scan(swedish, 'the initiative list in Swedish at 360 px', problems);
  await noSidewaysScroll(swedish, 'the initiative list at 360 px');
  assert.deepEqual(problems, []);
});

test('an observer reads the programme without the coordinator’s buttons, and switches programme', async () => {
  const problems = [];
  const page = await h.newPage({ locale: 'sv-SE' });
  await login(page, 'observer', '/programme');
  await page.getByRole('heading', { level: 1, name: swedish }).waitFor();
  await settled(page);
  await page.getByRole('region', { name: 'Grind', exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^(Pricka av|Passera grinden|Öppna grinden igen)/ }).count(), 0);
  // The demo's letter of intent, signed by those that decided formally; no form for an observer.
  const letter = page.getByRole('region', { name: 'Avtal', exact: true }).first().getByRole('row', { name: /Avsiktsförklaring: Kraftsamling/ });
  await letter.getByText(/^Undertecknat \d/).waitFor();
  assert.equal(await page.getByRole('form', { name: 'Registrera eller ändra ett avtal' }).count(), 0);
  // The coverage gaps of the programme's member-state group, with the way to all of them.
  const gaps = page.getByRole('region', { name: 'Luckor i täckningen' });
  await gaps.getByText(/(luckor i täckningen av|har någon\.)/).first().waitFor();
  await gaps.getByRole('link', { name: 'Se alla luckor på sidan Täckning' }).or(gaps.getByText(/har någon\./)).first().waitFor();
  await scan(page, 'programme home in Swedish as an observer', problems);
  await page.getByRole('combobox', { name: 'Visa program' }).selectOption({ label: eu });
  await page.getByRole('heading', { level: 1, name: eu }).waitFor();
  await settled(page);
  await page.getByRole('heading', { name: 'Nu: Tematiska workshoppar' }).waitFor();
  await page.getByRole('region', { name: 'Grind', exact: true }).getByText(/^\d+ av \d+ kartlagda intressenter bedömda/).waitFor();
  await scan(page, 'the EU task in Swedish', problems);
  await page.setViewportSize({ width: 360, height: 740 });
  await noSidewaysScroll(page, 'the programme home at 360 px');
  assert.deepEqual(problems, []);
});

test('the dashboard shows the quarters with the decisions recorded; an observer reads it without lived experience', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/programme');
  const anchoring = page.getByRole('region', { name: 'Anchoring in the organisations' });
  await anchoring.getByRole('table').waitFor();
  const decided = await anchoring.locator('tbody tr').filter({ hasText: 'Formally decided' }).count();
  assert.ok(decided >= 1, 'the previous test recorded a formal decision');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await settled(page);
  const commitment = page.getByRole('table', { name: "Organisations' commitment at the end of each quarter" });
  const cells = await commitment.getByRole('row', { name: /^Formally decided/ }).getByRole('cell').allInnerTexts();
  assert.equal(cells.length, 4, 'four quarters by default');
  assert.equal(Number(cells[3]), decided, 'this quarter counts every formal decision on the programme’s page');
  await page.getByRole('img', { name: 'Who takes part' }).waitFor();
  await page.getByLabel('From quarter').selectOption({ label: 'Q1 2025' });
  await page.getByRole('table', { name: 'Who takes part, by quarter' }).getByRole('columnheader', { name: 'Q1 2025' }).waitFor();
  await settled(page);
  await page.getByRole('table', { name: 'Attendances by perspective' }).getByRole('row', { name: /^Lived experience/ }).waitFor();
  const csv = page.getByRole('link', { name: 'Download as CSV' });
  assert.match(await csv.getAttribute('href'), /from=2025-Q1/);
  await scan(page, 'the dashboard', problems);

  const observer = await h.newPage({ locale: 'sv-SE', viewport: { width: 360, height: 740 } });
  await login(observer, 'observer', '/dashboard');
  await observer.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await settled(observer);
  await observer.getByLabel('Från kvartal').selectOption({ label: 'kv. 1 2025' });
  await observer.getByRole('table', { name: 'Vilka som deltar, per kvartal' }).getByRole('columnheader', { name: 'kv. 1 2025' }).waitFor();
  await settled(observer);
  await observer.getByRole('table', { name: 'Deltaganden per perspektiv' }).waitFor();
  assert.equal(await observer.getByText('Egen erfarenhet').count(), 0, 'no lived experience for an observer');
  await scan(observer, 'the dashboard in Swedish as an observer', problems);
  await noSidewaysScroll(observer, 'the dashboard at 360 px');
  assert.deepEqual(problems, []);
});

test('a coordinator finds the late follow-up among all contacts and marks it done; an observer searches in Swedish on a phone', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/people');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
  await settled(page);
  const search = page.getByRole('search', { name: 'Search the contacts' });
  await search.getByLabel('Only follow-ups due by today').check();
  await search.getByRole('button', { name: 'Apply filters' }).click();
  await page.getByRole('status').filter({ hasText: '1 follow-ups due' }).waitFor();
  const late = page.getByRole('region', { name: 'Contacts' }).getByRole('row').filter({ hasText: /Late: was due/ });
  await late.waitFor();
  await scan(page, 'contacts, follow-ups due', problems);
  await late.getByRole('button', { name: /^Mark the follow-up of .* done$/ }).click();
  await page.getByRole('status').filter({ hasText: '0 follow-ups due' }).waitFor();

  const observer = await h.newPage({ locale: 'sv-SE', viewport: { width: 360, height: 740 } });
  await login(observer, 'observer', '/contacts');
  await observer.getByRole('heading', { level: 1, name: 'Kontakter' }).waitFor();
  await settled(observer);
  const rows = observer.getByRole('region', { name: 'Kontakter' }).getByRole('row');
  assert.ok((await rows.count()) > 1);
  await observer.getByText('Bara de som får läsa anteckningar om personer ser detta.').first().waitFor();
  await observer.getByRole('search', { name: 'Sök bland kontakterna' }).getByLabel('Ord', { exact: true }).fill('letter of intent');
  await observer.getByRole('button', { name: 'Filtrera' }).click();
  await observer.getByRole('status').filter({ hasText: '0 kontakter' }).waitFor();
  await scan(observer, 'kontakter, observatör', problems);
  await noSidewaysScroll(observer, 'the contacts at 360 px');
  assert.deepEqual(problems, []);
});

test('a coordinator changes the EU task’s phases in the browser: renames one, adds a milestone, moves it', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/programme');
  await page.getByRole('combobox', { name: 'Show programme' }).selectOption({ label: eu });
  await page.getByRole('heading', { level: 1, name: eu }).waitFor();
  await settled(page);
  const editor = page.getByRole('region', { name: 'Change the phases' });
  await editor.getByRole('button', { name: 'Show the phase editor' }).click();
  const names = async () => (await editor.locator('.phase-edit-name').allInnerTexts()).map((n) => n.replace(/ \(Gate passed\)$/, ''));
  const before = await names();
  assert.ok(before.length >= 5, before.join(', '));
  const renamed = before[before.length - 1];
  await editor.getByRole('button', { name: `Edit ${renamed}` }).click();
  const form = editor.getByRole('form', { name: `Change the phase ${renamed}` });
  await form.getByLabel(/^Name in English/).fill('Keeping it alive');
  await form.getByLabel('Planned start').fill('2027-09-01');
  await form.getByLabel('Planned end').fill('2027-06-30');
  await form.getByRole('button', { name: 'Add a milestone' }).click();
  await form.getByRole('group', { name: 'Milestone 1' }).getByLabel('What is to be done').fill('Sustainability plan adopted');
  await form.getByRole('button', { name: 'Save the phase' }).click();
  await form.locator('.field-error').first().waitFor();
  await scan(page, 'phase editor with a refused date', problems);
  await form.getByLabel('Planned end').fill('2027-12-31');
  await form.getByRole('button', { name: 'Save the phase' }).click();
  await page.getByRole('status').filter({ hasText: 'The phase Keeping it alive is saved.' }).waitFor();
  await editor.getByRole('button', { name: 'Move Keeping it alive up' }).click();
  await page.getByRole('status').filter({ hasText: `Keeping it alive is now phase ${before.length - 1}.` }).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.phase-edit-name')].map((e) => e.textContent).at(-2)?.startsWith('Keeping it alive'));
  const timeline = await page.locator('.phase-timeline .phase-name').allInnerTexts();
  assert.equal(timeline[timeline.length - 2], 'Keeping it alive');
  assert.deepEqual(problems, []);
});
