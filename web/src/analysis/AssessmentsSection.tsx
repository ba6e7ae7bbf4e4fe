// The "Assessments" part of a person's or organisation's page: where the analysis places them
// now, every assessment so far, and (for coordinators) the form to record a new one.
import { AsyncContent } from '../app/results';
import { useAsync } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { getAssessments } from './analysisApi';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentHistory } from './AssessmentHistory';
import { StakeholderSummary } from './StakeholderSummary';
import type { SubjectType } from './types';

export function AssessmentsSection({ subjectType, subjectId }: { subjectType: SubjectType; subjectId: number }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const assessments = useAsync(() => getAssessments(subjectType, subjectId, lang), [subjectType, subjectId, lang]);
  return (
    <section aria-labelledby="assessments-heading" className="panel">
      <h2 id="assessments-heading">{t('assessments.title')}</h2>
      <AsyncContent state={assessments}>
        {({ items, view }) => (
          <>
            {view ? <StakeholderSummary view={view} /> : <p>{t('assessments.none')}</p>}
            {items.length > 0 && (
              <>
                <h3>{t('history.title')}</h3>
                <AssessmentHistory items={items} />
              </>
            )}
          </>
        )}
      </AsyncContent>
      {session.can('assess_stakeholders') && <AssessmentForm subjectType={subjectType} subjectId={subjectId} onSaved={assessments.reload} />}
    </section>
  );
}
