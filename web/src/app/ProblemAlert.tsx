// An error announced at once, with the server's reasons when it gave them: for an action that
// is not a form (a lifecycle step, sending invitations) "Some values are not valid" alone would
// not say what to do, so each named field's message is listed too.
import { ApiError, type FieldProblem } from './api';
import { ErrorAlert } from './ui';
import { serverMessage, useI18n } from '../i18n/i18n';

export function problemMessages(error: unknown): FieldProblem[] {
  return error instanceof ApiError && error.status === 422 ? error.problem.errors ?? [] : [];
}

export function ProblemAlert({ error, labels = {} }: { error: unknown; labels?: Record<string, string> }) {
  const { lang } = useI18n();
  const reasons = problemMessages(error);
  return (
    <ErrorAlert error={error}>
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
