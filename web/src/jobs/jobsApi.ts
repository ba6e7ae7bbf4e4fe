// The scheduled jobs endpoints, one function each. Reading them is for those who read the audit
// log; running one now is for administrators (manage_users), and the server runs each job once
// per period, so a second "Run now" in the same period answers the earlier run (ran_now false).
import { api } from '../app/api';
import { path } from '../app/schema';
import type { JobList, JobRunList, JobRunOutcome } from './types';

export const recentRuns = 50;

export const getJobs = () => api.get<JobList>(path('/api/v1/jobs'));
// The newest runs first, of one job or of all.
export const getRuns = (job?: string) => api.get<JobRunList>(path('/api/v1/jobs/runs'), { job, limit: recentRuns });
// Runs the job for its current period, unless that period has run already.
export const runJob = (name: string) => api.post<JobRunOutcome>(path('/api/v1/jobs/{name}/run', { name }), undefined);
