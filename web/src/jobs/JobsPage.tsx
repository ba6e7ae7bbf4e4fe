// Scheduled jobs (/jobs, for those who read the audit log): the work samla does by itself at
// set times — the weekly summary and the reminders about actions, and clearing out old data —
// with how often each runs, the period it is in and what its last run did or why it failed.
// Administrators run a job now: the server runs each period once, so the status line says
// whether it ran now or had already run for this period (focus stays on the button). Below,
// the recent runs, of every job or of one (kept in the URL as ?job=).
import { useState } from 'react';
import { FilterForm, useListFilters } from '../app/listing';
import { AsyncContent, DataTable } from '../app/results';
import { useSession } from '../app/session';
import { ErrorAlert, PageTitle, SelectField, Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { getJobs, getRuns, recentRuns, runJob } from './jobsApi';
import { capitalised, useJobWords } from './jobWords';
import type { Job, JobRun, JobRunOutcome } from './types';

// A run's status, period and what it did (or its error), as the cells of both tables show it.
function RunResult({ run }: { run: JobRun }) {
  const words = useJobWords();
  return (
    <>
      <span className={`job-status job-status-${run.status}`}>{words.status(run.status)}</span>
      {run.status === 'failed' && run.error ? (
        <span className="cell-note" lang="en">
          {run.error}
        </span>
      ) : (
        <span className="cell-note">{capitalised(words.counts(run))}</span>
      )}
    </>
  );
}

export function JobsPage() {
  const { t, number, dateTime } = useI18n();
  const words = useJobWords();
  const session = useSession();
  const mayRun = session.can('manage_users');
  const { values, field, apply, clear } = useListFilters('/jobs', ['job']);
  const jobs = useAsync(getJobs, []);
  const runs = useAsync(() => getRuns(values.job || undefined), [values.job]);
  const [running, setRunning] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<unknown>(undefined);

  const outcomeText = (job: Job, outcome: JobRunOutcome) => {
    const vars = { job: words.label(job.name), period: words.period(outcome.run.period), status: words.status(outcome.run.status), result: outcome.run.status === 'failed' ? outcome.run.error ?? '' : words.counts(outcome.run) };
    if (!outcome.ran_now) return t('jobs.alreadyRan', vars);
    return outcome.run.status === 'failed' ? t('jobs.ranNowFailed', vars) : t('jobs.ranNow', vars);
  };
  const run = (job: Job) => {
    if (running) return;
    setRunning(job.name);
    setSaid(t('jobs.runningNow', { job: words.label(job.name) }));
    setError(undefined);
    runJob(job.name)
      .then((outcome) => {
        setSaid(outcomeText(job, outcome));
        jobs.reload();
        runs.reload();
      }, (e) => {
        setSaid('');
        setError(e);
      })
      .finally(() => setRunning(null));
  };

  const jobOptions = (jobs.data?.items ?? []).map((j) => ({ value: j.name, label: words.label(j.name) }));
  return (
    <>
      <PageTitle title={t('jobs.title')}>{t('jobs.title')}</PageTitle>
      <p>{t('jobs.intro')}</p>
      {mayRun && <p>{t('jobs.runIntro')}</p>}
      {error !== undefined && <ErrorAlert error={error} />}
      <div role="status" id="jobs-said">
        {said && <p className="status">{said}</p>}
      </div>
      <AsyncContent state={jobs}>
        {(list) => (
          <DataTable
            label={t('jobs.title')}
            headers={[t('jobs.job'), t('jobs.howOften'), t('jobs.currentPeriod'), t('jobs.lastRun'), mayRun && t('jobs.run')]}
          >
            {list.items.map((job) => (
              <tr key={job.name}>
                <td>
                  <strong>{words.label(job.name)}</strong>
                  <span className="cell-note" lang={words.describedInEnglish(job.name) ? 'en' : undefined}>
                    {words.description(job)}
                  </span>
                  <span className="cell-note muted">
                    <code>{job.name}</code>
                  </span>
                </td>
                <td>{words.cadence(job)}</td>
                <td className="nowrap">{capitalised(words.period(job.current_period))}</td>
                <td>
                  {job.last_run ? (
                    <>
                      <span className="cell-note">{t('jobs.forPeriod', { period: words.period(job.last_run.period) })}</span>
                      <RunResult run={job.last_run} />
                      <span className="cell-note muted">{dateTime(job.last_run.finished_at ?? job.last_run.started_at)}</span>
                    </>
                  ) : (
                    t('jobs.neverRun')
                  )}
                </td>
                {mayRun && (
                  <td>
                    <button
                      type="button"
                      className="button-secondary"
                      aria-label={t('jobs.runNamed', { job: words.label(job.name) })}
                      aria-disabled={running !== null || undefined}
                      onClick={() => run(job)}
                    >
                      {t('jobs.runNow')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
        )}
      </AsyncContent>

      <section aria-labelledby="job-runs-heading" className="panel">
        <h2 id="job-runs-heading">{t('jobs.runsTitle')}</h2>
        <p>{t('jobs.runsIntro', { count: number(recentRuns) })}</p>
        <FilterForm label={t('jobs.runsFilter')} onSubmit={apply} onClear={clear}>
          <SelectField label={t('jobs.job')} options={jobOptions} emptyLabel={t('jobs.allJobs')} {...field('job')} />
        </FilterForm>
        <AsyncContent state={runs}>
          {(list) => (
            <>
              <Status>{t('jobs.runCount', { count: number(list.total) })}</Status>
              {list.items.length > 0 && (
                <DataTable label={t('jobs.runsTitle')} headers={[t('jobs.job'), t('jobs.period'), t('jobs.result'), t('jobs.started'), t('jobs.finished'), t('jobs.attempts')]}>
                  {list.items.map((r) => (
                    <tr key={r.id}>
                      <td>{words.label(r.job)}</td>
                      <td className="nowrap">{capitalised(words.period(r.period))}</td>
                      <td>
                        <RunResult run={r} />
                      </td>
                      <td>
                        {dateTime(r.started_at)}
                        <span className="cell-note muted">{t('jobs.runner', { runner: r.runner })}</span>
                      </td>
                      <td>{r.finished_at ? dateTime(r.finished_at) : '–'}</td>
                      <td>{number(r.attempts)}</td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </>
          )}
        </AsyncContent>
      </section>
    </>
  );
}
