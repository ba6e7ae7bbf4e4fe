// End-to-end: the stakeholder network on the demo programme (29 reported ties among demo
// people, and the kickoff and policy dialogue already held) in real Chromium against a real
// samla on a fresh database: the graph is drawn, the tables hold the same network, "as of"
// goes back before the kickoff, the trends and introductions read, names and downloads work;
// every name in the tables opens its page; a suggested introduction becomes proposed
// invitations to the workshop and a dated note on both people; relationships are added,
// refused with the error beside the field, edited and deleted on a person's page and seen
// from the organisation's; and axe finds nothing, dialogs open included, in either
// language, also 360 px wide.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { login, screenshotDir, startHarness } from './support/harness.mjs';
import { noSidewaysScroll } from './support/page.mjs';
import { violations } from './support/axe.mjs';

let h;
before(async () => {
  h = await startHarness();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => h?.stop());

// The page has loaded everything: the graph is drawn and no section says "Loading".
// Opens the figures behind the plain summary (a <details>), if closed.
async function openFigures(page) {
  const figures = page.locator('details.network-figures');
  if (!(await figures.evaluate((d) => d.open))) await figures.locator('summary').click();
}

async function loaded(page) {
  await page.locator('[data-testid="network-canvas"][data-rendered-nodes]').waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

async function axe(page, name) {
  const problems = await violations(page, name);
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
}

// Opens a person's page from the network's ranking.
async function openPerson(page, name) {
  await page.goto('/network');
  await loaded(page);
  await page.getByRole('region', { name: /^(Ranking of people and organisations|Rangordning av personer och organisationer)$/ }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

test('a coordinator sees the demo network drawn and in tables, and goes back before the kickoff', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator', '/network');
  await page.getByRole('heading', { level: 1, name: 'Stakeholder network' }).waitFor();
  await loaded(page);
  const canvas = page.getByTestId('network-canvas');
  assert.ok(Number(await canvas.getAttribute('data-rendered-nodes')) > 0);
  assert.ok(Number(await canvas.getAttribute('data-rendered-edges')) > 0);
  assert.ok((await canvas.locator('canvas').count()) > 0, 'cytoscape drew its canvases');
  const graph = page.getByRole('img', { name: /^Network graph as of \d{4}-\d{2}-\d{2}: \d+ people and organisations, \d+ ties/ });
  await graph.waitFor();
  await page.screenshot({ path: join(screenshotDir, 'network.png'), fullPage: false });

  // The ranking holds a demo person with ties.
  const ranking = page.getByRole('region', { name: 'Ranking of people and organisations' });
  const row = ranking.getByRole('row').filter({ has: page.getByRole('link', { name: 'Ingrid Jönsson', exact: true }) });
  const degree = Number(await row.getByRole('cell').nth(2).textContent());
  assert.ok(degree > 0, `Ingrid Jönsson's degree is ${degree}`);
  // The summary in plain words first; the figures behind it one click away.
  await page.getByText(/groups of people and organisations who mostly work together/).waitFor();
  await page.getByText(/^\d+ connect .+ with .+\.$/).first().waitFor();
  await openFigures(page);
  const ties = page.getByRole('region', { name: 'Summary' }).getByRole('row', { name: /^Ties [\d,]+$/ });
  assert.ok(Number((await ties.getByRole('cell').textContent()).replace(/\D/g, '')) > 0);

  // Trends: the kickoff and the policy dialogue; introductions: at least one reason.
  const trends = page.getByRole('region', { name: 'Trends' });
  await trends.getByRole('link', { name: /^Kickoff/ }).waitFor();
  await trends.getByRole('link', { name: /^Policy dialogue/ }).waitFor();
  const intro = page.getByRole('region', { name: 'Suggested introductions' });
  await intro.getByText(/^Both work on .+\./).first().waitFor();

  // Before the kickoff, with co-participation only, nobody is tied yet.
  await page.getByLabel(/^As of/).fill('2026-09-01');
  await page.getByRole('checkbox', { name: 'Reported ties' }).uncheck();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/as_of=2026-09-01/);
  assert.match(page.url(), /include=co_participation/);
  await page.getByRole('status').filter({ hasText: '0 ties as of 2026-09-01' }).waitFor();
  await loaded(page);
  assert.equal(await page.getByTestId('network-canvas').getAttribute('data-rendered-edges'), '0');
  // Nobody has a tie, so nobody is drawn until asked; then everyone is.
  assert.equal(await page.getByTestId('network-canvas').getAttribute('data-rendered-nodes'), '0');
  await page.getByText('There are too few ties yet to see groups who work together.').waitFor();
  await page.getByRole('checkbox', { name: /^Also draw the \d+ without any tie$/ }).check();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="network-canvas"]')?.getAttribute('data-rendered-nodes')) > 0);
  await openFigures(page);
  assert.equal((await ties.getByRole('cell').textContent()).trim(), '0');
  await page.context().close();
});

test('a ranked name opens the person, and the GraphML download is XML', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator', '/network');
  await loaded(page);
  const [graphml] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'GraphML' }).click()]);
  const text = await readFile(await graphml.path(), 'utf8');
  assert.ok(text.startsWith('<?xml'), text.slice(0, 80));
  assert.match(text, /<graphml/);
  await page.getByRole('region', { name: 'Ranking of people and organisations' }).getByRole('link', { name: 'Åsa Lindqvist', exact: true }).click();
  await page.waitForURL(/\/people\/\d+$/);
  await page.getByRole('heading', { level: 1, name: 'Åsa Lindqvist' }).waitFor();
  await page.context().close();
});

