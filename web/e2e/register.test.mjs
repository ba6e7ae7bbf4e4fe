// End-to-end: the register in real Chromium against a real samla on a fresh database.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { violations } from './support/axe.mjs';
import { login, passwordFor, startHarness } from './support/harness.mjs';

let h;
before(async () => {
  h = await startHarness();
  console.log(`# samla at ${h.apiUrl}; app ${h.servedBySamla ? 'served by samla' : `through the test proxy at ${h.baseUrl}`}`);
});
after(async () => h?.stop());

const heading = (page) => page.getByRole('heading', { level: 1 });

test('a wrong password is refused, the right one logs in and logout ends the session', async () => {
  const page = await h.newPage();
  await page.goto('/people');
  await page.waitForURL(/\/login\?next=%2Fpeople/);
  await page.getByLabel(/^Name/).fill('admin');
  await page.getByLabel(/^Password/).fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('alert').filter({ hasText: 'name or password is wrong' }).waitFor();
  await page.getByLabel(/^Password/).fill(passwordFor('admin'));
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/people$/);
  await heading(page).filter({ hasText: 'People' }).waitFor();
  // The count appears once the list has loaded (a busy machine shows "Loading" first).
  await page.getByRole('status').filter({ hasText: /\d+ people/ }).first().waitFor();
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.waitForURL(/\/login$/);
  await page.goto('/people');
  await page.waitForURL(/\/login\?next=/);
  await page.context().close();
});

test('an expired session goes to login and back to the page the user was going to', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator');
  await page.goto('/organisations?sector=region');
  await heading(page).filter({ hasText: 'Organisations' }).waitFor();
  // Every request of this page has answered: a late one after the cookies are gone would
  // (rightly) send the user to login from /organisations instead of from the link below.
  await page.waitForLoadState('networkidle');
  await page.context().clearCookies();
  // The next request answers 401: the app sends the user to login, remembering the page.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Themes' }).click();
  await page.waitForURL(/\/login\?next=%2Fthemes/);
  await page.getByRole('status').filter({ hasText: 'session has ended' }).waitFor();
  await page.getByLabel(/^Name/).fill('coordinator');
  await page.getByLabel(/^Password/).fill(passwordFor('coordinator'));
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/themes$/);
  await heading(page).filter({ hasText: 'Themes' }).waitFor();
  await page.context().close();
});

test('create, edit, search and delete a person; field errors show beside the field', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator');
  await page.goto('/people');
  await page.getByRole('link', { name: 'New person' }).click();
  await heading(page).filter({ hasText: 'New person' }).waitFor();
  await page.getByLabel(/^Name/).fill('Åsa Testberg');
  await page.getByLabel(/^E-mail/).fill('not-an-address');
  await page.getByRole('button', { name: 'Save' }).click();
  const fieldError = page.locator('#field-email').locator('xpath=..').locator('.field-error');
  await fieldError.waitFor();
  assert.match(await fieldError.innerText(), /e-mail/i);
  assert.equal(await page.locator('#field-email').getAttribute('aria-invalid'), 'true');
  await page.getByRole('alert').filter({ hasText: 'Please correct the following' }).waitFor();
  await page.getByLabel(/^E-mail/).fill('asa.testberg@example.org');
  await page.getByLabel(/^Country/).selectOption('SE');
  await page.getByRole('checkbox', { name: 'Researcher' }).check();
  await page.getByLabel(/^Tags/).fill('e2e, pilot');
  await page.getByRole('button', { name: 'Save' }).click();
  await heading(page).filter({ hasText: 'Åsa Testberg' }).waitFor();
  const personUrl = page.url();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel(/^Title/).fill('Forskare i folkhälsa');
  await page.getByRole('button', { name: 'Save' }).click();
  await heading(page).filter({ hasText: 'Åsa Testberg' }).waitFor();
  await page.getByText('Forskare i folkhälsa').waitFor();

  await page.goto('/people');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Testberg');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.getByRole('status').filter({ hasText: /^1 people$/ }).waitFor();
  await page.getByRole('link', { name: 'Åsa Testberg' }).click();
  // The router moves in the page's own time: wait for the address, do not read it at once.
  await page.waitForURL(personUrl);

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await page.waitForURL(/\/people$/);
  await page.goto('/people?q=Testberg');
  await page.getByRole('status').filter({ hasText: /^0 people$/ }).waitFor();
  await page.context().close();
});

