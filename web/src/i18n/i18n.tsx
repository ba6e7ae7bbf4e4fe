// Languages: every visible string comes from sv.json or en.json, and the server's field errors
// are worded from their codes with server-messages.json. The language follows the browser until
// the user picks one, which is remembered; dates, numbers and sorting follow it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import en from './en.json';
import sv from './sv.json';
import serverMessages from './server-messages.json';

export type Lang = 'sv' | 'en';
export type MessageKey = keyof typeof en;

const catalogues: Record<Lang, Record<string, string>> = { en, sv };
const storageKey = 'samla.lang';

// The language to start in: the remembered choice, else the browser's first preference.
export function initialLanguage(): Lang {
  try {
    const stored = localStorage.getItem(storageKey);
    if (stored === 'sv' || stored === 'en') return stored;
  } catch {
    // Storage may be disabled; the browser's language still applies.
  }
  const preferred = (typeof navigator !== 'undefined' && (navigator.languages?.[0] ?? navigator.language)) || 'en';
  return preferred.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

// Fills {name} placeholders in a message.
export function format(message: string, vars?: Record<string, string | number>): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

// Looks a key up in one language, falling back to English, then to the key itself.
export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  return format(catalogues[lang][key] ?? catalogues.en[key] ?? key, vars);
}

export type LabelGroup = 'sector' | 'level' | 'perspective' | 'role' | 'quadrant' | 'salience' | 'strategy' | 'eventType' | 'eventFormat' | 'eventStatus' | 'invitationStatus' | 'quotaKind' | 'lessonStatus' | 'outcomeKind' | 'outcomeStatus' | 'priority' | 'reportStatus';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  // Labels for closed vocabularies (sector, level, perspective, role, the analysis's
  // quadrant, salience and strategy, the events' types, formats and statuses, and the kinds,
  // statuses and priorities of their outcomes):
  // `${group}.${value}`.
  label: (group: LabelGroup, value: string) => string;
  dateTime: (iso: string | null | undefined) => string;
  number: (n: number) => string;
  compare: (a: string, b: string) => number;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => fixed ?? initialLanguage());
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered, but still switched for this visit.
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const numbers = new Intl.NumberFormat(locale);
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    return {
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      label: (group, v) => {
        const key = `${group}.${v}`;
        return catalogues[lang][key] ?? catalogues.en[key] ?? v;
      },
      dateTime: (iso) => {
        if (!iso) return '';
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? iso : dates.format(d);
      },
      number: (n) => numbers.format(n),
      compare: collator.compare,
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

// The server's field errors carry a code from its message table (GET /api/v1/messages, kept in
// server-messages.json by `npm run api-types`) with string parameters; the web words them from
// the code in the user's language. Errors the browser makes itself carry only a message.
export interface ServerMessage {
  code?: string;
  params?: Record<string, string>;
  // The server's wording (in the request's language), or the browser's own.
  message: string;
}

const serverTable = new Map<string, Record<Lang, string>>(Object.entries(serverMessages));

// The few English messages that name another field by its API name, in words. (The Swedish
// table already says them in plain words.)
const serverMessagesEn = new Map<string, string>([
  ['another_stakeholder', 'must be another person or organisation than this one'],
  ['not_before_start_date', 'must not be before the start date'],
]);

// The codes with an English rewording of their own (a test checks the table still has them).
export const reworded: readonly string[] = [...serverMessagesEn.keys()];

// A parameter of several lines is a list of alternatives: "a, b or c", "a, b eller c".
export function alternatives(value: string, lang: Lang): string {
  const items = value.split('\n');
  if (items.length < 2) return value;
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'eller' : 'or'} ${items[items.length - 1]}`;
}

// Fills each {name} of a server message pattern from `params` (lists as alternatives), or
// gives null when a parameter the pattern names is missing.
export function fillServerMessage(pattern: string, params: Record<string, string>, lang: Lang): string | null {
  let missing = false;
  const text = pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) {
      missing = true;
      return '';
    }
    return alternatives(String(params[name]), lang);
  });
  return missing ? null : text;
}

// A server message in the user's language, worded from its code and parameters; an error
// without a code, with a code the table does not know, or without a parameter its wording
// needs, is shown as the server (or the browser) said it.
export function serverMessage(lang: Lang, error: ServerMessage): string {
  if (error.code === undefined) return error.message;
  const pattern = (lang === 'en' ? serverMessagesEn.get(error.code) : undefined) ?? serverTable.get(error.code)?.[lang];
  if (pattern === undefined) return error.message;
  return fillServerMessage(pattern, error.params ?? {}, lang) ?? error.message;
}
