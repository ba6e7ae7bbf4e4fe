// Privacy by design: each person's consents and legal bases on their page, their export and
// erasure for administrators, and the review of bases set before consents came.
import type { Capability } from '../app/capability';
import { ConsentsSection } from './ConsentsSection';
import { PersonRightsSection } from './PersonRightsSection';
import { DuplicatesPage } from './DuplicatesPage';
import { MyDataPage } from './MyDataPage';
import { OwnPage } from './OwnPage';
import { PrivacyReviewPage } from './PrivacyReviewPage';
import { useSession } from '../app/session';
import type { RecordSubject } from '../app/capability';

function AdminRights({ subject }: { subject: RecordSubject }) {
  const session = useSession();
  return session.can('manage_privacy') ? <PersonRightsSection subject={subject} /> : null;
}

export const capability: Capability = {
  name: 'privacy',
  routes: [
    { pattern: '/privacy/review', action: 'write_register', render: () => <PrivacyReviewPage /> },
    { pattern: '/duplicates', action: 'write_register', render: () => <DuplicatesPage /> },
    { pattern: '/my-data', action: 'use_own_account', render: () => <MyDataPage /> },
  ],
  publicRoutes: [{ path: '/me', render: () => <OwnPage /> }],
  nav: [
    { to: '/my-data', label: 'nav.myData', action: 'use_own_account', group: 'programme', order: 6 },
    { to: '/duplicates', label: 'nav.duplicates', action: 'write_register', group: 'register', order: 28 },
    { to: '/privacy/review', label: 'nav.privacyReview', action: 'write_register', group: 'admin', order: 200 },
  ],
  personSections: [
    { key: 'consents', render: (s) => <ConsentsSection subject={s} /> },
    { key: 'rights', render: (s) => <AdminRights subject={s} /> },
  ],
};
