// One report, wherever it is shown (its own page, an event's Report tab): where it stands, its
// texts while a draft, the steps this role may take, the review comments, the preview, the
// downloads and, once published, the public link.
import type { Report } from '../app/schema';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { PublicLink } from './PublicLink';
import { ReportComments } from './ReportComments';
import { ReportDownloads } from './ReportDownloads';
import { ReportFacts } from './ReportFacts';
import { ReportLifecycle } from './ReportLifecycle';
import { ReportPreview } from './ReportPreview';
import { ReportTexts } from './ReportTexts';
import { coordinates, writes } from './reportRules';

export function ReportView({ report, onChanged, onReload }: { report: Report; onChanged: (report: Report) => void; onReload: () => void }) {
  const { t } = useI18n();
  const role = useSession().user?.role;
  const writer = writes(role, report);
  return (
    <>
      <ReportFacts report={report} />
      {writer && report.status === 'draft' && <ReportTexts report={report} onSaved={onChanged} onReload={onReload} />}
      {writer && report.status !== 'draft' && <p>{t('reports.textsFixed')}</p>}
      <ReportLifecycle report={report} onChanged={onChanged} onReload={onReload} />
      {writer && <ReportComments report={report} />}
      <ReportPreview report={report} />
      <ReportDownloads report={report} />
      {coordinates(role) && report.status === 'published' && <PublicLink report={report} onChanged={onChanged} />}
    </>
  );
}
