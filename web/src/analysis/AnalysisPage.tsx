// The stakeholder analysis: who matters how much, on the power/interest grid and in a
// sortable table, filtered by theme, country group, sector and perspective. Coordinators also
// set the thresholds and weights the analysis is computed with.
import { useState } from 'react';
import { AsyncContent } from '../app/results';
import { PageTitle, SelectField, Status } from '../app/ui';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { FilterForm, useListFilters } from '../app/listing';
import { livedExperience, perspectives, sectors, useVocabulary } from '../app/vocabulary';
import { useProgrammeAsync, useProgrammeScope } from '../app/ProgrammeScope';
import { getStakeholders } from './analysisApi';
import { pick, ThemeAndGroupFilters } from '../app/ThemeAndGroupFilters';
import { AnalysisSettingsForm } from './AnalysisSettingsForm';
import { categoryOf, MarkerLegend, type ColourBy } from './markers';
import { PowerInterestGrid } from './PowerInterestGrid';
import { StakeholderTable } from './StakeholderTable';

const apiKeys = ['theme', 'country_group', 'sector', 'perspective'];

export function AnalysisPage() {
  const { t, lang, label, number } = useI18n();
  const session = useSession();
  const { values, field, apply, clear } = useListFilters('/analysis', [...apiKeys, 'by']);
  const vocabulary = useVocabulary(lang);
  const query = pick(values, apiKeys);
  // The analysis weighs stakeholders by the chosen programme's settings.
  const scope = useProgrammeScope();
  const stakeholders = useProgrammeAsync(scope, (programmeId) => getStakeholders(query, lang, programmeId), [JSON.stringify(query), lang]);
  const [showMovement, setShowMovement] = useState(false);
  const by: ColourBy = values.by === 'sector' ? 'sector' : 'perspective';
  const allowedPerspectives = perspectives.filter((p) => p !== livedExperience || session.can('read_special_category'));

  return (
    <>
      <PageTitle title={t('analysis.title')}>{t('analysis.title')}</PageTitle>
      <p>{t('analysis.intro')}</p>
      {scope.chooser}
      <FilterForm label={t('analysis.filters')} onSubmit={apply} onClear={clear}>
        <ThemeAndGroupFilters field={field} vocabulary={vocabulary.data} />
        <SelectField label={t('field.sector')} options={sectors.map((s) => ({ value: s, label: label('sector', s) }))} emptyLabel={t('list.any')} {...field('sector')} />
        <SelectField label={t('field.perspective')} options={allowedPerspectives.map((p) => ({ value: p, label: label('perspective', p) }))} emptyLabel={t('list.any')} {...field('perspective')} />
        <SelectField
          label={t('analysis.colourBy')}
          options={[
            { value: 'perspective', label: t('field.perspective') },
            { value: 'sector', label: t('field.sector') },
          ]}
          {...field('by')}
        />
      </FilterForm>
      <AsyncContent state={stakeholders}>
        {({ items, settings }) => (
          <>
            <Status>{items.length === 1 ? t('analysis.countOne') : t('analysis.count', { count: number(items.length) })}</Status>
            {items.length === 0 ? (
              <p>{t('analysis.none')}</p>
            ) : (
              <>
                <h2>{t('analysis.gridTitle')}</h2>
                <p className="hint">{t('analysis.gridIntro')}</p>
                <label className="checkbox">
                  <input type="checkbox" checked={showMovement} onChange={(e) => setShowMovement(e.target.checked)} />
                  {t('analysis.showMovement')}
                </label>
                <div className="grid-layout">
                  <PowerInterestGrid items={items} thresholds={settings.grid} by={by} showMovement={showMovement} />
                  <MarkerLegend by={by} present={new Set(items.map((v) => categoryOf(v, by)))}>
                    <p className="hint">{t('analysis.legendSize')}</p>
                    {showMovement && <p className="hint">{t('analysis.legendArrow')}</p>}
                  </MarkerLegend>
                </div>
                <h2>{t('analysis.tableTitle')}</h2>
                <StakeholderTable items={items} />
              </>
            )}
            {session.can('assess_stakeholders') && <AnalysisSettingsForm settings={settings} onSaved={stakeholders.reload} onLoadLatest={stakeholders.reload} />}
          </>
        )}
      </AsyncContent>
    </>
  );
}
