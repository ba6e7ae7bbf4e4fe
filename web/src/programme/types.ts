// Names for the programmes API's wire types, from api-schema.ts (generated from the server's
// OpenAPI document by npm run api-types): a changed endpoint breaks the build, not the page.
import type { components } from '../app/api-schema';

type Schemas = components['schemas'];
export type Programme = Schemas['Programme'];
export type ProgrammeList = Schemas['ProgrammeList'];
export type Phase = Schemas['Phase'];
export type PhaseList = Schemas['PhaseList'];
export type Criterion = Schemas['Criterion'];
export type ProgrammeTemplateList = Schemas['ProgrammeTemplateList'];
export type ProgrammeChange = Schemas['ProgrammeChange'];
export type ProgrammeChangeList = Schemas['ProgrammeChangeList'];
export type PhaseInput = Schemas['PhaseInput'];
export type Milestone = Phase['milestones'][number];
