import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from './en.json';
import sv from './sv.json';
import { format, serverMessage, translate } from './i18n';

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

  it('gives known server messages in Swedish and leaves others as they are', () => {
    expect(serverMessage('sv', 'is not an e-mail address')).toBe('är inte en e-postadress');
    expect(serverMessage('sv', "'xx' is not an ISO 639 language code such as sv")).toBe('”xx” är inte en språkkod enligt ISO 639, till exempel sv');
    expect(serverMessage('sv', 'is not a field of this request')).toBe('är inte ett fält i denna begäran');
    expect(serverMessage('sv', 'The request body nests lists or objects more than 32 levels deep.')).toBe('Begärans innehåll har listor eller objekt i mer än 32 nivåer.');
    expect(serverMessage('sv', 'something new')).toBe('something new');
    expect(serverMessage('en', 'is not an e-mail address')).toBe('is not an e-mail address');
  });

  it('sorts Swedish names the Swedish way', () => {
    const collator = new Intl.Collator('sv-SE');
    expect(['Örebro', 'Åre', 'Ängelholm', 'Zinkgruvan'].sort(collator.compare)).toEqual(['Zinkgruvan', 'Åre', 'Ängelholm', 'Örebro']);
  });
});
