// What the browser tests ask of any page: that it does not scroll sideways on a phone, and that
// it has finished loading.
import assert from 'node:assert/strict';

// The page does not scroll sideways; if it does, the message names what sticks out (outside
// the tables, which scroll inside themselves).
export async function noSidewaysScroll(page, what) {
  const { overflow, wide } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className}`);
    return { overflow: document.documentElement.scrollWidth - width, wide };
  });
  assert.ok(overflow <= 0, `${what} is ${overflow}px wider than the screen: ${wide.join(', ')}`);
}

// No list or page is still loading.
export const settled = (page) => page.waitForFunction(() => !document.querySelector('.loading'));
