// End-to-end: privacy by design in real Chromium against a real samla with the demo. A
// participant without an account asks for their page by e-mail, in Swedish on a 360 px phone,
// opens the link (once: the second time it says the link is used up), sees their details,
// withdraws their consent to network analysis — and the network no longer shows them. A
// coordinator records a consent on a person's page and sees the wording shown; an administrator
// downloads a person's data. Axe finds nothing, in both languages.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { login, startHarness } from './support/harness.mjs';
import { noSidewaysScroll, settled } from './support/page.mjs';

const phone = { width: 360, height: 740 };
let h;
before(async () => {
  h = await startHarness();
});
after(async () => h?.stop());

async function apiAs(page) {
  const { csrf_token: csrf } = await (await page.request.get('/api/v1/session')).json();
  return async (method, url, data) => {
    const r = await page.request.fetch(url, { method, headers: { 'X-CSRF-Token': csrf }, data });
    assert.ok(r.ok(), `${method} ${url}: ${r.status()} ${await r.text()}`);
    return r.json();
  };
}

test('a participant opens their page from an e-mailed link and leaves the network', async () => {
  const problems = [];
  const admin = await h.newPage();
  await login(admin, 'admin', '/people');
  const api = await apiAs(admin);
  const people = (await api('GET', '/api/v1/people?limit=200')).items;
  const person = people.find((p) => p.name === 'Henrik Sandberg');
  await api('POST', `/api/v1/people/${person.id}/consents`, { purpose: 'network_analysis', basis: 'consent', channel: 'form' });
  const inNetwork = async () => (await api('GET', '/api/v1/network')).nodes.some((n) => n.name === person.name);
  assert.equal(await inNetwork(), true);

  const page = await h.newPage({ locale: 'sv-SE', viewport: phone });
  await page.goto('/me');
  await page.getByRole('heading', { level: 1, name: 'Din sida i samla' }).waitFor();
  await settled(page);
  await scan(page, 'egen sida, be om länk', problems);
  await page.getByLabel('E-postadress').fill(person.email);
  await page.getByRole('button', { name: 'Skicka en länk till mig' }).click();
  await page.getByRole('status').filter({ hasText: 'Om adressen finns i samla är en länk på väg.' }).waitFor();
  // Staff do not see the link either; the test reads it as the mail carries it.
  const { items } = await api('GET', '/api/v1/outbox');
  const message = items.filter((m) => m.kind === 'own_page' && m.to_email === person.email).sort((a, b) => b.id - a.id)[0];
  assert.match(message.body, /only they see it|bara personen ser den/);
  const stored = execFileSync('sqlite3', [h.dbPath, `SELECT personal_link FROM outbox WHERE id = ${message.id}`], { encoding: 'utf8' });
  const link = /\/me#[A-Za-z0-9_-]{43}/.exec(stored)?.[0];
  assert.ok(link, stored);

  await page.goto(link);
  // Nothing is opened until the reader asks: mail scanners follow links.
  await page.getByRole('button', { name: 'Öppna min sida' }).click();
  await page.getByRole('heading', { level: 2, name: `Hej, ${person.name}` }).waitFor();
  await settled(page);
  assert.equal(await page.getByLabel('E-postadress').inputValue(), person.email);
  await noSidewaysScroll(page, 'the own page at 360 px');
  await scan(page, 'egen sida', problems);
  const network = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Att synas i nätverket' }) });
  await network.getByRole('button', { name: 'Återkalla mitt ja till: Att synas i nätverket' }).click();
  await page.getByRole('status').filter({ hasText: 'Sparat: Att synas i nätverket har upphört.' }).waitFor();
  await network.getByRole('button', { name: 'Säg ja till: Att synas i nätverket' }).waitFor();
  assert.equal(await inNetwork(), false, 'the network leaves out whoever withdrew');

  // The same link a second time says it is used up.
  const again = await h.newPage({ locale: 'sv-SE', viewport: phone });
  await again.goto(link);
  await again.getByRole('button', { name: 'Öppna min sida' }).click();
  await again.getByRole('alert').filter({ hasText: 'Länken fungerar inte längre' }).waitFor();
  await scan(again, 'egen sida, använd länk', problems);
  assert.deepEqual(problems, []);
});