test('a facilitator reads the network but has no downloads', async () => {
  const page = await h.newPage();
  await login(page, 'facilitator', '/network');
  await loaded(page);
  assert.equal(await page.getByRole('link', { name: 'GraphML' }).count(), 0);
  await page.context().close();
});

test('every name on the network page opens its person or organisation', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator', '/network');
  await loaded(page);
  // A link in each of the lists: a community member, a broker, someone not yet connected
  // (an organisation, where there is one), and both people in a suggested introduction.
  const lists = [
    ['community', page.getByRole('region', { name: /^Community 1: \d+ members$/ }).getByRole('link').first()],
    ['broker', page.locator('#network-brokers + p + ul').getByRole('link').first()],
    ['not yet connected', page.locator('#network-isolates + p + ul a[href^="/organisations/"]').first()],
    ['introduction (person)', page.getByRole('region', { name: 'Suggested introductions' }).locator('tbody tr').first().getByRole('link').nth(0)],
    ['introduction (could meet)', page.getByRole('region', { name: 'Suggested introductions' }).locator('tbody tr').first().getByRole('link').nth(1)],
  ];
  for (const [what, link] of lists) {
    await page.goto('/network');
    await loaded(page);
    const name = (await link.textContent()).trim();
    const href = await link.getAttribute('href');
    assert.match(href, /^\/(people|organisations)\/\d+$/, `${what}: ${href}`);
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }
  await page.context().close();
});

