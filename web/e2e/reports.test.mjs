// End-to-end: reports in real Chromium against a real samla on the demo programme, whose
// kickoff and policy dialogue have approved reports. A coordinator opens the reports list and
// the kickoff's report, reads the preview, publishes it and makes a public link, which opens
// without an account; every download answers with its format. Axe finds nothing on the list, the
// report page and the event's Report tab, at full width and 360 px wide (where nothing scrolls
// sideways), in English and Swedish, nor in the report's own HTML in both languages.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { scan, violations } from './support/axe.mjs';
import { login, screenshotDir, startHarness } from './support/harness.mjs';
import { noSidewaysScroll } from './support/page.mjs';

const kickoff = 'Kickoff: Kraftsamling för psykisk hälsa';
const dialogue = 'Policy dialogue: access to services across borders';
const phone = { width: 360, height: 740 };
const types = {
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown',
};

let h;
before(async () => {
  h = await startHarness();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => h?.stop());

// The report's own document, as the session reads it, loaded as a page and scanned.
async function scanDocument(page, url, name, problems) {
  const response = await page.goto(url);
  assert.equal(response.status(), 200, `${url}: ${response.status()}`);
  assert.match(response.headers()['content-type'], /^text\/html/);
  await page.waitForLoadState('load');
  problems.push(...(await violations(page, name)));
}

// Shared by the tests, which run in order: the kickoff's report and its public link.
let reportId;
let publicUrl;

test('a coordinator reads, publishes and shares a report, and downloads it in every format', async () => {
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', '/reports');
  await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
  const table = page.getByRole('region', { name: 'Reports' });
  await table.getByRole('link', { name: dialogue }).waitFor();
  await scan(page, 'reports list', problems);
  await page.screenshot({ path: join(screenshotDir, 'reports-list.png'), fullPage: true });

  await table.getByRole('link', { name: kickoff }).click();
  await page.waitForURL(/\/reports\/\d+$/);
  reportId = Number(/\/reports\/(\d+)$/.exec(page.url())[1]);
  await page.getByRole('heading', { level: 1, name: kickoff }).waitFor();
  await page.locator('#field-status', { hasText: 'Approved' }).waitFor();
  // Approved: the texts are fixed, the review comments kept, the preview is in a frame.
  await page.getByText('The texts can be changed only while the report is a draft.').waitFor();
  await page.getByText('The figures match the attendance list.').waitFor();
  const frame = page.locator(`iframe[title="The report “${kickoff}” in English"]`);
  assert.equal(await frame.getAttribute('src'), `/api/v1/reports/${reportId}?format=html&lang=en`);
  await scan(page, 'report page (approved)', problems);

  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('The report is now: Published.').waitFor();
  await page.getByRole('radio', { name: 'in Swedish' }).check();
  assert.equal(await page.locator(`iframe[title="The report “${kickoff}” in Swedish"]`).getAttribute('src'), `/api/v1/reports/${reportId}?format=html&lang=sv`);
  await page.getByRole('button', { name: 'Make a public link' }).click();
  const linkField = page.getByLabel('The public link');
  await page.getByText('The link is shown only now.', { exact: false }).waitFor();
  publicUrl = await linkField.inputValue();
  assert.match(publicUrl, /^http:\/\/[^/]+\/api\/v1\/public\/reports\/[A-Za-z0-9_-]+$/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'public-link');
  await page.getByRole('button', { name: 'Remove the link' }).waitFor();
  await scan(page, 'report page (published, with a new public link)', problems);
  await page.screenshot({ path: join(screenshotDir, 'report-page.png'), fullPage: true });

  // Every download, in both languages, with the session.
  const hrefs = await page.getByRole('region', { name: 'Download' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.equal(hrefs.length, 8);
  for (const href of hrefs) {
    const format = new URL(href, 'http://x').searchParams.get('format');
    const r = await page.request.get(href);
    assert.equal(r.status(), 200, `${href}: ${r.status()} ${r.status() === 200 ? '' : await r.text()}`);
    assert.ok(r.headers()['content-type'].startsWith(types[format]), `${href}: ${r.headers()['content-type']}`);
    if (format !== 'html') assert.match(r.headers()['content-disposition'] ?? '', /^attachment/, `${href} is a download`);
  }

  // The public link answers without a session.
  const stranger = await h.newPage();
  const html = await stranger.request.get(publicUrl);
  assert.equal(html.status(), 200);
  assert.match(html.headers()['content-type'], /^text\/html/);
  assert.ok((await html.text()).includes('Kraftsamling'), 'the public link gives the report');
  const pdf = await stranger.request.get(`${publicUrl}?format=pdf&lang=sv`);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  await stranger.context().close();

  // On a phone: the list, the report page and the event's Report tab.
  await page.setViewportSize(phone);
  await page.goto('/reports');
  await noSidewaysScroll(page, 'the reports list');
  await scan(page, 'reports list at 360 px', problems);
  await page.goto(`/reports/${reportId}`);
  await page.getByRole('heading', { level: 1, name: kickoff }).waitFor();
  await page.getByText('A public link exists', { exact: false }).waitFor();
  await noSidewaysScroll(page, 'the report page');
  await scan(page, 'report page at 360 px', problems);
  await page.screenshot({ path: join(screenshotDir, 'report-page-phone.png'), fullPage: true });
  const { items } = await (await page.request.get('/api/v1/reports')).json();
  const eventId = items.find((r) => r.id === reportId).event_id;
  await page.goto(`/events/${eventId}/report`);
  await page.getByRole('heading', { level: 1, name: `Report: ${kickoff}` }).waitFor();
  await page.getByRole('link', { name: "Open the report's own page" }).waitFor();
  await noSidewaysScroll(page, "the event's Report tab");
  await scan(page, "event's Report tab at 360 px", problems);
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

// The report's own HTML opens as a page (the session's, and the public link's without one) and
// in the preview frame, in both languages, and axe finds nothing in it.
test("the report's own HTML opens as a page and in the preview, and has no accessibility problems", async () => {
  assert.ok(reportId && publicUrl, 'the first test published the report and made its link');
  const problems = [];
  const page = await h.newPage();
  await login(page, 'coordinator', `/reports/${reportId}`);
  // One Content-Disposition: Chromium refuses to show a document with two that differ
  // (net::ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION), in the frame as in a tab.
  const served = await page.request.get(`/api/v1/reports/${reportId}?format=html&lang=en`);
  const dispositions = served.headersArray().filter((x) => x.name.toLowerCase() === 'content-disposition').map((x) => x.value);
  assert.equal(dispositions.length, 1, `the report's HTML comes with ${dispositions.length} Content-Disposition headers: ${JSON.stringify(dispositions)}`);
  await page.getByRole('heading', { level: 1, name: kickoff }).waitFor();
  await page.frameLocator(`iframe[title="The report “${kickoff}” in English"]`).getByRole('heading', { level: 1, name: kickoff }).waitFor({ timeout: 10000 });
  await scanDocument(page, `/api/v1/reports/${reportId}?format=html&lang=sv`, 'report HTML (sv)', problems);
  await scanDocument(page, `/api/v1/reports/${reportId}?format=html&lang=en`, 'report HTML (en)', problems);
  await page.context().close();

  const stranger = await h.newPage({ viewport: phone });
  await scanDocument(stranger, publicUrl, 'public report at 360 px', problems);
  await stranger.getByRole('heading', { level: 1, name: kickoff }).waitFor();
  await stranger.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('in Swedish, the list, a report and a new theme report’s errors have no accessibility problems', async () => {
  const problems = [];
  const page = await h.newPage({ locale: 'sv-SE' });
  await login(page, 'coordinator', '/reports');
  await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
  // A report over dates that end before they start: the error is beside the field.
  await page.getByLabel(/^Från och med/).fill('2026-06-01');
  await page.getByLabel(/^Till och med/).fill('2026-01-01');
  await page.getByRole('button', { name: 'Påbörja rapporten' }).click();
  await page.locator('#error-summary').waitFor();
  await page.locator('#field-to[aria-invalid="true"]').waitFor();
  await scan(page, 'reports list with errors (sv)', problems);
  await page.getByRole('region', { name: 'Rapporter' }).getByRole('link', { name: dialogue }).click();
  await page.getByRole('heading', { level: 1, name: dialogue }).waitFor();
  await page.getByText('Godkänd', { exact: true }).first().waitFor();
  await scan(page, 'report page (sv)', problems);
  await page.setViewportSize(phone);
  await noSidewaysScroll(page, 'the report page in Swedish');
  await scan(page, 'report page at 360 px (sv)', problems);
  await page.context().close();
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
});

test('an observer reads approved reports but may not publish them', async () => {
  const page = await h.newPage();
  await login(page, 'observer', '/reports');
  await page.getByRole('region', { name: 'Reports' }).getByRole('link', { name: dialogue }).click();
  await page.getByRole('heading', { level: 1, name: dialogue }).waitFor();
  await page.getByRole('heading', { name: 'Preview' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Publish' }).count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'Review comments' }).count(), 0);
  await page.context().close();
});
