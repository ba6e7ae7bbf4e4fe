// What a refused update says. The server names a step it does not allow by the statuses' codes
// ("cannot go from agreed to done"); here they are worded in the user's language. A 403 (the
// caller neither coordinates nor answers for or carries out the action) and a 412 (someone
// else changed the action first, with a way to load it again) are said in a sentence.
import { ApiError } from '../app/api';
import { ErrorAlert } from '../app/ui';
import { serverMessage, useI18n } from '../i18n/i18n';
import { isStatus, statusKeys } from './actionRules';

// The error with the statuses in `cannot_go_from_to` named in words.
export function withStatusNames(error: unknown, name: (status: string) => string): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors) return error;
  const errors = error.problem.errors.map((e) =>
    e.code === 'cannot_go_from_to' && e.params ? { ...e, params: { ...e.params, from: name(e.params.from), to: name(e.params.to) } } : e,
  );
  return new ApiError(error.status, { ...error.problem, errors });
}

export function useStatusName() {
  const { t } = useI18n();
  return (status: string) => (isStatus(status) ? t(statusKeys[status]) : status);
}

export function UpdateProblem({ error, labels, onReload }: { error: unknown; labels: Record<string, string>; onReload?: () => void }) {
  const { t, lang } = useI18n();
  const statusName = useStatusName();
  if (error instanceof ApiError && error.status === 403)
    return (
      <ErrorAlert>
        <p>{t('actions.updateForbidden')}</p>
      </ErrorAlert>
    );
  if (error instanceof ApiError && error.status === 412)
    return (
      <ErrorAlert>
        <p>{t('actions.changedMeanwhile')}</p>
        {onReload && (
          <button type="button" className="button-secondary" onClick={onReload}>
            {t('actions.loadLatest')}
          </button>
        )}
      </ErrorAlert>
    );
  const named = withStatusNames(error, statusName);
  const reasons = named instanceof ApiError && named.status === 422 ? named.problem.errors ?? [] : [];
  return (
    <ErrorAlert error={named}>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((r, i) => (
            <li key={i}>
              {labels[r.field] ? `${labels[r.field]}: ` : ''}
              {serverMessage(lang, r)}
            </li>
          ))}
        </ul>
      )}
    </ErrorAlert>
  );
}