test('saving over someone else’s change shows the 412 message and saves nothing', async () => {
  const first = await h.newPage();
  const second = await h.newPage();
  await login(first, 'coordinator');
  await login(second, 'admin');
  await first.goto('/people?sort=name');
  const href = await first.locator('tbody a').first().getAttribute('href');
  await first.goto(`${href}/edit`);
  await second.goto(`${href}/edit`);
  await first.getByLabel(/^Title/).fill('Changed first');
  await first.getByRole('button', { name: 'Save' }).click();
  await first.waitForURL((u) => !u.pathname.endsWith('/edit'));
  await second.getByLabel(/^Title/).fill('Changed second');
  await second.getByRole('button', { name: 'Save' }).click();
  await second.getByRole('alert').filter({ hasText: 'Someone else changed this record' }).waitFor();
  await second.getByRole('button', { name: /Load the latest version/ }).click();
  await second.waitForFunction(() => document.querySelector('#field-title')?.value === 'Changed first');
  await first.context().close();
  await second.context().close();
});

test('an import with a bad row shows the line and writes nothing', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator');
  const before = await (await page.request.get('/api/v1/people?limit=1')).json();
  const csv = 'name;email;country\nImport Ok;import.ok@example.org;SE\nImport Bad;not-an-address;Nowhereland\n';
  await page.goto('/import');
  await page.getByLabel('Excel or CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check file' }).click();
  await page.getByRole('alert').filter({ hasText: 'Nothing was imported' }).waitFor();
  const firstCell = page.getByRole('region', { name: 'Problems in the file' }).locator('tbody tr td').first();
  assert.equal(await firstCell.innerText(), '3');
  assert.equal(await page.getByRole('button', { name: 'Import now' }).count(), 0);
  const afterwards = await (await page.request.get('/api/v1/people?limit=1')).json();
  assert.equal(afterwards.total, before.total);
  await page.context().close();
});

test('the people list downloads as CSV and XLSX with its filters', async () => {
  const page = await h.newPage();
  await login(page, 'coordinator');
  await page.goto('/people?country=SE');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
  const text = await (await import('node:fs/promises')).readFile(await csv.path(), 'utf8');
  assert.match(text.split('\n')[0], /name/i);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'XLSX' }).click()]);
  const bytes = await (await import('node:fs/promises')).readFile(await xlsx.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  await page.context().close();
});

