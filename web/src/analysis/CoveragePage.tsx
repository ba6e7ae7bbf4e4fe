// Coverage: which perspectives and sectors the mapped stakeholders cover in each country (or
// country group), how many of them are high priority, and the gaps in plain words.
import { AsyncContent } from '../app/results';
import { PageTitle, SelectField, Status } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { FilterForm, useListFilters } from '../app/listing';
import { livedExperience, useVocabulary } from '../app/vocabulary';
import { useProgrammeAsync, useProgrammeScope } from '../app/ProgrammeScope';
import { getCoverage } from './analysisApi';
import { pick, ThemeAndGroupFilters } from '../app/ThemeAndGroupFilters';
import { GapList } from './CoverageGaps';
import { CoverageLegend, CoverageMatrix } from './CoverageMatrix';

const keys = ['theme', 'country_group', 'rows'];

export function CoveragePage() {
  const { t, lang, number } = useI18n();
  const { values, field, apply, clear } = useListFilters('/analysis/coverage', keys);
  const vocabulary = useVocabulary(lang);
  const query = pick(values, keys);
  const scope = useProgrammeScope();
  const coverage = useProgrammeAsync(scope, (programmeId) => getCoverage(query, lang, programmeId), [JSON.stringify(query), lang]);
  const byGroup = values.rows === 'country_group';

  return (
    <>
      <PageTitle title={t('coverage.title')}>{t('coverage.title')}</PageTitle>
      <p>{t('coverage.intro')}</p>
      {scope.chooser}
      <FilterForm label={t('coverage.filters')} onSubmit={apply} onClear={clear}>
        <ThemeAndGroupFilters field={field} vocabulary={vocabulary.data} />
        <SelectField
          label={t('coverage.rows')}
          options={[
            { value: 'country', label: t('coverage.rowsCountry') },
            { value: 'country_group', label: t('coverage.rowsGroup') },
          ]}
          {...field('rows')}
        />
      </FilterForm>
      <AsyncContent state={coverage}>
        {(c) => {
          const rowHeader = byGroup ? t('field.countryGroup') : t('field.country');
          const rowNames = new Map(c.rows.map((r) => [r.key, r.label]));
          const rowName = (key: string) => rowNames.get(key) ?? key;
          return (
            <>
              <Status>{c.gaps.length === 1 ? t('coverage.gapCountOne') : t('coverage.gapCount', { count: number(c.gaps.length) })}</Status>
              <CoverageLegend />
              {c.hidden_columns.includes(livedExperience) && <p className="hint">{t('coverage.hiddenLivedExperience')}</p>}
              {c.rows.length === 0 ? (
                <p>{t('coverage.noRows')}</p>
              ) : (
                <>
                  <h2 id="coverage-perspective">{t('coverage.byPerspective')}</h2>
                  <CoverageMatrix label={t('coverage.byPerspective')} rowHeader={rowHeader} rows={c.rows} matrix={c.perspective} />
                  <h2 id="coverage-sector">{t('coverage.bySector')}</h2>
                  <CoverageMatrix label={t('coverage.bySector')} rowHeader={rowHeader} rows={c.rows} matrix={c.sector} />
                </>
              )}
              <h2>{t('coverage.gapsTitle')}</h2>
              <GapList heading={t('coverage.byPerspective')} rowName={rowName} gaps={c.gaps.filter((g) => g.dimension === 'perspective')} />
              <GapList heading={t('coverage.bySector')} rowName={rowName} gaps={c.gaps.filter((g) => g.dimension === 'sector')} />
            </>
          );
        }}
      </AsyncContent>
    </>
  );
}
