// The accessibility check every browser test runs: axe-core with the WCAG 2.2 AA rules. Each
// violation becomes one line naming the page and state, so a failing run says where to look.
import { AxeBuilder } from '@axe-core/playwright';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The violations on the page as it is now.
export async function violations(page, name) {
  const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return result.violations.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
}

// Waits for the page's data (its heading is there and nothing says "Loading"), then adds its
// violations to `problems`.
export async function scan(page, name, problems) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
  problems.push(...(await violations(page, name)));
}
