// Names for the scheduled jobs API's wire types. They come from api-schema.ts, generated from
// the server's OpenAPI document (npm run api-types), so a changed endpoint breaks the build
// instead of the page.
import type { components } from '../app/api-schema';

type Schemas = components['schemas'];
export type Job = Schemas['Job'];
export type JobList = Schemas['JobList'];
export type JobRun = Schemas['JobRun'];
export type JobRunList = Schemas['JobRunList'];
export type JobRunOutcome = Schemas['JobRunOutcome'];
export type JobRunStatus = JobRun['status'];
export type Cadence = Job['cadence'];
