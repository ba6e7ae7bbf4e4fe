// The scheduled jobs in words, in the user's language: a name and a sentence for each job the
// server is known to run (another job shows its technical name and the server's English
// sentence), how often it runs, its period ("week 49, 2026" or a day), a run's status and what
// it did, from the counts the server keeps ("messages": 3).
import { useMemo } from 'react';
import { useI18n, type MessageKey } from '../i18n/i18n';
import type { Job, JobRun, JobRunStatus } from './types';

interface KnownJob {
  label: MessageKey;
  description: MessageKey;
}

export const knownJobs: Record<string, KnownJob> = {
  'access.retention': { label: 'jobs.name.accessRetention', description: 'jobs.about.accessRetention' },
  'actions.weekly_digest': { label: 'jobs.name.weeklyDigest', description: 'jobs.about.weeklyDigest' },
  'actions.due_reminders': { label: 'jobs.name.dueReminders', description: 'jobs.about.dueReminders' },
  'actions.retention': { label: 'jobs.name.actionsRetention', description: 'jobs.about.actionsRetention' },
  'jobs.retention': { label: 'jobs.name.jobsRetention', description: 'jobs.about.jobsRetention' },
  'privacy.retention': { label: 'jobs.name.privacyRetention', description: 'jobs.about.privacyRetention' },
};

const countKeys: Record<string, MessageKey> = {
  messages: 'jobs.count.messages',
  already_queued: 'jobs.count.alreadyQueued',
  without_address: 'jobs.count.withoutAddress',
  sessions: 'jobs.count.sessions',
  login_throttle_rows: 'jobs.count.loginThrottleRows',
  unsubscribe_links: 'jobs.count.unsubscribeLinks',
  job_runs: 'jobs.count.jobRuns',
};

export const statusKeys: Record<JobRunStatus, MessageKey> = {
  running: 'jobs.status.running',
  done: 'jobs.status.done',
  failed: 'jobs.status.failed',
};

// The text with its first letter as a capital, for a table cell ("Week 49, 2026").
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function useJobWords() {
  const { t, lang, number } = useI18n();
  return useMemo(() => {
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    // A daily period is a day, not a moment: written in UTC so no time zone moves it.
    const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      // The job's name in words; its technical name when samla does not know it.
      label: (name: string) => (knownJobs[name] ? t(knownJobs[name].label) : name),
      // What the job does; the server's own (English) sentence for a job not known here.
      description: (job: Pick<Job, 'name' | 'description'>) => (knownJobs[job.name] ? t(knownJobs[job.name].description) : job.description),
      // Whether the description is the server's English, for its lang attribute.
      describedInEnglish: (name: string) => !knownJobs[name] && lang !== 'en',
      cadence: (job: Pick<Job, 'cadence' | 'hour_utc'>) => t(job.cadence === 'weekly' ? 'jobs.weekly' : 'jobs.daily', { hour: `${pad(job.hour_utc)}:00` }),
      period: (period: string) => {
        const week = /^(\d{4})-W(\d{2})$/.exec(period);
        if (week) return t('jobs.week', { week: Number(week[2]), year: week[1] });
        if (/^\d{4}-\d{2}-\d{2}$/.test(period)) {
          const date = new Date(`${period}T00:00:00Z`);
          if (!Number.isNaN(date.getTime())) return days.format(date);
        }
        return period;
      },
      status: (status: JobRunStatus) => (statusKeys[status] ? t(statusKeys[status]) : status),
      // What a run did, one count after another in a fixed order, whatever order the server's
      // object has ("messages written: 3; already in the outbox: 0; …"); a dash for nothing.
      counts: (run: Pick<JobRun, 'counts'>) => {
        const order = Object.keys(countKeys);
        const rank = (what: string) => (order.includes(what) ? order.indexOf(what) : order.length);
        const entries = Object.entries(run.counts ?? {}).sort(([a], [b]) => rank(a) - rank(b));
        const parts = entries.map(([what, n]) => (countKeys[what] ? t(countKeys[what], { count: number(n) }) : `${what}: ${number(n)}`));
        return parts.length > 0 ? parts.join('; ') : '–';
      },
    };
  }, [t, lang, number]);
}
