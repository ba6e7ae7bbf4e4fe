// What produced a kickoff list: its date and author, the part of the analysis it drew from,
// and the thresholds in force then (the list keeps them, so later changes do not rewrite it).
import { useI18n } from '../i18n/i18n';
import { useVocabulary } from '../app/vocabulary';
import { useAnalysisFormat } from '../app/format';
import type { KickoffList } from './types';

export function KickoffParameters({ list }: { list: KickoffList }) {
  const { t, lang, label, dateTime } = useI18n();
  const { decimal } = useAnalysisFormat();
  const vocabulary = useVocabulary(lang);
  const p = list.parameters;
  const groupName = p.country_group ? vocabulary.data?.groups.find((g) => g.value === p.country_group)?.label ?? p.country_group : t('analysis.allCountries');
  const rows: Array<[string, string]> = [
    [t('kickoff.createdOn'), list.created_on],
    [t('kickoff.createdBy'), `${list.created_by} (${dateTime(list.created_at)})`],
    [t('field.theme'), p.theme ? vocabulary.data?.themeName(p.theme) ?? p.theme : t('analysis.allThemes')],
    [t('field.countryGroup'), groupName],
    ...(p.country ? ([[t('field.country'), vocabulary.data?.countryName(p.country) ?? p.country]] as Array<[string, string]>) : []),
    [t('kickoff.quadrants'), p.include_quadrants.map((q) => label('quadrant', q)).join(', ')],
    [t('kickoff.closeGaps'), p.close_gaps ? t('common.yes') : t('common.no')],
    [t('kickoff.thresholds'), t('kickoff.thresholdsValue', { influence: decimal(p.settings.grid.influence), interest: decimal(p.settings.grid.interest) })],
    [t('settings.highPriority'), decimal(p.settings.high_priority)],
  ];
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
