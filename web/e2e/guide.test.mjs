// The user guide's walk (docs/guide.sv.md, docs/guide.en.md): the Swedish process step by step on
// the demo programme, as a coordinator, in Swedish and in English. Each step's page must open with
// its own heading and finish loading; its picture is what the guide shows (written to
// docs/screenshots/). It runs only when the pictures are made (SAMLA_UPDATE_SCREENSHOTS=1): every
// one of these pages is already opened and checked in both languages by accessibility.test.mjs,
// and make test should not pay twice for it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { login, screenshotDir, startHarness } from './support/harness.mjs';

const making = Boolean(process.env.SAMLA_UPDATE_SCREENSHOTS);
let h;
before(async () => {
  if (making) h = await startHarness();
});
after(async () => {
  await h?.stop();
});

// [file name, path, heading in Swedish, heading in English]
const steps = [
  ['1-start', '/my-work', 'Mitt arbete', 'My work'],
  ['2-import', '/import', 'Importera från Excel eller CSV', 'Import from Excel or CSV'],
  ['3-people', '/people', 'Personer', 'People'],
  ['4-analysis', '/analysis', 'Intressentanalys', 'Stakeholder analysis'],
  ['5-coverage', '/analysis/coverage', 'Täckning', 'Coverage'],
  ['6-kickoff', '/analysis/kickoff', 'Inbjudningslistor för uppstart', 'Kickoff invitation lists'],
  ['7-events', '/events', 'Evenemang', 'Events'],
  ['8-lessons', '/lessons', 'Lärdomar', 'Lessons learned'],
  ['9-reports', '/reports', 'Rapporter', 'Reports'],
  ['10-actions', '/actions', 'Åtgärder', 'Actions'],
  ['11-groups', '/groups', 'Uppföljningsgrupper', 'Follow-up groups'],
  ['12-network', '/network', 'Aktörsnätverk', 'Stakeholder network'],
];

for (const [lang, locale] of [
  ['sv', 'sv-SE'],
  ['en', 'en-GB'],
]) {
  test(`the guide's walk in ${lang === 'sv' ? 'Swedish' : 'English'}`, { skip: !making && 'only when the guide pictures are made' }, async () => {
    const page = await h.newPage({ locale });
    await login(page, 'coordinator');
    for (const [name, path, sv, en] of steps) {
      await page.goto(path);
      const heading = page.getByRole('heading', { level: 1, name: lang === 'sv' ? sv : en, exact: true });
      await heading.waitFor();
      await page.waitForFunction(() => !document.querySelector('.loading'));
      if (name === '2-import') {
        // The mapping step, as a sheet with a column samla does not know shows it.
        const sheet = lang === 'sv' ? 'Namn;E-post;Vår kod\nKim Exempel;kim@example.org;K-1\n' : 'Name;E-mail;Our code\nKim Example;kim@example.org;K-1\n';
        await page.getByLabel(lang === 'sv' ? 'Excel- eller CSV-fil' : 'Excel or CSV file').setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
        await page.getByRole('button', { name: lang === 'sv' ? 'Kontrollera filen' : 'Check file' }).click();
        const mapping = page.getByRole('heading', { name: lang === 'sv' ? 'Kolumner' : 'Columns', exact: true });
        await mapping.waitFor();
        await page.evaluate(() => window.scrollTo(0, document.getElementById('import-mapping').getBoundingClientRect().top + window.scrollY - 16));
      }
      assert.equal(await heading.count(), 1, `${path} in ${lang}`);
      await page.screenshot({ path: join(screenshotDir, `guide-${name}-${lang}.png`), fullPage: false });
    }
    await page.context().close();
  });
}
