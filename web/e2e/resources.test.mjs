// End-to-end: the resource library in real Chromium against a real samla with the demo. A
// facilitator opens the library from the navigation, adds a report and uploads a file through
// the form: an HTML page is refused beside the file field (its type read from its bytes, whatever
// its name), a text file is kept and downloads byte for byte under its Swedish name. A
// participant, in Swedish on a 360 px phone, finds the shared template by a word, downloads it,
// never sees the team's note, and has nothing to change. Axe finds nothing in either language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { login, startHarness } from './support/harness.mjs';
import { noSidewaysScroll, settled } from './support/page.mjs';

let h;
before(async () => {
  h = await startHarness();
});
after(async () => h?.stop());

test('a facilitator adds a report, a refused file is named at its field, a text file is kept', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'facilitator', '/people');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  await settled(page);
  await page.getByRole('article', { name: 'Planning note for the formation workshops' }).getByText('Only for the team').waitFor();
  await scan(page, 'library', problems);

  const form = page.getByRole('form', { name: 'Add a resource' });
  await form.getByLabel(/^Title/).fill('Lägesrapport hösten 2026');
  await form.getByLabel('Kind').selectOption({ label: 'Report' });
  await form.getByLabel('Stigma reduction').check();
  await form.getByLabel('File').setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>') });
  await form.getByRole('button', { name: 'Add to the library' }).click();
  // The description is saved: the form now changes it, and says why the file was not kept.
  const changing = page.getByRole('form', { name: 'Change “Lägesrapport hösten 2026”' });
  await changing.locator('.field-error').filter({ hasText: 'Files of this type (text/html) are not kept' }).waitFor();
  await changing.getByText('The description is saved, but not the file.').waitFor();
  await scan(page, 'library, a refused file', problems);

  const text = 'Läget i arbetsgrupperna.\nBarn och unga: två workshoppar klara.\n';
  await changing.getByLabel('File').setInputFiles({ name: 'Läget i höst.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await changing.getByRole('button', { name: 'Save the changes' }).click();
  await page.getByRole('status').filter({ hasText: '“Lägesrapport hösten 2026” is saved.' }).waitFor();
  const card = page.getByRole('article', { name: 'Lägesrapport hösten 2026' });
  await card.getByText('Report · Swedish · Stigma reduction').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: 'Download Läget i höst.txt' }).click()]);
  assert.equal(download.suggestedFilename(), 'Läget i höst.txt');
  assert.equal(readFileSync(await download.path(), 'utf8'), text);
  assert.deepEqual(problems, []);
});

test('a participant on a phone, in Swedish, finds and downloads the shared template and nothing else', async () => {
  const problems = [];
  const page = await h.newPage({ locale: 'sv-SE', viewport: { width: 360, height: 740 } });
  await login(page, 'participant', '/resources');
  await page.getByRole('heading', { level: 1, name: 'Bibliotek' }).waitFor();
  await settled(page);
  await page.getByRole('status').filter({ hasText: /^\d+ resurser$/ }).waitFor();
  assert.equal(await page.getByRole('article', { name: 'Planning note for the formation workshops' }).count(), 0);
  assert.equal(await page.getByRole('form', { name: 'Lägg till en resurs' }).count(), 0);
  await page.getByRole('search', { name: 'Sök i biblioteket' }).getByLabel('Ord').fill('MINNESANTECKNINGAR');
  await page.getByRole('button', { name: 'Filtrera' }).click();
  // The search has answered when the count says one (the card was already in the whole list).
  await page.getByRole('status').filter({ hasText: /^1 resurser$/ }).waitFor();
  const card = page.getByRole('article', { name: 'Mall för minnesanteckningar från workshop' });
  assert.equal(await page.getByRole('article').count(), 1);
  assert.equal(await card.getByRole('button').count(), 0, 'nothing to change');
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: 'Ladda ner mall-minnesanteckningar.md' }).click()]);
  assert.match(readFileSync(await download.path(), 'utf8'), /^# Minnesanteckningar/);
  await noSidewaysScroll(page, 'the library at 360 px');
  await scan(page, 'bibliotek, deltagare', problems);
  assert.deepEqual(problems, []);
});
