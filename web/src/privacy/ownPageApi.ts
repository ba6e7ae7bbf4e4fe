// The own page's endpoints. The page token is sent as X-Own-Page-Token and kept only for this
// tab (sessionStorage): closing the tab ends the visit, as the token's two hours would.
import { ApiError, request, type Problem } from '../app/api';
import type { components } from '../app/api-schema';
import type { Consent, ConsentText, Purpose } from './privacyApi';

export type OwnPage = components['schemas']['OwnPage'] & {
  person: { id: number; name: string; title: string | null; email: string | null; phone: string | null; country: string | null; organisation_name: string | null; languages: string[] };
  consents: Consent[];
  consent_texts: Partial<Record<Purpose, ConsentText>>;
  invitations: { id: number; event_title: string; starts_at: string; status: string }[];
  groups: { id: number; name: string; role: string; from_date: string | null; to_date: string | null }[];
  actions: { id: number; title: string; status: string; due_date: string | null }[];
  reports: { id: number; event_title: string; published_at: string | null }[];
  records: { records: Record<string, unknown[]>; mentions: { table: string; column: string }[] };
};
export type OwnDetails = components['schemas']['OwnDetails'];

const storageKey = 'samla.ownPageToken';
export const savedPageToken = () => {
  try {
    return sessionStorage.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
};
export const savePageToken = (token: string) => {
  try {
    if (token) sessionStorage.setItem(storageKey, token);
    else sessionStorage.removeItem(storageKey);
  } catch {
    // Not kept: the page still works until it is reloaded.
  }
};

const headers = (token: string) => ({ 'X-Own-Page-Token': token });
export const askForLink = (email: string) => request<{ sent: boolean }>('POST', '/api/v1/me/link', { body: { email } }).then((r) => r.data);
export const openLink = (token: string) => request<{ page_token: string }>('POST', '/api/v1/me/session', { body: { token } }).then((r) => r.data.page_token);
// A page token for the logged-in account's own person (the password way in).
export const openAccountPage = () => request<{ page_token: string }>('POST', '/api/v1/me/account-session').then((r) => r.data.page_token);
export const getOwnPage = (token: string) => request<OwnPage>('GET', '/api/v1/me', { headers: headers(token) }).then((r) => r.data);
export const correctDetails = (token: string, details: OwnDetails) => request<OwnPage>('PATCH', '/api/v1/me', { headers: headers(token), body: details }).then((r) => r.data);
export const setOwnConsent = (token: string, purpose: Purpose, give: boolean) =>
  request<OwnPage>('POST', '/api/v1/me/consents', { headers: headers(token), body: { purpose, give } }).then((r) => r.data);

// Saves a response's body under `name` through a temporary link.
async function saveAs(path: string, token: string, name: string) {
  let response: Response;
  try {
    response = await fetch(path, { headers: headers(token), credentials: 'omit' });
  } catch {
    throw new ApiError(0, { title: 'network' });
  }
  if (!response.ok) {
    // The server's problem, so that its message is shown in the reader's language.
    const problem = (await response.json().catch(() => ({}))) as Problem;
    throw new ApiError(response.status, problem);
  }
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

// The ZIP of everything about oneself.
export const downloadOwnData = (token: string, name: string) => saveAs('/api/v1/me/export', token, name);

// A published report of an event one attended, as a PDF or a web page (HTML) in `lang`.
export type ReportFormat = 'pdf' | 'html';
export const downloadOwnReport = (token: string, id: number, format: ReportFormat, lang: string) =>
  saveAs(`/api/v1/me/reports/${id}?format=${format}&lang=${lang}`, token, `samla-report-${id}-${lang}.${format}`);