test('an Excel sheet imports in Swedish: an unknown column is shown left out, a chosen field is used', async () => {
  // The app's own XLSX export of a few people, imported back with the Swedish UI: every column is
  // matched by name and the rows are unchanged. Then a CSV with a column samla does not know,
  // which the mapping step points at a field.
  const page = await h.newPage({ locale: 'sv-SE' });
  await login(page, 'coordinator');
  const exported = await page.request.get('/api/v1/people/export?format=xlsx&country=SE&lang=sv');
  assert.equal(exported.status(), 200);
  const workbook = await exported.body();
  await page.goto('/import');
  await page.getByLabel('Excel- eller CSV-fil').setInputFiles({ name: 'aktörer.xlsx', mimeType: '', buffer: workbook });
  await page.getByRole('button', { name: 'Kontrollera filen' }).click();
  await page.getByRole('heading', { name: 'Kolumner', exact: true }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Fält för kolumnen E-post' }).inputValue(), 'email');
  await page.getByRole('status').filter({ hasText: 'Klar att importera: 0 nya, 0 uppdaterade.' }).waitFor();

  const csv = 'Namn;Kontakt;Vår kod\nXlsx Prov;xlsx.prov@example.org;K-1\n';
  await page.getByLabel('Excel- eller CSV-fil').setInputFiles({ name: 'prov.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Kontrollera filen' }).click();
  await page.getByRole('heading', { name: 'Kolumner som hoppas över' }).waitFor();
  await page.getByRole('combobox', { name: 'Fält för kolumnen Kontakt' }).selectOption('email');
  await page.getByRole('combobox', { name: 'Fält för kolumnen Vår kod' }).selectOption('');
  await page.getByRole('heading', { name: 'Kolumner som hoppas över' }).waitFor({ state: 'detached' });
  assert.deepEqual(await violations(page, 'import mapping (sv)'), []);
  await page.getByRole('button', { name: 'Importera nu' }).click();
  await page.getByRole('status').filter({ hasText: 'Importerat: 1 nya, 0 uppdaterade.' }).waitFor();
  const found = await (await page.request.get('/api/v1/people?q=Xlsx%20Prov')).json();
  assert.equal(found.items[0].email, 'xlsx.prov@example.org');
  await page.context().close();
});

test('the language can be switched, follows the browser and is remembered', async () => {
  const page = await h.newPage({ locale: 'sv-SE' });
  await page.goto('/login');
  await heading(page).filter({ hasText: 'Logga in' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
  await login(page, 'admin', '/people');
  await heading(page).filter({ hasText: 'Personer' }).waitFor();
  await page.getByRole('status').filter({ hasText: /personer$/ }).waitFor();
  await page.getByRole('button', { name: /^English/ }).click();
  await heading(page).filter({ hasText: 'People' }).waitFor();
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  await page.reload();
  await heading(page).filter({ hasText: 'People' }).waitFor();
  await page.getByRole('button', { name: /^Svenska/ }).click();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
  await heading(page).filter({ hasText: 'Organisationer' }).waitFor();
  await page.context().close();
});

test('an observer reads the register but cannot edit it nor see lived experience', async () => {
  const page = await h.newPage();
  await login(page, 'observer', '/people');
  await heading(page).filter({ hasText: 'People' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'New person' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Import' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Users' }).count(), 0);
  const options = await page.getByLabel('Perspective').locator('option').allInnerTexts();
  assert.ok(options.includes('Researcher'));
  assert.ok(!options.includes('Lived experience'));
  await page.locator('tbody a').first().click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Delete' }).count(), 0);
  await page.goto('/people/new');
  await heading(page).filter({ hasText: 'Not allowed' }).waitFor();
  const write = await page.request.post('/api/v1/people', { data: { name: 'Sneaky' } });
  assert.equal(write.status(), 403);
  await page.context().close();
});

test('a keyboard-only run creates a person without the mouse', async () => {
  const page = await h.newPage();
  await page.goto('/login');
  // Wait until the app has replaced its loading state with the form: a Tab pressed earlier
  // can land on an element that the first render then replaces.
  await page.locator('#field-name').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
  // Name, password, Enter: the login form.
  const focusOn = async (predicate, limit = 60) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(predicate)) return;
    }
    throw new Error('focus never reached the target');
  };
  await focusOn(() => document.activeElement?.id === 'field-name');
  await page.keyboard.type('coordinator');
  await page.keyboard.press('Tab');
  await page.keyboard.type(passwordFor('coordinator'));
  await page.keyboard.press('Enter');
  // Home is the programme; back from its heading into the navigation, to People.
  await page.waitForURL(/\/programme$/);
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  for (let i = 0; i < 60 && !(await page.evaluate(() => document.activeElement?.textContent === 'People')); i++)
    await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '/people');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/people$/);
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  await focusOn(() => document.activeElement?.textContent === 'New person');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/people\/new$/);
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  // The look-up lists (countries, themes) have arrived when the theme checkboxes show.
  await page.locator('input[name="themes"]').first().waitFor();
  await focusOn(() => document.activeElement?.id === 'field-name');
  await page.keyboard.type('Kim Tangentbord');
  await focusOn(() => document.activeElement?.getAttribute('value') === 'community_leader');
  await page.keyboard.press('Space');
  await focusOn(() => document.activeElement?.id === 'field-email');
  await page.keyboard.type('kim.tangentbord@example.org');
  await focusOn(() => document.activeElement?.textContent === 'Save');
  await page.keyboard.press('Enter');
  await heading(page).filter({ hasText: 'Kim Tangentbord' }).waitFor();
  await page.getByText('Community leader').waitFor();
  await page.context().close();
});

test('the app works 360 px wide without sideways scrolling of the page', async () => {
  const page = await h.newPage({ viewport: { width: 360, height: 740 } });
  await login(page, 'coordinator');
  for (const path of ['/people', '/people/new', '/organisations', '/themes', '/import']) {
    await page.goto(path);
    await heading(page).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path} is ${overflow}px wider than the screen`);
  }
  await page.context().close();
});
