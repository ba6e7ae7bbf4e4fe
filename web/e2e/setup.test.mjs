// End-to-end: the first run, in Swedish, in real Chromium against a samla started on an empty
// database (no account, no data). The login page says where the set-up link is; the link samla
// printed opens the set-up page, where the first administrator is created with the demo
// programme; they land logged in on the start page with the administrator's menu and the
// demo's register. The used link then says that samla is set up. Axe finds nothing on the login
// notice and the set-up page (Swedish, and English on a 360 px phone), and nothing scrolls
// sideways on the phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { scan } from './support/axe.mjs';
import { printedSetupSecret, startHarness } from './support/harness.mjs';
import { noSidewaysScroll, settled } from './support/page.mjs';

let h;
before(async () => {
  h = await startHarness({ empty: true });
});
after(async () => h?.stop());

test('the first administrator is created through the printed link, in Swedish, with the demo', async () => {
  const problems = [];
  const secret = await printedSetupSecret(h);
  assert.match(h.log(), /samla har inget konto än/);

  const page = await h.newPage({ locale: 'sv-SE' });
  await page.goto('/login');
  await page.getByText('samla har inget konto än. När samla startade skrev det ut en länk').waitFor();
  await scan(page, 'login without accounts (sv)', problems);

  await page.goto(`/setup#${secret}`);
  await page.getByRole('heading', { level: 1, name: 'Kom igång med samla' }).waitFor();
  await scan(page, 'setup (sv)', problems);
  await page.getByLabel(/^Namn/).fill('maria');
  await page.getByLabel(/^Lösenord \(/).fill('ett långt lösenord för maria');
  await page.getByLabel(/^Lösenordet igen/).fill('ett annat lösenord');
  await page.getByRole('button', { name: 'Skapa administratören' }).click();
  // Checked in the browser: the summary takes focus and links to the field.
  await page.getByRole('link', { name: /Lösenordet igen/ }).waitFor();
  await scan(page, 'setup with an error (sv)', problems);
  await page.getByLabel(/^Lösenordet igen/).fill('ett långt lösenord för maria');
  await page.getByRole('checkbox', { name: 'Läs in demoprogrammet' }).check();
  await page.getByRole('button', { name: 'Skapa administratören' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await settled(page);

  // Logged in as the administrator, with the demo programme's register.
  const menu = page.getByRole('navigation', { name: /Huvudmeny|Main/ });
  await menu.getByRole('link', { name: 'Användare' }).waitFor();
  const session = await (await page.request.get('/api/v1/session')).json();
  assert.deepEqual([session.user.name, session.user.role], ['maria', 'admin']);
  const people = await (await page.request.get('/api/v1/people?limit=1')).json();
  assert.ok(people.total > 10, `the demo's people: ${people.total}`);

  // The link is used: it says that samla is set up, with the way to log in.
  const phone = await h.newPage({ viewport: { width: 360, height: 740 } });
  await phone.goto(`/setup#${secret}`);
  await phone.getByText('samla is set up already: it has an account.').waitFor();
  await scan(phone, 'setup done (en, 360 px)', problems);
  await noSidewaysScroll(phone, 'setup done at 360 px');
  assert.deepEqual(problems, []);
});
