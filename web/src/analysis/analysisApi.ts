// The analysis endpoints, one function each. Paths go through schema.ts's path(), so a route
// the server no longer describes fails the build.
import { api, queryString, request, type Query } from '../app/api';
import { path } from '../app/schema';
import type { Lang } from '../i18n/i18n';
import type {
  AnalysisSettings,
  AnalysisSettingsInput,
  Assessment,
  AssessmentInput,
  AssessmentList,
  Coverage,
  KickoffList,
  KickoffInvitations,
  KickoffListInput,
  KickoffListPage,
  StakeholderList,
  SubjectType,
} from './types';

export function getAssessments(subjectType: SubjectType, id: number, lang: Lang) {
  return api.get<AssessmentList>(path('/api/v1/assessments'), { [subjectType]: id, lang });
}

export function postAssessment(input: AssessmentInput) {
  return api.post<Assessment>(path('/api/v1/assessments'), input);
}

// The analysis weighed by a programme's settings (none: the default programme's).
export function getStakeholders(filters: Query, lang: Lang, programmeId?: number) {
  return api.get<StakeholderList>(path('/api/v1/analysis/stakeholders'), { ...filters, lang, programme_id: programmeId });
}

// Saves a programme's settings over `version` (0 while it follows the instance's); a 412 means a
// coordinator saved others meanwhile.
export function putSettings(settings: AnalysisSettingsInput, version: number, programmeId?: number) {
  return api.put<AnalysisSettings>(path('/api/v1/analysis/settings') + queryString({ programme_id: programmeId }), settings, version);
}

export function getCoverage(filters: Query, lang: Lang, programmeId?: number) {
  return api.get<Coverage>(path('/api/v1/analysis/coverage'), { ...filters, lang, programme_id: programmeId });
}

export function getKickoffLists(lang: Lang, programmeId?: number) {
  return api.get<KickoffListPage>(path('/api/v1/kickoff-lists'), { lang, programme_id: programmeId });
}

export function postKickoffList(input: KickoffListInput, lang: Lang) {
  return api.post<KickoffList>(path('/api/v1/kickoff-lists') + queryString({ lang }), input);
}

// "Invite this list": proposes an invitation on the event for every person on the list.
export function inviteKickoffList(id: number, eventId: number, lang: Lang) {
  return api.post<KickoffInvitations>(path('/api/v1/kickoff-lists/{id}/invitations', { id }) + queryString({ lang }), { event_id: eventId });
}

export function getKickoffList(id: number, lang: Lang) {
  return api.get<KickoffList>(path('/api/v1/kickoff-lists/{id}', { id }), { lang });
}

// Entry changes carry the list's version as If-Match, so two coordinators editing the same
// list at once hear about it instead of silently overwriting each other's decision.
export function addKickoffEntry(list: KickoffList, subject: { subject_type: SubjectType; subject_id: number }, reason: string, lang: Lang) {
  return request<KickoffList>('POST', path('/api/v1/kickoff-lists/{id}/entries', { id: list.id }), {
    body: { ...subject, reason },
    query: { lang },
    version: list.version,
  }).then((r) => r.data);
}

export function changeKickoffEntry(list: KickoffList, entryId: number, status: 'included' | 'removed', reason: string, lang: Lang) {
  return request<KickoffList>('PATCH', path('/api/v1/kickoff-lists/{id}/entries/{entry_id}', { id: list.id, entry_id: entryId }), {
    body: { status, reason },
    query: { lang },
    version: list.version,
  }).then((r) => r.data);
}

// Marks the list final, or opens it as a draft again; the version read makes a stale page fail.
export function setKickoffStatus(list: KickoffList, to: 'draft' | 'final', lang: Lang) {
  return request<KickoffList>('POST', path('/api/v1/kickoff-lists/{id}/transitions', { id: list.id }), {
    body: { to },
    query: { lang },
    version: list.version,
  }).then((r) => r.data);
}

// The address of a list's download; used as a plain link so the browser saves the file.
export function kickoffExportUrl(id: number, format: 'csv' | 'xlsx', lang: Lang) {
  return path('/api/v1/kickoff-lists/{id}/export', { id }) + queryString({ format, lang });
}
