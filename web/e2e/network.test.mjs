// End-to-end: the stakeholder network on the demo programme (29 reported ties among demo
// people, and the kickoff and policy dialogue already held) in real Chromium against a real
// samla on a fresh database: the graph is drawn, the tables hold the same network, "as of"
// goes back before the kickoff, the trends and introductions read, names and downloads work,
// and axe finds nothing in either language, also 360 px wide.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { login, screenshotDir, startHarness } from './support/harness.mjs';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let h;
before(async () => {
  h = await startHarness();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => h?.stop());

// The page has loaded everything: the graph is drawn and no section says "Loading".
async function loaded(page) {
  await page.locator('[data-testid="network-canvas"][data-rendered-nodes]').waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

async function axe(page, name) {
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  const problems = result.violations.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
  assert.equal(problems.length, 0, `axe found violations:\n${problems.join('\n')}`);
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

for (const [lang, locale] of [
  ['en', 'en-GB'],
  ['sv', 'sv-SE'],
]) {
  test(`axe finds nothing on /network in ${lang === 'en' ? 'English' : 'Swedish'}, nor at 360 px, which never scrolls sideways`, async () => {
    const page = await h.newPage({ locale });
    await login(page, 'coordinator', '/network?colour=country&size=betweenness');
    await page.getByRole('heading', { level: 1, name: lang === 'en' ? 'Stakeholder network' : 'Aktörsnätverk' }).waitFor();
    await loaded(page);
    await axe(page, `/network (${lang})`);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/network');
    await loaded(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
    await axe(page, `/network at 360 px (${lang})`);
    if (lang === 'sv') await page.screenshot({ path: join(screenshotDir, 'network-360-sv.png'), fullPage: false });
    await page.context().close();
  });
}
