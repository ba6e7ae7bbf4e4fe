// Languages: every visible string comes from sv.json or en.json. The language follows the
// browser until the user picks one, which is remembered; dates, numbers and sorting follow it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import en from './en.json';
import sv from './sv.json';

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

export type LabelGroup = 'sector' | 'level' | 'perspective' | 'role' | 'quadrant' | 'salience' | 'strategy' | 'eventType' | 'eventFormat' | 'eventStatus' | 'invitationStatus' | 'quotaKind' | 'lessonStatus';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  // Labels for closed vocabularies (sector, level, perspective, role, the analysis's
  // quadrant, salience and strategy, and the events' types, formats and statuses):
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

// The server's validation messages are English; these patterns give them in Swedish.
const serverMessagesSv: Array<[RegExp, string]> = [
  [/^must not be empty$/i, 'får inte vara tomt'],
  [/^is required$/i, 'måste anges'],
  [/^must be at most (\d+) characters$/i, 'får vara högst $1 tecken'],
  [/^must be an ISO 3166-1 alpha-2 code such as SE$/i, 'måste vara en landskod enligt ISO 3166-1, till exempel SE'],
  [/^is not an e-mail address$/i, 'är inte en e-postadress'],
  [/^may hold digits, spaces and \+ - \( \) only$/i, 'får bara innehålla siffror, mellanslag och + - ( )'],
  [/^must be an http:\/\/ or https:\/\/ address$/i, 'måste vara en adress som börjar med http:// eller https://'],
  [/^'(.*)' is not an ISO 639 language code such as sv$/i, '”$1” är inte en språkkod enligt ISO 639, till exempel sv'],
  [/^unknown perspective '(.*)'.*$/i, 'okänt perspektiv ”$1”'],
  [/^unknown theme '(.*)'.*$/i, 'okänt tema ”$1”'],
  [/^must be lower-case letters, digits and _ \(starting with a letter\)$/i, 'får bara innehålla små bokstäver, siffror och _ (och börja med en bokstav)'],
  [/^'(.*)' is not an ISO 3166-1 alpha-2 code$/i, '”$1” är inte en landskod enligt ISO 3166-1'],
  [/^a tag must be at most 64 characters$/i, 'en tagg får vara högst 64 tecken'],
  [/^already exists$/i, 'finns redan'],
  // The request-body reader (issue 14).
  [/^is not a field of this request$/i, 'är inte ett fält i denna begäran'],
  [/^The request body nests lists or objects more than (\d+) levels deep\.$/i, 'Begärans innehåll har listor eller objekt i mer än $1 nivåer.'],
  [/^The request body is not valid JSON \(at byte (\d+)\)\.$/i, 'Begärans innehåll är inte giltig JSON (vid byte $1).'],
  [/^must be a whole number from (-?\d+) to (-?\d+)$/i, 'måste vara ett heltal från $1 till $2'],
  [/^must be a date written YYYY-MM-DD$/i, 'måste vara ett datum skrivet ÅÅÅÅ-MM-DD'],
  [/^is in the future$/i, 'ligger i framtiden'],
  [/^must be at most (\d+) bytes$/i, 'får vara högst $1 byte'],
  [/^no person has this id$/i, 'ingen person har detta id'],
  [/^no organisation has this id$/i, 'ingen organisation har detta id'],
  [/^no theme has this slug$/i, 'inget tema har denna identifierare'],
  // Logins and passwords (issue 14).
  [/^must not be only spaces\.?$/i, 'får inte bara bestå av mellanslag'],
  [/^is one of the most common passwords or too simple; choose another\.?$/i, 'är ett av de vanligaste lösenorden eller för enkelt; välj ett annat'],
  [/^must be at least 12 characters long\.?$/i, 'måste vara minst 12 tecken långt'],
  [/^too many failed logins for this name from your address\. try again in (\d+) seconds\.?$/i, 'för många misslyckade inloggningar för detta namn från din adress. Försök igen om $1 sekunder.'],
  [/^the api token has expired\.?$/i, 'API-token har gått ut.'],
  // Events (issue 6).
  [/^must be HH:MM$/i, 'måste skrivas TT:MM'],
  [/^must be a date and time written YYYY-MM-DDTHH:MM$/i, 'måste vara datum och tid skrivna ÅÅÅÅ-MM-DDTTT:MM'],
  [/^must be after the start$/i, 'måste vara efter starten'],
  [/^is not an IANA time zone such as Europe\/Stockholm$/i, 'är inte en IANA-tidszon som Europe/Stockholm'],
  [/^is required for an event in person or hybrid$/i, 'måste anges för ett evenemang på plats eller hybrid'],
  [/^must be a web address \(https:\/\/…\) for an online or hybrid event$/i, 'måste vara en webbadress (https://…) för ett digitalt evenemang eller hybridevenemang'],
  [/^must be a web address$/i, 'måste vara en webbadress'],
  [/^no theme has the slug "(.*)"$/i, 'inget tema har identifieraren ”$1”'],
  [/^must name at least one theme$/i, 'måste ange minst ett tema'],
  [/^is below the (\d+) people who have accepted$/i, 'är färre än de $1 som har tackat ja'],
  [/^is closed$/i, 'är avslutat'],
  [/^no validated lesson yet for: (.*)$/i, 'ingen validerad lärdom ännu för: $1'],
  [/^must say why the gate is overridden$/i, 'måste ange varför spärren åsidosätts'],
  [/^cannot go from (\w+) to (\w+)$/i, 'kan inte gå från $1 till $2'],
  [/^cannot follow (\w+)$/i, 'kan inte följa på $1'],
  [/^is more than the event's capacity of (\d+)$/i, 'är fler än evenemangets $1 platser'],
  [/^must be a country group's slug$/i, 'måste vara en landgrupps identifierare'],
  [/^must be a perspective$/i, 'måste vara ett perspektiv'],
  [/^must be a sector$/i, 'måste vara en sektor'],
  [/^must be ([01]) or more$/i, 'måste vara $1 eller mer'],
  [/^must be a number from 0 to 1$/i, 'måste vara ett tal från 0 till 1'],
  [/^person (\d+) is also excluded$/i, 'person $1 är också utesluten'],
  [/^(.+) has no e-mail address$/i, '$1 saknar e-postadress'],
  [/^the event is not open for invitations$/i, 'evenemanget är inte öppet för inbjudningar'],
  [/^attendance is recorded only while the event is open for invitations or held$/i, 'närvaro registreras bara medan evenemanget är öppet för inbjudningar eller genomfört'],
  [/^is not offered at this event$/i, 'erbjuds inte vid detta evenemang'],
  [/^must be given to keep access needs \(they can reveal health information\)$/i, 'måste ges för att tillgänglighetsbehov ska sparas (de kan avslöja uppgifter om hälsa)'],
  [/^the event has already been held$/i, 'evenemanget har redan genomförts'],
  [/^must name at least one person$/i, 'måste ange minst en person'],
  [/^no person has the id (\d+)$/i, 'ingen person har id $1'],
  [/^no organisation has the id (\d+)$/i, 'ingen organisation har id $1'],
  // Relationships and the network (issue 7).
  [/^must be another stakeholder than from$/i, 'måste vara en annan person eller organisation än den här'],
  [/^must not be before starts_on$/i, 'får inte vara före startdatumet'],
  [/^must be a date YYYY-MM-DD$/i, 'måste vara ett datum skrivet ÅÅÅÅ-MM-DD'],
  [/^must be 1, 2 or 3$/i, 'måste vara 1, 2 eller 3'],
  [/^must be reported or observed$/i, 'måste vara rapporterad eller observerad'],
  [/^must be collaboration, information_exchange, funding, formal_authority, advice or conflict$/i, 'måste vara samarbete, informationsutbyte, finansiering, formell styrning, rådgivning eller konflikt'],
  [/^must be \{"kind": "person" or "organisation", "id": …\}$/i, 'måste vara en person eller organisation i registret'],
  [/^must be the ids of two people$/i, 'måste vara två personer'],
  [/^must be two different people$/i, 'måste vara två olika personer'],
];

// The few English messages that name another field by its API name, in words.
const serverMessagesEn: Array<[RegExp, string]> = [
  [/^must be another stakeholder than from$/i, 'must be another person or organisation than this one'],
  [/^must not be before starts_on$/i, 'must not be before the start date'],
];

// A server message in the user's language where we know it, else as the server said it.
export function serverMessage(lang: Lang, message: string): string {
  for (const [pattern, replacement] of lang === 'sv' ? serverMessagesSv : serverMessagesEn) if (pattern.test(message)) return message.replace(pattern, replacement);
  return message;
}
