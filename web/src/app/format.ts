// How the analysis writes its numbers: means and thresholds with one decimal, attitude with
// its sign (so +1.0 reads as support and −1.0 as opposition), in the user's language. The event selection's table shows the same numbers, so it lives here.
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';

export function useAnalysisFormat() {
  const { lang } = useI18n();
  return useMemo(() => {
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    return {
      decimal: (n: number | null | undefined) => (n === null || n === undefined ? '' : one.format(n)),
      signed: (n: number | null | undefined) => (n === null || n === undefined ? '' : signed.format(n)),
    };
  }, [lang]);
}

// Today as YYYY-MM-DD. The server refuses dates after its own (UTC) today, so the earlier of
// the local and the UTC date is used: just after midnight in Stockholm, UTC is still yesterday.
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const utc = now.toISOString().slice(0, 10);
  return local < utc ? local : utc;
}
