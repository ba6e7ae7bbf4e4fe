// How actions write their days, percentages and indicator values, in the user's language.
// Start and due dates are days, not moments: formatted in UTC so no time zone moves them.
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';

export function useActionFormat() {
  const { lang } = useI18n();
  return useMemo(() => {
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const values = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    return {
      day: (d: string | null | undefined) => {
        if (!d) return '';
        const date = new Date(`${d.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? d : days.format(date);
      },
      percent: (n: number) => percents.format(n / 100),
      value: (n: number | null | undefined) => (n === null || n === undefined ? '' : values.format(n)),
    };
  }, [lang]);
}
