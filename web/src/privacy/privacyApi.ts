// The consents' and a person's rights' endpoints (paths through schema.ts's path()).
import { api } from '../app/api';
import type { components } from '../app/api-schema';
import { path } from '../app/schema';

export type Consent = components['schemas']['Consent'];
export type ConsentInput = components['schemas']['ConsentInput'];
export type ConsentList = components['schemas']['ConsentList'];
export type ConsentTextList = components['schemas']['ConsentTextList'];
export type ConsentText = components['schemas']['ConsentText'];
export type ConsentReview = components['schemas']['ConsentReview'];
export type ErasureReport = components['schemas']['ErasureReport'];
export type Purpose = Consent['purpose'];
export type Basis = Consent['basis'];
export type Channel = Consent['channel'];

export const purposes: Purpose[] = ['contact', 'lived_experience', 'photos', 'network_analysis', 'named_in_reports'];
// The bases each purpose may rest on (privacy/consent.cc bases_for).
export const basesFor: Record<Purpose, Basis[]> = {
  contact: ['consent', 'legitimate_interest', 'public_task', 'contract'],
  lived_experience: ['explicit_consent'],
  photos: ['consent'],
  network_analysis: ['consent', 'legitimate_interest'],
  named_in_reports: ['consent'],
};
export const channels: Channel[] = ['form', 'email', 'paper', 'verbal', 'own_page', 'event'];

export const getConsents = (personId: number) => api.get<ConsentList>(path('/api/v1/people/{id}/consents', { id: personId }));
export const giveConsent = (personId: number, input: ConsentInput) => api.post<Consent>(path('/api/v1/people/{id}/consents', { id: personId }), input);
export const withdrawConsent = (c: Consent, channel: Channel) =>
  api.post<Consent>(path('/api/v1/people/{id}/consents/{consent_id}/withdraw', { id: c.person_id, consent_id: c.id }), { channel }, { version: c.version });
export const confirmReview = (c: Consent) => api.post<Consent>(path('/api/v1/people/{id}/consents/{consent_id}/review', { id: c.person_id, consent_id: c.id }), {}, { version: c.version });
export type ConsentTextInput = components['schemas']['ConsentTextInput'];
export const getConsentTexts = () => api.get<ConsentTextList>(path('/api/v1/consent-texts'));
export const addConsentText = (input: ConsentTextInput) => api.post<ConsentText>(path('/api/v1/consent-texts'), input);
export const getReview = () => api.get<ConsentReview>(path('/api/v1/privacy/review'));
export const exportUrl = (personId: number) => path('/api/v1/people/{id}/export', { id: personId });
export const erasePerson = (personId: number, reason: string) => api.post<ErasureReport>(path('/api/v1/people/{id}/erasure', { id: personId }), { reason });

export type Duplicate = components['schemas']['Duplicate'];
export type DuplicateList = components['schemas']['DuplicateList'];
export type MergeReport = components['schemas']['MergeReport'];
export type MergeKind = 'people' | 'organisations';
export const getDuplicates = (kind: MergeKind) => api.get<DuplicateList>(`/api/v1/${kind}/duplicates`, { limit: 200 });
export const mergeRecords = (kind: MergeKind, survivorId: number, otherId: number, take: string[], version: number) =>
  api.post<MergeReport>(`/api/v1/${kind}/${survivorId}/merge`, { other_id: otherId, take }, { version });

export type PrivacySettings = components['schemas']['PrivacySettings'];
export type InactiveList = components['schemas']['InactiveList'];
export type ProcessingRecords = components['schemas']['ProcessingRecords'];
export const getPrivacySettings = () => api.get<PrivacySettings>(path('/api/v1/privacy/settings'));
export const putPrivacySettings = (s: PrivacySettings) =>
  api.put<PrivacySettings>(path('/api/v1/privacy/settings'), { free_text_for_all_readers: s.free_text_for_all_readers, evaluation_texts_months: s.evaluation_texts_months, inactive_after_months: s.inactive_after_months }, s.version);
export const getInactive = () => api.get<InactiveList>(path('/api/v1/privacy/inactive'));
export const getProcessing = () => api.get<ProcessingRecords>(path('/api/v1/privacy/processing'));
export const processingCsvUrl = () => `${path('/api/v1/privacy/processing')}?format=csv`;
