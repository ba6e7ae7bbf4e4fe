// End-to-end, in Swedish: a coordinator's first hour (issue 18). From an empty server's set-up
// link to the first administrator; an Excel sheet of 500 actors with Swedish headers and
// vocabulary, their organisations (created from the sheet) and assessment columns, imported
// through the mapping step; a kickoff list for Sweden, ordered by the analysis, invited to the
// kickoff event; the list downloaded as a Swedish workbook; then a coordinator enters 50
// assessments from the keyboard in the assessment table. Axe finds nothing on the new pages in
// Swedish and in English.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { scan } from './support/axe.mjs';
import { login, printedSetupSecret, startHarness } from './support/harness.mjs';
import { noSidewaysScroll, settled } from './support/page.mjs';
import { workbook } from './support/workbook.mjs';

let h;
before(async () => {
  h = await startHarness({ empty: true });
});
after(async () => h?.stop());

const sectors = ['Kommun', 'Region', 'Civilsamhälle', 'Myndighet', 'Akademi'];
const levels = ['Lokal', 'Regional', 'Nationell', 'Nationell', 'Nationell'];
const perspectives = ['Beslutsfattare', 'Lokal ledare', 'Forskare', 'Vårdprofessionell', 'Intresseorganisation'];
const attitude = (i) => ['\u22122', '\u22121', '0', '+1', '+2'][i % 5];

// 500 invented actors at 40 organisations, 36 in Sweden and 4 in Norway; the sheet does not say
// the sector and level of the last one, which comes in "to complete".
function actors() {
  const rows = [['Namn', 'E-post', 'Organisation', 'Land', 'Sektor', 'Nivå', 'Perspektiv', 'Inflytande', 'Intresse', 'Inställning', 'Legitimitet', 'Brådska']];
  for (let i = 0; i < 500; i++) {
    const k = i % 40;
    rows.push([
      `Aktör ${String(i + 1).padStart(3, '0')}`,
      `aktor${i + 1}@example.se`,
      `Organisation ${k + 1}`,
      k >= 36 ? 'Norge' : 'Sverige',
      k === 39 ? '' : sectors[k % 5],
      k === 39 ? '' : levels[k % 5],
      perspectives[i % 5],
      1 + ((i * 7) % 5),
      1 + ((i * 7 + (i % 3)) % 5),
      attitude(i),
      1 + (i % 5),
      1 + ((i * 2) % 5),
    ]);
  }
  return workbook(rows);
}

// A write through the API with the session's cookie and CSRF token.
async function post(page, path, body) {
  const session = await (await page.request.get('/api/v1/session')).json();
  const answer = await page.request.post(path, { data: body, headers: { 'X-CSRF-Token': session.csrf_token } });
  assert.ok(answer.ok(), `${path}: ${answer.status()} ${await answer.text()}`);
  return answer.json();
}

