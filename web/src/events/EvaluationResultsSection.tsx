// What the evaluation shows: how many were invited and answered, each statement's chart and
// figures, each question's written answers, and (on a button, kept in the URL as ?by=) the
// same by country or perspective. An observer is refused (403) until the event is held, which
// is said plainly.
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, queryString } from '../app/api';
import { AsyncContent } from '../app/results';
import { navigate, useLocation } from '../app/router';
import type { EvaluationBreakdown, EvaluationResults } from '../app/schema';
import { SelectField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { getEvaluationResults } from './evaluationApi';
import { EvaluationGroups } from './EvaluationGroups';
import { EvaluationScaleResult } from './EvaluationScaleResult';
import { EvaluationTextResult } from './EvaluationTextResult';

const breakdowns: EvaluationBreakdown[] = ['country', 'perspective'];
const parseBy = (value: string | null) => breakdowns.find((b) => b === value) ?? null;

export function EvaluationResultsSection({ eventId }: { eventId: number }) {
  const { t, number } = useI18n();
  const location = useLocation();
  const by = parseBy(location.search.get('by'));
  const results = useAsync(() => getEvaluationResults(eventId, by), [eventId, by]);
  const [choice, setChoice] = useState<string>(by ?? '');
  // Back and Forward change the URL: the select follows it.
  useEffect(() => setChoice(by ?? ''), [by]);

  if (results.error instanceof ApiError && results.error.status === 403)
    return (
      <section aria-labelledby="evaluation-results-heading" className="panel">
        <h2 id="evaluation-results-heading">{t('evaluation.resultsTitle')}</h2>
        <p>{t('evaluation.notYet')}</p>
      </section>
    );
  const answered = (r: EvaluationResults) => r.answered_before + r.answered_after > 0;
  const show = (e: FormEvent) => {
    e.preventDefault();
    navigate(location.path + queryString({ by: choice }));
  };
  const data = results.data;
  const groupsSaid = (r: EvaluationResults) =>
    [
      r.groups.length === 0 ? t('evaluation.noGroups') : t('evaluation.groupsShown', { count: number(r.groups.length) }),
      r.small_groups > 0 ? t('evaluation.smallGroups', { count: number(r.small_groups) }) : '',
    ].join(' ');
  return (
    <>
      <section aria-labelledby="evaluation-results-heading" className="panel">
        <h2 id="evaluation-results-heading">{t('evaluation.resultsTitle')}</h2>
        <AsyncContent state={results}>
          {(r) => (
            <>
              <dl className="summary-list">
                <div>
                  <dt>{t('evaluation.invited')}</dt>
                  <dd>{number(r.invited)}</dd>
                </div>
                <div>
                  <dt>{t('evaluation.answeredBefore')}</dt>
                  <dd>{number(r.answered_before)}</dd>
                </div>
                <div>
                  <dt>{t('evaluation.answeredAfter')}</dt>
                  <dd>{number(r.answered_after)}</dd>
                </div>
                <div>
                  <dt>{t('evaluation.answeredBoth')}</dt>
                  <dd>{number(r.answered_both)}</dd>
                </div>
              </dl>
              {answered(r) ? (
                <>
                  <p className="hint">{t('evaluation.resultsHint')}</p>
                  {r.items.map((item, i) =>
                    item.item.kind === 'scale' ? <EvaluationScaleResult key={item.item.id ?? i} result={item} /> : <EvaluationTextResult key={item.item.id ?? i} result={item} />,
                  )}
                </>
              ) : (
                <p>{t('evaluation.noAnswers')}</p>
              )}
            </>
          )}
        </AsyncContent>
      </section>
      {data && answered(data) && (
        <section aria-labelledby="evaluation-groups-heading" className="panel">
          <h2 id="evaluation-groups-heading">{t('evaluation.groupsTitle')}</h2>
          <p className="hint">{t('evaluation.breakdownHint')}</p>
          <form className="inline-search breakdown-form" onSubmit={show}>
            <SelectField
              label={t('evaluation.breakdown')}
              name="by"
              options={breakdowns.map((b) => ({ value: b, label: t(b === 'country' ? 'evaluation.byCountry' : 'evaluation.byPerspective') }))}
              emptyLabel={t('evaluation.byNothing')}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
            />
            <button type="submit">{t('evaluation.show')}</button>
          </form>
          <p role="status">{data.by ? groupsSaid(data) : ''}</p>
          {data.by && <EvaluationGroups results={data} />}
        </section>
      )}
    </>
  );
}
