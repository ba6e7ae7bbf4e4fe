// The programmes endpoints, one function each (paths through schema.ts's path(), so a route the
// server no longer describes fails the build). Changes to a phase send the version they started
// from as If-Match; the server answers in the reader's language (lang), which names unmet
// criteria in words.
import { api } from '../app/api';
import { path } from '../app/schema';
import type { Lang } from '../i18n/i18n';
import type { Phase, PhaseInput, PhaseList, ProgrammeChangeList, ProgrammeTemplateList } from './types';

export { getProgrammes } from '../app/ProgrammeScope';
export const getTemplates = () => api.get<ProgrammeTemplateList>(path('/api/v1/programme-templates'));
export const getChanges = (id: number, lang: Lang) => api.get<ProgrammeChangeList>(path('/api/v1/programmes/{id}/changes', { id }), { lang, limit: 15 });
export const getPhases = (id: number) => api.get<PhaseList>(path('/api/v1/programmes/{id}/phases', { id }));

export const phasesFromTemplate = (id: number, templateKey: string) =>
  api.post<PhaseList>(path('/api/v1/programmes/{id}/phases/from-template', { id }), { template_key: templateKey });

const phasePath = (phase: Phase, what: 'sign-offs' | 'gate') =>
  what === 'gate'
    ? path('/api/v1/programmes/{id}/phases/{phase_id}/gate', { id: phase.programme_id, phase_id: phase.id })
    : path('/api/v1/programmes/{id}/phases/{phase_id}/sign-offs', { id: phase.programme_id, phase_id: phase.id });

export const signOff = (phase: Phase, criterionId: number, note: string, lang: Lang) =>
  api.post<Phase>(phasePath(phase, 'sign-offs'), { criterion_id: criterionId, note }, { query: { lang }, version: phase.version });

export const moveGate = (phase: Phase, to: 'passed' | 'open', note: string, lang: Lang) =>
  api.post<Phase>(phasePath(phase, 'gate'), { to, note }, { query: { lang }, version: phase.version });

// The phase editor's writes: add, change (If-Match), delete (If-Match) and the order of them all.
export const postPhase = (programmeId: number, input: PhaseInput) => api.post<Phase>(path('/api/v1/programmes/{id}/phases', { id: programmeId }), input);
export const putPhase = (phase: Phase, input: PhaseInput) => api.put<Phase>(path('/api/v1/programmes/{id}/phases/{phase_id}', { id: phase.programme_id, phase_id: phase.id }), input, phase.version);
export const deletePhase = (phase: Phase) => api.del(path('/api/v1/programmes/{id}/phases/{phase_id}', { id: phase.programme_id, phase_id: phase.id }), phase.version);
export const reorderPhases = (programmeId: number, ids: number[]) => api.post<PhaseList>(path('/api/v1/programmes/{id}/phases/order', { id: programmeId }), { ids });
