// How the network page writes its numbers and names, in the user's language: shares as
// percentages, measures with a fixed number of decimals, communities counted from 1 (the
// server's 0 is the largest) as its own reason texts do.
import { useMemo } from 'react';
import { useI18n, type MessageKey } from '../i18n/i18n';
import type { Vocabulary } from '../app/vocabulary';
import type { ColourBy } from './filters';
import { other, several, unspecified } from './palette';

export function useNetworkFormat() {
  const { lang, t } = useI18n();
  return useMemo(() => {
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    const fixed = (digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    const one = fixed(1);
    const three = fixed(3);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return {
      one: (n: number) => one.format(n),
      // Rounding may leave −0 (isolates' eigenvector), which should read as 0.
      three: (n: number) => three.format(Math.abs(n) < 0.0005 ? 0 : n),
      percent: (n: number | null) => (n === null ? t('network.notApplicable') : percent.format(n)),
      community: (c: number) => t('network.communityN', { n: c + 1 }),
      tieType: (type: string) => t(`network.type.${type}` as MessageKey),
    };
  }, [lang, t]);
}

// The name of a legend category, for the chosen attribute.
export function useCategoryName(by: ColourBy, vocabulary: Vocabulary | undefined) {
  const { t, label } = useI18n();
  const { community } = useNetworkFormat();
  return (key: string): string => {
    if (key === other) return t(`network.other.${by}` as MessageKey);
    if (key === unspecified) return t(`network.unknown.${by}` as MessageKey);
    if (key === several) return t('analysis.severalPerspectives');
    switch (by) {
      case 'community':
        return community(Number(key));
      case 'country':
        return vocabulary?.countryName(key) || key;
      case 'sector':
        return label('sector', key);
      case 'perspective':
        return label('perspective', key);
    }
  };
}
