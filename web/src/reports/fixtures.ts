// Test data: a report of the demo workshop (event 3) and its review comment.
import type { Report, ReportComment } from '../app/schema';

export function report(overrides: Partial<Report> = {}): Report {
  return {
    id: 7,
    event_id: 3,
    theme: null,
    programme_id: 1,
    from: null,
    to: null,
    title: 'Workshop: co-produced stigma reduction',
    status: 'draft',
    intro_sv: 'Workshoppen samlade regionerna.',
    intro_en: 'The workshop gathered the regions.',
    conclusions_sv: '',
    conclusions_en: '',
    approved_at: null,
    approved_by: null,
    published_at: null,
    public_link: false,
    created_by: 'kim',
    created_at: '2027-02-17T09:00:00Z',
    updated_at: '2027-02-17T09:00:00Z',
    version: 3,
    ...overrides,
  };
}

export const comment: ReportComment = { id: 1, report_id: 7, author: 'alex', body: 'The figures match the attendance list.', created_at: '2027-02-18T10:00:00Z' };