test('a suggested introduction becomes proposed invitations to the workshop and a note in both people’s contact history', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator', '/network');
  await loaded(page);
  const intro = page.getByRole('region', { name: 'Suggested introductions' });
  const first = intro.locator('tbody tr').first();
  const a = (await first.getByRole('link').nth(0).textContent()).trim();
  const b = (await first.getByRole('link').nth(1).textContent()).trim();

  // Invite both: only events not yet held are offered; the proposal links to the tracker.
  const invite = first.getByRole('button', { name: `Invite both (${a} and ${b})…` });
  await invite.click();
  const dialog = page.getByRole('dialog', { name: `Invite ${a} and ${b} to an event` });
  const select = dialog.getByLabel(/^Event/);
  await select.waitFor();
  const options = await select.locator('option').allTextContents();
  assert.ok(options.some((o) => /^Workshop: co-produced stigma reduction – .+ \(Designed\)$/.test(o)), options.join(' | '));
  assert.ok(!options.some((o) => /^(Kickoff|Policy dialogue)/.test(o)), `held events are not offered: ${options.join(' | ')}`);
  // Escape closes the dialog and focus returns to the button that opened it.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await invite.evaluate((el) => el === document.activeElement), true);
  await invite.click();
  await select.selectOption({ label: options.find((o) => o.startsWith('Workshop')) });
  await dialog.getByRole('button', { name: 'Propose both' }).click();
  await dialog.getByRole('status').filter({ hasText: `${a} and ${b} proposed for Workshop: co-produced stigma reduction.` }).waitFor();
  const tracker = dialog.getByRole('link', { name: 'Open the invitation tracker' });
  assert.equal(await tracker.evaluate((el) => el === document.activeElement), true, 'focus is on the tracker link');
  await tracker.click();
  await page.waitForURL(/\/events\/\d+\/invitations$/);
  assert.equal(await page.getByRole('dialog').count(), 0);
  for (const name of [a, b]) await page.getByRole('row').filter({ hasText: name }).filter({ hasText: 'Proposed' }).first().waitFor();

  // Save as note: the text is the suggestion, editable; it is kept as a contact with each.
  await page.goto('/network');
  await loaded(page);
  await intro.locator('tbody tr').first().getByRole('button', { name: `Save as note (${a} and ${b})…` }).click();
  const noteDialog = page.getByRole('dialog', { name: 'Keep the introduction in the contact history' });
  const text = noteDialog.getByLabel(/^Note/);
  const prefilled = await text.inputValue();
  assert.ok(prefilled.startsWith(`Suggested introduction: ${a} ↔ ${b} — Both work on `), prefilled);
  await text.fill(`${prefilled} Meet at the workshop.`);
  await noteDialog.getByRole('button', { name: 'Save note' }).click();
  await noteDialog.waitFor({ state: 'detached' });
  const said = page.getByRole('status').filter({ hasText: `The introduction is in the contact history of ${a} and ${b}.` });
  await said.waitFor();
  await said.getByRole('link', { name: b, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: b }).waitFor();
  const history = page.getByRole('region', { name: 'Contact history' });
  const contact = history.getByRole('row').filter({ hasText: 'Meet at the workshop.' });
  await contact.waitFor();
  assert.match(await contact.innerText(), new RegExp(`Note[\\s\\S]*coordinator[\\s\\S]*Suggested introduction: .+ ↔ .+ — `));
  await page.context().close();
});

test('a facilitator may invite from an introduction but not write the note; an observer does neither', async () => {
  for (const [role, invite, note] of [
    ['facilitator', 1, 0],
    ['observer', 0, 0],
  ]) {
    const page = await h.newPage();
    await login(page, role, '/network');
    await loaded(page);
    const intro = page.getByRole('region', { name: 'Suggested introductions' });
    await intro.locator('tbody tr').first().waitFor();
    assert.equal(await intro.locator('tbody tr').first().getByRole('button', { name: /^Invite both/ }).count(), invite, role);
    assert.equal(await intro.locator('tbody tr').first().getByRole('button', { name: /^Save as note/ }).count(), note, role);
    await page.context().close();
  }
});

