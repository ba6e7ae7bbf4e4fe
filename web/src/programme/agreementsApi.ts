// The agreements endpoints the programme's page uses (paths through schema.ts's path()).
import { api } from '../app/api';
import type { components } from '../app/api-schema';
import { path } from '../app/schema';

export type Agreement = components['schemas']['Agreement'];
export type AgreementInput = components['schemas']['AgreementInput'];
export type AgreementList = components['schemas']['AgreementList'];
export type AgreementKind = Agreement['kind'];
export type AgreementStatus = Agreement['status'];
export type Signatory = Agreement['signatories'][number];
export const agreementKinds: AgreementKind[] = ['letter_of_intent', 'partnership_agreement', 'memorandum_of_understanding', 'data_sharing_agreement', 'other'];
export const agreementStatuses: AgreementStatus[] = ['draft', 'out_for_signature', 'signed', 'ended'];

export const getAgreements = (programmeId: number) => api.get<AgreementList>(path('/api/v1/agreements'), { programme_id: programmeId });
export const postAgreement = (input: AgreementInput) => api.post<Agreement>(path('/api/v1/agreements'), input);
export const putAgreement = (id: number, input: AgreementInput, version: number) => api.put<Agreement>(path('/api/v1/agreements/{id}', { id }), input, version);
