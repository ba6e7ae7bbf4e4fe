// The stakeholder analysis: the overview, coverage, kickoff lists, and the assessments
// section on every person's and organisation's page.
import type { Capability } from '../app/capability';
import { AnalysisPage } from './AnalysisPage';
import { AssessmentsSection } from './AssessmentsSection';
import { AssessmentTablePage } from './AssessmentTablePage';
import { CoveragePage } from './CoveragePage';
import { KickoffDetailPage } from './KickoffDetailPage';
import { KickoffListsPage } from './KickoffListsPage';

export const capability: Capability = {
  name: 'analysis',
  routes: [
    { pattern: '/analysis', action: 'read_register', render: () => <AnalysisPage /> },
    { pattern: '/analysis/assess', action: 'assess_stakeholders', render: () => <AssessmentTablePage /> },
    { pattern: '/analysis/coverage', action: 'read_register', render: () => <CoveragePage /> },
    { pattern: '/analysis/kickoff', action: 'read_register', render: () => <KickoffListsPage /> },
    { pattern: '/analysis/kickoff/:id', action: 'read_register', render: (p) => <KickoffDetailPage id={Number(p.id)} /> },
  ],
  nav: [
    { to: '/analysis', label: 'nav.analysis', action: 'read_register', group: 'analysis', order: 50 },
    { to: '/analysis/assess', label: 'nav.assessTable', action: 'assess_stakeholders', group: 'analysis', order: 55 },
    { to: '/analysis/coverage', label: 'nav.coverage', action: 'read_register', group: 'analysis', order: 60 },
    { to: '/analysis/kickoff', label: 'nav.kickoff', action: 'read_register', group: 'analysis', order: 70 },
  ],
  personSections: [{ key: 'assessments', render: (s) => <AssessmentsSection subjectType="person" subjectId={s.id} /> }],
  organisationSections: [{ key: 'assessments', render: (s) => <AssessmentsSection subjectType="organisation" subjectId={s.id} /> }],
};