test('a coordinator records a consent (in English); an administrator downloads a person and writes a new wording (in Swedish)', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/people');
  await page.getByRole('link', { name: 'Märta Sjöberg' }).first().click();
  const consents = page.getByRole('region', { name: 'Consents and legal bases' });
  await consents.getByRole('list', { name: 'In force' }).waitFor();
  await settled(page);
  await consents.getByText(/Legitimate interest/).first().waitFor();
  const form = consents.getByRole('form', { name: 'Record a consent' });
  await form.getByLabel('For what').selectOption({ label: 'Photos and recordings' });
  await form.getByRole('button', { name: 'Save the consent' }).click();
  await form.getByRole('status').filter({ hasText: 'The consent is saved.' }).waitFor();
  await consents.getByRole('list', { name: 'In force' }).getByText('Photos and recordings', { exact: true }).waitFor();
  await consents.getByText('The wording shown (version 1)').first().click();
  await scan(page, 'person page, consents', problems);
  assert.equal(await page.getByRole('region', { name: 'Data protection rights' }).count(), 0, 'only for admins');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Privacy', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
  await page.getByRole('region', { name: 'Records of processing' }).getByRole('row', { name: /Evaluating what an event changed/ }).waitFor();
  await settled(page);
  await scan(page, 'privacy page', problems);
  // Two records of one person, one of them with an invitation: merged field by field.
  const api = await apiAs(page);
  const kept = await api('POST', '/api/v1/people', { name: 'Åsa Öberg', country: 'SE' });
  const other = await api('POST', '/api/v1/people', { name: 'Asa OBERG', country: 'SE', email: 'asa.oberg@example.se' });
  const event = (await api('GET', '/api/v1/events')).items.find((e) => e.status === 'designed');
  await api('POST', `/api/v1/events/${event.id}/invitations`, { person_ids: [other.id] });
  await page.getByRole('link', { name: 'Duplicates', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Duplicates' }).waitFor();
  await page.getByRole('status').filter({ hasText: /^\d+ pairs$/ }).waitFor();
  await settled(page);
  await scan(page, 'duplicates page', problems);
  await page.getByRole('button', { name: 'Compare Åsa Öberg and Asa OBERG' }).click();
  const merge = page.getByRole('form', { name: 'Merge Åsa Öberg and Asa OBERG' });
  await merge.getByRole('group', { name: 'E-mail' }).getByLabel('asa.oberg@example.se').waitFor();
  await scan(page, 'duplicates page, merging', problems);
  await merge.getByRole('button', { name: 'Merge Asa OBERG into Åsa Öberg' }).click();
  await page.getByRole('status').filter({ hasText: /^Merged into Åsa Öberg: \d+ references moved\.$/ }).waitFor();
  const merged = await api('GET', `/api/v1/people/${kept.id}`);
  assert.equal(merged.email, 'asa.oberg@example.se');
  const invited = (await api('GET', `/api/v1/events/${event.id}/invitations`)).items.map((i) => i.person_id);
  assert.ok(invited.includes(kept.id) && !invited.includes(other.id), 'the invitation moved');

  const admin = await h.newPage({ locale: 'sv-SE' });
  await login(admin, 'admin', '/people');
  await admin.getByRole('link', { name: 'Märta Sjöberg' }).first().click();
  const rights = admin.getByRole('region', { name: 'Rättigheter enligt dataskyddet' });
  await rights.waitFor();
  await settled(admin);
  const [download] = await Promise.all([admin.waitForEvent('download'), rights.getByRole('link', { name: 'Ladda ned allt om Märta Sjöberg (ZIP)' }).click()]);
  assert.match(download.suggestedFilename(), /^samla-person-\d+\.zip$/);
  assert.equal(readFileSync(await download.path()).subarray(0, 2).toString(), 'PK');
  await scan(admin, 'personsida, rättigheter', problems);

  // A new version of a wording, written on the Privacy page in Swedish; consents from now on use it.
  await admin.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Integritet', exact: true }).click();
  const newVersion = admin.getByRole('form', { name: 'Skriv en ny version' });
  await newVersion.getByLabel('För vad').selectOption({ label: 'Foton och inspelningar' });
  const swedish = newVersion.getByLabel(/^Formulering på svenska/);
  await admin.waitForFunction(() => document.querySelector('textarea[name=text_sv]')?.value.length > 0);
  await swedish.fill(`${await swedish.inputValue()} Du kan säga nej när som helst.`);
  await newVersion.getByRole('button', { name: 'Spara den nya versionen' }).click();
  await newVersion.getByRole('status').filter({ hasText: /^Version 2 av formuleringen för Foton och inspelningar är sparad\.$/ }).waitFor();
  await settled(admin);
  await scan(admin, 'dataskydd, formuleringar', problems);
  const adminApi = await apiAs(admin);
  const photos = (await adminApi('GET', '/api/v1/consent-texts')).items.filter((x) => x.purpose === 'photos');
  assert.deepEqual(photos.map((x) => x.version).sort(), [1, 2]);
  assert.match(photos.find((x) => x.version === 2).text_sv, /Du kan säga nej när som helst\.$/);
  assert.deepEqual(problems, []);
});

test('a participant with an account opens their page through My data and reads a report of an event they attended', async () => {
  const problems = [];
  const admin = await h.newPage();
  await login(admin, 'admin', '/people');
  const api = await apiAs(admin);
  // The demo's reported event: its approved report is published, and the participant's account
  // is linked to someone who attended it.
  const event = (await api('GET', '/api/v1/events')).items.find((e) => e.status === 'reported');
  const report = (await api('GET', '/api/v1/reports')).items.find((r) => r.event_id === event.id);
  await api('POST', `/api/v1/reports/${report.id}/transitions`, { to: 'published' });
  const attended = (await api('GET', `/api/v1/events/${event.id}/invitations`)).items.find((i) => i.status === 'attended');
  const person = await api('GET', `/api/v1/people/${attended.person_id}`);
  const participant = (await api('GET', '/api/v1/users')).items.find((u) => u.name === 'participant');
  const csrf = (await (await admin.request.get('/api/v1/session')).json()).csrf_token;
  const linked = await admin.request.patch(`/api/v1/users/${participant.id}`, { data: { person_id: person.id }, headers: { 'X-CSRF-Token': csrf, 'If-Match': `"${participant.version}"` } });
  assert.equal(linked.status(), 200, await linked.text());
  await admin.context().close();

  const page = await h.newPage({ viewport: phone });
  await login(page, 'participant', '/my-work');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My data', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor();
  await settled(page);
  await scan(page, 'my data', problems);
  await page.getByRole('button', { name: 'Open my page' }).click();
  await page.waitForURL(/\/me$/);
  await page.getByRole('heading', { level: 2, name: `Hello, ${person.name}` }).waitFor();
  const reports = page.getByRole('region', { name: 'Reports of events you attended' });
  await reports.getByRole('heading', { level: 3, name: event.title }).waitFor();
  await settled(page);
  await noSidewaysScroll(page, 'the own page with a report at 360 px');
  await scan(page, 'own page with a report', problems);
  // The PDF is made by a browser on the server (slow on a loaded machine: the HTTP test reads
  // it); here the button is there, and the web page is saved through the same path.
  await reports.getByRole('button', { name: `Read (PDF): ${event.title}` }).waitFor();
  const [html] = await Promise.all([page.waitForEvent('download'), reports.getByRole('button', { name: `Save as a web page: ${event.title}` }).click()]);
  const text = readFileSync(await html.path(), 'utf8');
  assert.match(text, /^<!DOCTYPE html>/i);
  assert.ok(text.includes(event.title.replace(/&/g, '&amp;').replace(/'/g, '&#39;')) || text.includes(event.title), 'the report names its event');
  assert.deepEqual(problems, []);
});
