// Who may do what with a report, as the server decides it (src/reports/service.cc); the browser
// only uses it to choose which buttons to show. Coordinators and administrators write every
// report, review, approve and publish; those who plan events write an event's report (the
// server still refuses a facilitator of another event) and send it for review.
import type { Role } from '../app/permissions';
import type { Report, ReportStatus } from '../app/schema';

export const coordinates = (role: Role | undefined) => role === 'admin' || role === 'coordinator';

export function writes(role: Role | undefined, report: Pick<Report, 'event_id'>): boolean {
  if (coordinates(role)) return true;
  return report.event_id !== null && role === 'facilitator';
}

// The steps along draft → in review → approved → published this role may take from here.
export function stepsFor(role: Role | undefined, report: Pick<Report, 'event_id' | 'status'>): ReportStatus[] {
  if (!writes(role, report)) return [];
  const coordinator = coordinates(role);
  switch (report.status) {
    case 'draft':
      return ['in_review'];
    case 'in_review':
      return coordinator ? ['approved', 'draft'] : [];
    case 'approved':
      return coordinator ? ['published'] : [];
    case 'published':
      return coordinator ? ['approved'] : [];
  }
}
