// How the evaluation's figures are written, in the user's language (3,08 in Swedish, 3.08 in
// English): means and mean changes with two decimals, medians as they are (3 or 3.5), changes
// with their sign, p-values with three decimals and tiny ones as "< 0.001".
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';

export function useEvaluationFormat() {
  const { lang, number } = useI18n();
  return useMemo(() => {
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const half = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const signedTwo = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    const signedHalf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const three = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    const orDash = (f: (n: number) => string) => (n: number | null | undefined) => (n === null || n === undefined ? '–' : f(n));
    return {
      count: number,
      mean: orDash((n) => two.format(n)),
      median: orDash((n) => half.format(n)),
      meanShift: orDash((n) => signedTwo.format(n)),
      medianShift: orDash((n) => signedHalf.format(n)),
      p: (p: number) => (p < 0.001 ? `< ${three.format(0.001)}` : three.format(p)),
    };
  }, [lang, number]);
}
