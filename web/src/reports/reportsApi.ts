// The reports endpoints, one function each. Paths go through schema.ts's path(), so a route the
// server no longer describes fails the build. Writes to a report send its version as If-Match.
// The report itself (HTML, PDF, Word, Markdown) is read through plain links: the session
// cookie authenticates a GET.
import { api } from '../app/api';
import {
  path,
  type Report,
  type ReportComment,
  type ReportCommentList,
  type ReportInput,
  type ReportList,
  type ReportPatch,
  type ReportPublicLink,
  type ReportStatus,
} from '../app/schema';

export type ReportFormat = 'html' | 'pdf' | 'docx' | 'md';
export type ReportLang = 'sv' | 'en';
export const reportFormats: ReportFormat[] = ['html', 'pdf', 'docx', 'md'];
export const reportLangs: ReportLang[] = ['sv', 'en'];

const reportPath = (id: number) => path('/api/v1/reports/{id}', { id });

export const getReports = (programmeId?: number) => api.get<ReportList>(path('/api/v1/reports'), { programme_id: programmeId });
export const getReport = (id: number) => api.get<Report>(reportPath(id));
export const postReport = (input: ReportInput) => api.post<Report>(path('/api/v1/reports'), input);
export const patchReport = (report: Report, texts: ReportPatch) => api.patch<Report>(reportPath(report.id), texts, report.version);
export const transitionReport = (report: Report, to: ReportStatus) =>
  api.post<Report>(path('/api/v1/reports/{id}/transitions', { id: report.id }), { to }, { version: report.version });

export const getComments = (id: number) => api.get<ReportCommentList>(path('/api/v1/reports/{id}/comments', { id }));
export const postComment = (id: number, body: string) => api.post<ReportComment>(path('/api/v1/reports/{id}/comments', { id }), { body });

export const createPublicLink = (id: number) => api.post<ReportPublicLink>(path('/api/v1/reports/{id}/public-link', { id }), {});
export const removePublicLink = (id: number) => api.del(path('/api/v1/reports/{id}/public-link', { id }));

// The report itself in a format and language: shown in the preview (HTML) or downloaded.
export const reportFileUrl = (id: number, format: ReportFormat, lang: ReportLang) => `${reportPath(id)}?format=${format}&lang=${lang}`;
