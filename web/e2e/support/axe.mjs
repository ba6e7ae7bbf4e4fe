// The accessibility check every browser test runs: axe-core with the WCAG 2.2 AA rules. Each
// violation becomes one line naming the page and state, so a failing run says where to look.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// axe-core itself, put into the page once and run there. @axe-core/playwright's AxeBuilder does
// the same check but injects half a megabyte of script on every call and finishes each run in a
// new blank page (for cross-origin frames, which samla has none of): about a second a scan
// against 40 ms, measured, and the browser tests run some 150 scans.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The violations on the page as it is now.
export async function violations(page, name) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), wcagTags);
  return result.violations.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
}

// Waits for the page's data (its heading is there and nothing says "Loading"), then adds its
// violations to `problems`.
export async function scan(page, name, problems) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
  problems.push(...(await violations(page, name)));
}
