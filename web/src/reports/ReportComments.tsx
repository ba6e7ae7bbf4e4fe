// The review comments of those who write the report: the list, oldest first, and while the
// report is in review a box to add one. Others may not read them (the server answers 403), so
// the section is left out for them.
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../app/api';
import { AsyncContent } from '../app/results';
import type { Report, ReportComment } from '../app/schema';
import { ErrorAlert, TextArea } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { serverMessage, useI18n } from '../i18n/i18n';
import { getComments, postComment } from './reportsApi';

export function ReportComments({ report }: { report: Report }) {
  const { t, dateTime } = useI18n();
  const comments = useAsync(() => getComments(report.id), [report.id]);
  if (comments.error instanceof ApiError && comments.error.status === 403) return null;
  const items = comments.data?.items ?? [];
  return (
    <section aria-labelledby="report-comments-heading" className="panel">
      <h2 id="report-comments-heading">{t('reports.comments')}</h2>
      <AsyncContent state={comments}>
        {() =>
          items.length === 0 ? (
            <p>{t('reports.noComments')}</p>
          ) : (
            <ul className="plain-list comment-list">
              {items.map((c) => (
                <li key={c.id}>
                  <p className="prewrap">{c.body}</p>
                  <p className="muted">{t('reports.byWhen', { who: c.author, when: dateTime(c.created_at) })}</p>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncContent>
      {report.status === 'in_review' ? (
        <CommentForm reportId={report.id} onAdded={(c) => comments.setData({ items: [...items, c], total: items.length + 1, next: null })} />
      ) : (
        <p>{t('reports.commentsWhen')}</p>
      )}
    </section>
  );
}

function CommentForm({ reportId, onAdded }: { reportId: number; onAdded: (comment: ReportComment) => void }) {
  const { t, lang } = useI18n();
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(false);
  // Each refusal moves focus to the field once its error is shown (TextArea names it after `name`).
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) document.getElementById('field-body')?.focus();
  }, [refusals]);
  const refuse = (message: string) => {
    setFieldError(message);
    setRefusals((n) => n + 1);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setError(undefined);
    setAdded(false);
    if (body.trim() === '') {
      refuse(t('reports.commentRequired'));
      return;
    }
    setBusy(true);
    postComment(reportId, body.trim())
      .then(
        (c) => {
          setBody('');
          setFieldError('');
          setAdded(true);
          onAdded(c);
        },
        (err) => {
          const problem = err instanceof ApiError && err.status === 422 ? err.fieldErrors().body : undefined;
          if (problem) refuse(serverMessage(lang, problem));
          else setError(err);
        },
      )
      .finally(() => setBusy(false));
  };
  return (
    <form onSubmit={submit} className="form" noValidate>
      {error !== undefined && <ErrorAlert error={error} />}
      <TextArea label={t('reports.comment')} name="body" rows={3} value={body} error={fieldError} onChange={(e) => setBody(e.target.value)} />
      <div className="actions">
        <button type="submit">{t('reports.addComment')}</button>
      </div>
      <div role="status">{added && <p className="status">{t('reports.commentAdded')}</p>}</div>
    </form>
  );
}