test('the first hour: set-up link, 500 actors from Excel, a kickoff list for Sweden invited to the kickoff, 50 assessments from the keyboard', async () => {
  const problems = [];
  const secret = await printedSetupSecret(h);
  const page = await h.newPage({ locale: 'sv-SE' });
  await page.goto(`/setup#${secret}`);
  await page.getByRole('heading', { level: 1, name: 'Kom igång med samla' }).waitFor();
  await page.getByLabel(/^Namn/).fill('maria');
  await page.getByLabel(/^Lösenord \(/).fill('ett långt lösenord för maria');
  await page.getByLabel(/^Lösenordet igen/).fill('ett långt lösenord för maria');
  await page.getByRole('button', { name: 'Skapa administratören' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await settled(page);

  // The sheet, as it comes: checked first, its columns read by their Swedish names.
  await page.goto('/import');
  await page.getByRole('radio', { name: 'Personer' }).check();
  await page.getByLabel(/^Excel- eller CSV-fil/).setInputFiles({ name: 'aktörer.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: actors() });
  await page.getByRole('button', { name: 'Kontrollera filen' }).click();
  await page.getByRole('heading', { name: 'Filen har inga problem' }).waitFor();
  await page.getByText('500 bedömningar läggs till som din bedömning.').waitFor();
  await page.getByRole('heading', { name: 'Organisationer som inte finns i registret och skapas med personerna (40)' }).waitFor();
  const mapping = page.getByRole('region', { name: 'Kolumner' });
  assert.equal(await mapping.getByRole('combobox', { name: /^Fält för kolumnen/ }).count(), 12, 'the mapping step shows every column');
  assert.equal(await mapping.getByRole('combobox', { name: /Inflytande/ }).inputValue(), 'influence');
  assert.equal(await mapping.getByRole('combobox', { name: /Sektor/ }).inputValue(), 'sector');
  const created = page.getByRole('region', { name: /Organisationer som inte finns i registret/ });
  const last = created.getByRole('row').filter({ hasText: 'Organisation 40' });
  assert.equal(await last.getByText('Inte känd ännu').count(), 2, 'no sector or level for Organisation 40');
  await page.getByText(/märks ”att komplettera” på organisationssidan/).waitFor();
  await scan(page, 'import ready (sv)', problems);
  await page.getByRole('button', { name: 'Importera nu' }).click();
  await page.getByText('Importerat: 500 nya, 0 uppdaterade. 500 bedömningar lades till. 40 organisationer skapades.').waitFor();

  // The organisation the sheet said nothing about waits on the organisations page.
  await page.goto('/organisations');
  await page.getByText('Organisationer utan sektor eller nivå som väntar på att kompletteras: 1.').waitFor();
  await page.getByRole('link', { name: 'Visa dem' }).click();
  await page.getByRole('link', { name: 'Organisation 40' }).waitFor();
  assert.equal(await page.getByRole('table').getByRole('row').count(), 2, 'the header and the one to complete');
  await page.getByRole('table').getByText('Att komplettera', { exact: true }).waitFor();
  await scan(page, 'organisations to complete (sv)', problems);

  // The kickoff event, and the list for Sweden.
  const event = await post(page, '/api/v1/events', {
    title: 'Kickoff Sverige', type: 'kickoff', format: 'online', link: 'https://meet.example.org/kickoff',
    starts_at: '2027-03-02T09:00', ends_at: '2027-03-02T16:00', time_zone: 'Europe/Stockholm', capacity: 600, interpretation_languages: [],
  });
  await page.goto('/analysis/kickoff');
  await page.getByLabel(/^Rubrik/).fill('Kickoff Sverige');
  await page.getByRole('combobox', { name: 'Land', exact: true }).selectOption({ label: 'Sverige' });
  await page.getByRole('button', { name: 'Bygg listan' }).click();
  await page.waitForURL(/\/analysis\/kickoff\/\d+$/);
  const listId = Number(/(\d+)$/.exec(page.url())[1]);
  const list = await (await page.request.get(`/api/v1/kickoff-lists/${listId}`)).json();
  assert.equal(list.parameters.country, 'SE');
  const ranked = list.entries.filter((e) => e.reason === 'key_player' || e.reason === 'keep_satisfied');
  assert.ok(ranked.length >= 20, `${ranked.length} ranked entries`);
  assert.ok(ranked.some((e) => e.reason === 'key_player'), 'key players first');
  assert.ok(list.entries.every((e) => e.country === 'SE'), 'only Sweden');
  for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1].priority >= ranked[i].priority, `ordered by priority at ${i}`);

  // Invite this list to the kickoff.
  await page.getByRole('combobox', { name: /^Evenemang/ }).selectOption({ label: 'Kickoff Sverige' });
  await page.getByRole('button', { name: 'Bjud in listan' }).click();
  await page.getByText(/\d+ inbjudningar föreslogs till Kickoff Sverige\./).waitFor();
  const people = new Set(list.entries.filter((e) => e.status === 'included' && e.subject_type === 'person').map((e) => e.subject_id));
  const invitations = await (await page.request.get(`/api/v1/events/${event.id}/invitations`)).json();
  assert.deepEqual(new Set(invitations.items.map((v) => v.person_id)), people);
  await scan(page, 'kickoff list invited (sv)', problems);

  // The list as a Swedish workbook.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'XLSX' }).click()]);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const text = Object.entries(files)
    .filter(([name]) => name.startsWith('xl/'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
  assert.match(text, /Namn/);
  assert.match(text, /nyckelaktör/i);
  assert.match(text, /fyller luckan: /);

  // A coordinator enters 50 assessments from the keyboard.
  await post(page, '/api/v1/users', { name: 'kim', role: 'coordinator', password: 'ett långt lösenord för kim' });
  const kim = await h.newPage({ locale: 'sv-SE' });
  await login(kim, 'kim', '/analysis/assess?country=SE', 'ett långt lösenord för kim');
  await kim.getByRole('heading', { level: 1, name: 'Bedömningstabell' }).waitFor();
  await settled(kim);
  await kim.getByRole('textbox', { name: 'Inflytande, Aktör 001' }).click();
  for (let row = 0; row < 50; row++)
    for (const [i, value] of [String(1 + (row % 5)), String(5 - (row % 5)), '+1', '4', '3'].entries()) {
      await kim.keyboard.type(value);
      if (row < 49 || i < 4) await kim.keyboard.press('Tab');
    }
  await kim.getByRole('button', { name: 'Spara de ifyllda raderna' }).click();
  await kim.getByText('50 bedömningar sparades.').waitFor();
  const views = await (await kim.request.get('/api/v1/analysis/stakeholders')).json();
  assert.equal(views.items.filter((v) => v.assessors === 2).length, 50);
  await scan(kim, 'assessment table (sv)', problems);

  // The new pages in English, and the table on a phone.
  const english = await h.newPage({ locale: 'en-GB' });
  await login(english, 'kim', '/analysis/assess?country=SE', 'ett långt lösenord för kim');
  await english.getByRole('heading', { level: 1, name: 'Assessment table' }).waitFor();
  await settled(english);
  await scan(english, 'assessment table (en)', problems);
  await english.goto(`/analysis/kickoff/${listId}`);
  await english.getByRole('heading', { name: 'Invite this list to an event' }).waitFor();
  await scan(english, 'kickoff list (en)', problems);
  await english.goto('/import');
  await english.getByRole('radio', { name: 'People' }).check();
  await english.getByLabel(/^Excel or CSV file/).setInputFiles({ name: 'actors.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: actors() });
  await english.getByRole('button', { name: 'Check file' }).click();
  await english.getByRole('heading', { name: 'The file has no problems' }).waitFor();
  await scan(english, 'import ready (en)', problems);
  const phone = await h.newPage({ locale: 'sv-SE', viewport: { width: 360, height: 740 } });
  await login(phone, 'kim', '/analysis/assess?country=SE', 'ett långt lösenord för kim');
  await phone.getByRole('heading', { level: 1, name: 'Bedömningstabell' }).waitFor();
  await settled(phone);
  await noSidewaysScroll(phone, 'the assessment table at 360 px');
  assert.deepEqual(problems, []);
});
