// Names for the analysis API's wire types (issue 5). They come from api-schema.ts, which is
// generated from the server's OpenAPI document (npm run api-types), so a changed endpoint
// breaks this build instead of the page.
import type { components } from '../app/api-schema';

type Schemas = components['schemas'];
export type Assessment = Schemas['Assessment'];
export type AssessmentInput = Schemas['AssessmentInput'];
export type AssessmentList = Schemas['AssessmentHistory'];
export type StakeholderView = Schemas['StakeholderView'];
export type StakeholderList = Schemas['StakeholderViews'];
export type AnalysisSettings = Schemas['AnalysisSettings'];
// What the settings form sends: every field (the server takes a missing one as its default).
export type AnalysisSettingsInput = Omit<AnalysisSettings, 'version' | 'updated_at' | 'updated_by' | 'programme_id'>;
export type Coverage = Schemas['Coverage'];
export type CoverageGap = Schemas['CoverageGap'];
export type KickoffEntry = Schemas['KickoffEntry'];
export type KickoffList = Schemas['KickoffList'];
export type KickoffSummary = Schemas['KickoffListSummary'];
export type KickoffListPage = Schemas['KickoffListPage'];
export type KickoffListInput = Schemas['KickoffListInput'];
export type KickoffInvitations = Schemas['KickoffInvitations'];

export type Quadrant = StakeholderView['quadrant'];
export type Salience = StakeholderView['salience'];
export type Strategy = StakeholderView['strategy'];
export type SubjectType = Assessment['subject_type'];
export type Scores = StakeholderView['mean'];
export type Position = StakeholderView['positions'][number];
export type Movement = StakeholderView['movements'][number];
export type CoverageColumn = Coverage['rows'][number];
export type CoverageMatrix = Coverage['perspective'];
export type CoverageCell = CoverageMatrix['cells'][number][number];
export type KickoffReason = KickoffEntry['reason'];
