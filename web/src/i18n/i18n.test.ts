import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from './en.json';
import sv from './sv.json';
import { fieldError } from '../app/fixtures';
import serverMessages from './server-messages.json';
import { alternatives, format, reworded, serverMessage, translate, type Lang, type ServerMessage } from './i18n';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') && !name.endsWith('.test.tsx') ? [full] : [];
  });
}

describe('message catalogues', () => {
  it('Swedish and English have exactly the same keys', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
  });

  it('no message is empty and Swedish is not a copy of English throughout', () => {
    for (const [key, value] of Object.entries(sv)) expect(value, key).not.toBe('');
    const same = Object.keys(en).filter((k) => (en as Record<string, string>)[k] === (sv as Record<string, string>)[k]);
    expect(same.length).toBeLessThan(Object.keys(en).length / 10);
  });

  it('every key the code asks for exists', () => {
    const used = new Set<string>();
    for (const file of sources(join(__dirname, '..'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/label: '([a-z]+\.[a-zA-Z]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('placeholders are the same in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) expect(names((sv as Record<string, string>)[key]), key).toEqual(names((en as Record<string, string>)[key]));
  });
});

describe('translate and format', () => {
  it('fills placeholders and falls back to the key', () => {
    expect(format('{a} of {b}', { a: 1, b: 2 })).toBe('1 of 2');
    expect(translate('sv', 'people.count', { count: '3' })).toBe('3 personer');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('sorts Swedish names the Swedish way', () => {
    const collator = new Intl.Collator('sv-SE');
    expect(['Örebro', 'Åre', 'Ängelholm', 'Zinkgruvan'].sort(collator.compare)).toEqual(['Zinkgruvan', 'Åre', 'Ängelholm', 'Örebro']);
  });
});

describe('server messages', () => {
  it('gives known server messages in Swedish from their codes and leaves others as they are', () => {
    expect(serverMessage('sv', fieldError('email', 'email_format'))).toBe('är inte en e-postadress');
    expect(serverMessage('sv', fieldError('languages', 'language_code_format', { value: 'xx' }))).toBe('”xx” är inte en språkkod enligt ISO 639, till exempel sv');
    expect(serverMessage('sv', fieldError('colour', 'not_a_request_field'))).toBe('är inte ett fält i denna begäran');
    expect(serverMessage('sv', { code: 'something_new', params: {}, message: 'something new' })).toBe('something new');
    expect(serverMessage('en', fieldError('email', 'email_format'))).toBe('is not an e-mail address');
  });

  // [what, language, the error as the server (or the browser) gave it, the wording shown]
  const table: [string, Lang, ServerMessage, string][] = [
    ['no parameters, Swedish', 'sv', { code: 'required', params: {}, message: 'is required' }, 'måste anges'],
    ['no parameters, English', 'en', { code: 'required', params: {}, message: 'is required' }, 'is required'],
    ['no parameters and no params object', 'sv', { code: 'required', message: 'is required' }, 'måste anges'],
    ['one parameter, Swedish', 'sv', { code: 'max_characters', params: { max: '2000' }, message: 'must be at most 2000 characters' }, 'får vara högst 2000 tecken'],
    ['one parameter, English', 'en', { code: 'max_characters', params: { max: '2000' }, message: 'must be at most 2000 characters' }, 'must be at most 2000 characters'],
    ['two parameters', 'sv', { code: 'cannot_go_from_to', params: { from: 'draft', to: 'held' }, message: 'cannot go from draft to held' }, 'kan inte gå från draft till held'],
    ['the same parameter twice is filled twice', 'en', { code: 'whole_number_range', params: { min: '-3', max: '3' }, message: 'must be a whole number from -3 to 3' }, 'must be a whole number from -3 to 3'],
    ['a parameter in quotes', 'sv', { code: 'unknown_country', params: { value: 'XX' }, message: "'XX' is not an ISO 3166-1 alpha-2 code" }, '”XX” är inte en landskod enligt ISO 3166-1'],
    ['a list of three, English', 'en', { code: 'must_be_values', params: { values: '1\n2\n3' }, message: 'must be 1, 2 or 3' }, 'must be 1, 2 or 3'],
    ['a list of three, Swedish', 'sv', { code: 'must_be_values', params: { values: '1\n2\n3' }, message: 'must be 1, 2 or 3' }, 'måste vara 1, 2 eller 3'],
    ['a list of two, Swedish', 'sv', { code: 'must_be_values', params: { values: 'sv\nen' }, message: 'must be sv or en' }, 'måste vara sv eller en'],
    ['a list of two, English', 'en', { code: 'one_of', params: { values: 'csv\nxlsx' }, message: 'must be one of csv or xlsx' }, 'must be one of csv or xlsx'],
    ['a list of one is the value', 'sv', { code: 'must_be_values', params: { values: 'csv' }, message: 'must be csv' }, 'måste vara csv'],
    ['a list beside a plain parameter', 'en', { code: 'unknown_perspective', params: { value: 'x', values: 'a\nb\nc\nd' }, message: "unknown perspective 'x': use a, b, c or d" }, "unknown perspective 'x': use a, b, c or d"],
    ['a value holding braces is not filled again', 'en', { code: 'has_no_email', params: { name: '{max}' }, message: '{max} has no e-mail address' }, '{max} has no e-mail address'],
    ['braces that are no placeholder stay', 'en', { code: 'must_be_stakeholder_ref', params: {}, message: 'x' }, 'must be {"kind": "person" or "organisation", "id": …}'],
    ['English names another field in words', 'en', { code: 'another_stakeholder', params: {}, message: 'must be another stakeholder than from' }, 'must be another person or organisation than this one'],
    ['Swedish of the same is the table’s', 'sv', { code: 'another_stakeholder', params: {}, message: 'must be another stakeholder than from' }, 'måste vara en annan person eller organisation än den här'],
    ['English start date in words', 'en', { code: 'not_before_start_date', params: {}, message: 'must not be before starts_on' }, 'must not be before the start date'],
    ['Swedish start date', 'sv', { code: 'not_before_start_date', params: {}, message: 'must not be before starts_on' }, 'får inte vara före startdatumet'],
    ['an unknown code: the server’s message', 'sv', { code: 'brand_new', params: { n: '1' }, message: 'is brand new' }, 'is brand new'],
    ['a code that is an object property: the server’s message', 'en', { code: 'toString', params: {}, message: 'odd' }, 'odd'],
    ['another such code', 'sv', { code: 'constructor', params: {}, message: 'odd' }, 'odd'],
    ['no code (the browser’s own check): the message', 'sv', { message: 'Välj ett värde' }, 'Välj ett värde'],
    ['a missing parameter: the server’s message', 'sv', { code: 'max_characters', params: {}, message: 'must be at most 300 characters' }, 'must be at most 300 characters'],
    ['no params at all where one is needed: the server’s message', 'en', { code: 'no_person_with_id', message: 'no person has the id 5' }, 'no person has the id 5'],
    ['one of two parameters missing: the server’s message', 'sv', { code: 'cannot_go_from_to', params: { from: 'draft' }, message: 'cannot go from draft to held' }, 'cannot go from draft to held'],
    ['an extra parameter is ignored', 'sv', { code: 'required', params: { max: '3' }, message: 'is required' }, 'måste anges'],
  ];
  it.each(table)('%s', (_, lang, error, shown) => {
    expect(serverMessage(lang, error)).toBe(shown);
  });

  it('joins the lines of a list with commas and "or" or "eller" before the last', () => {
    expect(alternatives('a\nb\nc', 'en')).toBe('a, b or c');
    expect(alternatives('a\nb\nc', 'sv')).toBe('a, b eller c');
    expect(alternatives('a\nb', 'en')).toBe('a or b');
    expect(alternatives('a', 'sv')).toBe('a');
    expect(alternatives('', 'sv')).toBe('');
  });

  it('has each code in both languages with the same placeholders, and rewords only codes it has', () => {
    const table = serverMessages as Record<string, { en: string; sv: string }>;
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(table).length).toBeGreaterThan(100);
    for (const [code, { en: english, sv: swedish }] of Object.entries(table)) {
      expect(english, code).not.toBe('');
      expect(swedish, code).not.toBe('');
      expect(names(swedish), code).toEqual(names(english));
    }
    expect(reworded.length).toBeGreaterThan(0);
    for (const code of reworded) {
      expect(table[code], code).toBeDefined();
      expect(serverMessage('en', { code, params: {}, message: '' })).not.toBe(table[code].en);
    }
  });
});