test('relationships on a person’s page: added with an error beside the field, edited, seen from the organisation, deleted', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator', '/network');
  await openPerson(page, 'Åsa Lindqvist');
  const ties = page.getByRole('region', { name: 'Relationships of Åsa Lindqvist' });
  await ties.getByRole('link', { name: 'Henrik Sandberg', exact: true }).waitFor();

  const add = page.getByRole('button', { name: 'Add relationship' });
  await add.click();
  const dialog = page.getByRole('dialog', { name: 'Add a relationship for Åsa Lindqvist' });
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: 'Organisations' }).check();
  await dialog.getByRole('searchbox', { name: 'Find an organisation by name' }).fill('Jämtland');
  await dialog.getByRole('searchbox', { name: 'Find an organisation by name' }).press('Enter');
  await dialog.getByRole('button', { name: 'Choose Region Jämtland Härjedalen' }).click();
  await dialog.getByRole('button', { name: 'Change Region Jämtland Härjedalen' }).waitFor();
  await dialog.getByLabel(/^Type/).selectOption('funding');
  await dialog.getByRole('checkbox', { name: /goes one way/ }).check();
  await dialog.getByRole('radio', { name: 'From Region Jämtland Härjedalen to Åsa Lindqvist' }).check();
  await dialog.getByLabel(/^Started on/).fill('2025-05-01');
  await dialog.getByLabel(/^Ended on/).fill('2025-01-01');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  // The server's 422 beside the field and in the summary, which takes focus.
  const ends = dialog.getByLabel(/^Ended on/);
  await page.waitForFunction(() => document.querySelector('[role=dialog] #field-ends_on')?.getAttribute('aria-invalid') === 'true');
  assert.match(await dialog.locator('#field-ends_on-error').textContent(), /must not be before the start date/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
  await axe(page, 'tie dialog with a field error (en)');
  await ends.fill('');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: 'The relationship with Region Jämtland Härjedalen was saved.' }).waitFor();
  assert.equal(await add.evaluate((el) => el === document.activeElement), true, 'focus is back on Add');
  const row = ties.getByRole('row').filter({ has: page.getByRole('link', { name: 'Region Jämtland Härjedalen' }) });
  assert.match(await row.textContent(), /Funding.*Incoming \(to here\).*2 – moderate.*from 2025-05-01/);

  // Edit: the strength.
  await row.getByRole('button', { name: 'Edit the relationship with Region Jämtland Härjedalen' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit the relationship with Region Jämtland Härjedalen' });
  await edit.getByLabel('Strength').selectOption('3');
  await edit.getByRole('button', { name: 'Save', exact: true }).click();
  await edit.waitFor({ state: 'detached' });
  await page.waitForFunction(() => [...document.querySelectorAll('tr')].some((tr) => tr.textContent.includes('Region Jämtland Härjedalen') && tr.textContent.includes('3 – strong')));

  // From the organisation's page it goes the other way.
  await row.getByRole('link', { name: 'Region Jämtland Härjedalen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Region Jämtland Härjedalen' }).waitFor();
  const orgRow = page.getByRole('region', { name: 'Relationships of Region Jämtland Härjedalen' }).getByRole('row').filter({ has: page.getByRole('link', { name: 'Åsa Lindqvist' }) });
  assert.match(await orgRow.textContent(), /Funding.*Outgoing \(from here\).*3 – strong/);
  await orgRow.getByRole('link', { name: 'Åsa Lindqvist' }).click();
  await page.getByRole('heading', { level: 1, name: 'Åsa Lindqvist' }).waitFor();

  // Delete asks first; Escape keeps it.
  const remove = ties.getByRole('button', { name: 'Delete the relationship with Region Jämtland Härjedalen' });
  await remove.click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this relationship?' });
  await confirm.waitFor();
  await page.keyboard.press('Escape');
  await confirm.waitFor({ state: 'detached' });
  assert.equal(await remove.evaluate((el) => el === document.activeElement), true, 'focus is back on Delete');
  await remove.click();
  await confirm.getByRole('button', { name: 'Yes, delete' }).click();
  await page.getByRole('status').filter({ hasText: 'The relationship with Region Jämtland Härjedalen was deleted.' }).waitFor();
  assert.equal(await ties.getByRole('link', { name: 'Region Jämtland Härjedalen' }).count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ties-heading');
  await page.context().close();
});

test('an observer reads relationships but has nothing to change them with', async () => {
  const page = await h.newPage();
  await login(page, 'observer', '/network');
  await openPerson(page, 'Åsa Lindqvist');
  const ties = page.getByRole('region', { name: 'Relationships of Åsa Lindqvist' });
  await ties.getByRole('link', { name: 'Henrik Sandberg', exact: true }).waitFor();
  assert.equal(await ties.getByRole('button').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Add relationship' }).count(), 0);
  await page.context().close();
});

for (const [lang, locale] of [
  ['en', 'en-GB'],
  ['sv', 'sv-SE'],
]) {
  const sv = lang === 'sv';
  test(`axe finds nothing on /network in ${sv ? 'Swedish' : 'English'}, dialogs open included, nor at 360 px, which never scrolls sideways`, async () => {
    const page = await h.newPage({ locale });
    await login(page, 'coordinator', '/network?colour=country&size=betweenness');
    await page.getByRole('heading', { level: 1, name: sv ? 'Aktörsnätverk' : 'Stakeholder network' }).waitFor();
    await loaded(page);
    await openFigures(page);
    await axe(page, `/network (${lang})`);
    // The introduction's dialogs.
    const row = page.getByRole('region', { name: sv ? 'Föreslagna introduktioner' : 'Suggested introductions' }).locator('tbody tr').first();
    await row.getByRole('button', { name: sv ? /^Bjud in båda/ : /^Invite both/ }).click();
    await page.getByRole('dialog').getByLabel(sv ? /^Evenemang/ : /^Event/).waitFor();
    await axe(page, `invite both dialog (${lang})`);
    await page.getByRole('dialog').getByRole('button', { name: sv ? 'Föreslå båda' : 'Propose both' }).click();
    await page.getByRole('dialog').getByText(sv ? 'Välj ett evenemang.' : 'Choose an event.').first().waitFor();
    await axe(page, `invite both dialog with an error (${lang})`);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await row.getByRole('button', { name: sv ? /^Spara som anteckning/ : /^Save as note/ }).click();
    await page.getByRole('dialog').getByRole('textbox').waitFor();
    await axe(page, `note dialog (${lang})`);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // A person's relationships, the add dialog with organisations found, the delete question.
    await openPerson(page, 'Åsa Lindqvist');
    await page.getByRole('region', { name: sv ? 'Relationer för Åsa Lindqvist' : 'Relationships of Åsa Lindqvist' }).waitFor();
    await axe(page, `person with relationships (${lang})`);
    await page.getByRole('button', { name: sv ? 'Lägg till relation' : 'Add relationship' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: sv ? 'Organisationer' : 'Organisations' }).check();
    await dialog.getByRole('button', { name: sv ? 'Sök' : 'Search', exact: true }).click();
    await dialog.getByRole('button', { name: sv ? /^Välj / : /^Choose / }).first().waitFor();
    await axe(page, `add relationship dialog (${lang})`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: sv ? 'Ta bort relationen med Henrik Sandberg' : 'Delete the relationship with Henrik Sandberg' }).click();
    await page.getByRole('alertdialog').waitFor();
    await axe(page, `delete relationship question (${lang})`);
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });

    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/network');
    await loaded(page);
    await noSidewaysScroll(page, `/network at 360 px (${lang})`);
    await axe(page, `/network at 360 px (${lang})`);
    if (sv) await page.screenshot({ path: join(screenshotDir, 'network-360-sv.png'), fullPage: false });
    await row.getByRole('button', { name: sv ? /^Bjud in båda/ : /^Invite both/ }).click();
    await page.getByRole('dialog').getByLabel(sv ? /^Evenemang/ : /^Event/).waitFor();
    await noSidewaysScroll(page, `the invite dialog at 360 px (${lang})`);
    await axe(page, `invite both dialog at 360 px (${lang})`);
    await page.keyboard.press('Escape');
    await openPerson(page, 'Åsa Lindqvist');
    await noSidewaysScroll(page, `a person's page at 360 px (${lang})`);
    await axe(page, `person with relationships at 360 px (${lang})`);
    await page.getByRole('button', { name: sv ? 'Lägg till relation' : 'Add relationship' }).click();
    await page.getByRole('dialog').getByRole('radio', { name: sv ? 'Personer' : 'People' }).waitFor();
    await noSidewaysScroll(page, `the relationship dialog at 360 px (${lang})`);
    await axe(page, `add relationship dialog at 360 px (${lang})`);
    if (sv) await page.screenshot({ path: join(screenshotDir, 'relationship-360-sv.png'), fullPage: false });
    await page.context().close();
  });
}
