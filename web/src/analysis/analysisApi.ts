// The analysis endpoints, one function each. The paths are plain strings rather than
// schema.ts's checked path(): they are not in the generated OpenAPI types yet (see types.ts).
import { api, queryString, request, type Query } from '../app/api';
import type { Lang } from '../i18n/i18n';
import type {
  AnalysisSettings,
  AnalysisSettingsInput,
  Assessment,
  AssessmentInput,
  AssessmentList,
  Coverage,
  KickoffList,
  KickoffListInput,
  KickoffListPage,
  StakeholderList,
  SubjectType,
} from './types';

const base = '/api/v1';

export function getAssessments(subjectType: SubjectType, id: number, lang: Lang) {
  return api.get<AssessmentList>(`${base}/assessments`, { [subjectType]: id, lang });
}

export function postAssessment(input: AssessmentInput) {
  return api.post<Assessment>(`${base}/assessments`, input);
}

export function getStakeholders(filters: Query, lang: Lang) {
  return api.get<StakeholderList>(`${base}/analysis/stakeholders`, { ...filters, lang });
}

// Saves the settings over `version`; a 412 means a coordinator saved others meanwhile.
export function putSettings(settings: AnalysisSettingsInput, version: number) {
  return api.put<AnalysisSettings>(`${base}/analysis/settings`, settings, version);
}

export function getCoverage(filters: Query, lang: Lang) {
  return api.get<Coverage>(`${base}/analysis/coverage`, { ...filters, lang });
}

export function getKickoffLists(lang: Lang) {
  return api.get<KickoffListPage>(`${base}/kickoff-lists`, { lang });
}

export function postKickoffList(input: KickoffListInput, lang: Lang) {
  return api.post<KickoffList>(`${base}/kickoff-lists${queryString({ lang })}`, input);
}

export function getKickoffList(id: number, lang: Lang) {
  return api.get<KickoffList>(`${base}/kickoff-lists/${id}`, { lang });
}

// Entry changes carry the list's version as If-Match, so two coordinators editing the same
// list at once hear about it instead of silently overwriting each other's decision.
export function addKickoffEntry(list: KickoffList, subject: { subject_type: SubjectType; subject_id: number }, reason: string, lang: Lang) {
  return request<KickoffList>('POST', `${base}/kickoff-lists/${list.id}/entries`, {
    body: { ...subject, reason },
    query: { lang },
    version: list.version,
  }).then((r) => r.data);
}

export function changeKickoffEntry(list: KickoffList, entryId: number, status: 'included' | 'removed', reason: string, lang: Lang) {
  return request<KickoffList>('PATCH', `${base}/kickoff-lists/${list.id}/entries/${entryId}`, {
    body: { status, reason },
    query: { lang },
    version: list.version,
  }).then((r) => r.data);
}

// The address of a list's download; used as a plain link so the browser saves the file.
export function kickoffExportUrl(id: number, format: 'csv' | 'xlsx', lang: Lang) {
  return `${base}/kickoff-lists/${id}/export${queryString({ format, lang })}`;
}
