// Names for the API's wire types. They come from api-schema.ts, which is generated from the
// server's OpenAPI document (npm run api-types): a changed endpoint breaks this build.
import type { components, paths } from './api-schema';

type Schemas = components['schemas'];
export type Person = Schemas['Person'];
export type SetupStatus = Schemas['SetupStatus'];
export type PersonInput = Schemas['PersonInput'];
export type PersonPage = Schemas['PersonPage'];
export type Organisation = Schemas['Organisation'];
export type OrganisationInput = Schemas['OrganisationInput'];
export type OrganisationPage = Schemas['OrganisationPage'];
export type Theme = Schemas['Theme'];
export type ThemeInput = Schemas['ThemeInput'];
export type ThemeList = Schemas['ThemeList'];
export type CountryGroup = Schemas['CountryGroup'];
export type CountryGroupInput = Schemas['CountryGroupInput'];
export type CountryGroupList = Schemas['CountryGroupList'];
export type Country = Schemas['Country'];
export type CountryList = Schemas['CountryList'];
export type User = Schemas['User'];
export type UserList = Schemas['UserList'];
export type UserDirectory = Schemas['UserDirectory'];
export type UserCreate = Schemas['UserCreate'];
export type UserUpdate = Schemas['UserUpdate'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditPage = Schemas['AuditPage'];
export type Tie = Schemas['Tie'];
export type TieInput = Schemas['TieInput'];
export type TieList = Schemas['TieList'];

// The before/after evaluation of an event: its form, a participant's view through the
// personal link, their answer, and what the answers show.
export type EvaluationForm = Schemas['EvaluationForm'];
export type EvaluationItem = Schemas['EvaluationItem'];
export type EvaluationItemKind = EvaluationItem['kind'];
export type EvaluationFormInput = Schemas['EvaluationFormInput'];
export type EvaluationAnswer = Schemas['EvaluationAnswer'];
export type EvaluationPhase = EvaluationAnswer['phase'];
export type ParticipantEvaluation = Schemas['ParticipantEvaluation'];
export type EvaluationResults = Schemas['EvaluationResults'];
export type EvaluationBreakdown = NonNullable<EvaluationResults['by']>;
export type EvaluationGroup = EvaluationResults['groups'][number];
export type EvaluationItemResult = Schemas['EvaluationItemResult'];
export type EvaluationSummary = EvaluationItemResult['before'];
export type EvaluationShift = EvaluationItemResult['shift'];
export type FollowUpsQueued = Schemas['FollowUpsQueued'];

// Reports: of one event or over a theme and dates, their review comments and public link.
export type Report = Schemas['Report'];
export type ReportStatus = Report['status'];
export type ReportInput = Schemas['ReportInput'];
export type ReportPatch = Schemas['ReportPatch'];
export type ReportList = Schemas['ReportList'];
export type ReportTransition = Schemas['ReportTransition'];
export type ReportComment = Schemas['ReportComment'];
export type ReportCommentInput = Schemas['ReportCommentInput'];
export type ReportCommentList = Schemas['ReportCommentList'];
export type ReportPublicLink = Schemas['ReportPublicLink'];

// Every path the app calls must exist in the document; a removed route fails to compile.
export type ApiPath = keyof paths;
export function path<P extends ApiPath>(p: P, params: Record<string, string | number> = {}): string {
  return (p as string).replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
}
