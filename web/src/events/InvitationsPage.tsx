// The invitation tracker (/events/:id/invitations): the counts, every invitation with its
// answer, and for planners sending, proposing people by hand and recording changes.
import { useState } from 'react';
import { AsyncContent } from '../app/results';
import { Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { AddPeopleForm } from './AddPeopleForm';
import { EventPageFrame } from './EventPageFrame';
import { attendanceUrl, getInvitations, signInSheetUrl } from './eventsApi';
import { InvitationSummary } from './InvitationSummary';
import { InvitationTable } from './InvitationTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { SendInvitations } from './SendInvitations';

export function InvitationsPage({ id }: { id: number }) {
  const { t, label, lang } = useI18n();
  const session = useSession();
  const invitations = useAsync(() => getInvitations(id), [id]);
  const [picked, setPicked] = useState<number[]>([]);
  const [rowError, setRowError] = useState<unknown>(undefined);
  const [changed, setChanged] = useState('');
  const canPlan = session.can('plan_events');
  const reload = () => {
    setRowError(undefined);
    invitations.reload();
  };
  return (
    <EventPageFrame id={id} title={(e) => t('invitations.pageTitle', { event: e.title })}>
      {(event) => (
        <AsyncContent state={invitations}>
          {(list) => {
            const proposed = list.items.filter((i) => i.status === 'proposed');
            const stillPicked = picked.filter((p) => proposed.some((i) => i.id === p));
            return (
              <>
                {list.summary && <InvitationSummary summary={list.summary} total={list.total} />}
                {canPlan && (
                  <p className="export-links">
                    <span>{t('invitations.attendance')}</span>{' '}
                    <a className="button-link" href={attendanceUrl(id, 'csv', lang)} download>
                      CSV
                    </a>{' '}
                    <a className="button-link" href={attendanceUrl(id, 'xlsx', lang)} download>
                      XLSX
                    </a>{' '}
                    <a className="button-link" href={signInSheetUrl(id, lang)} target="_blank" rel="noopener">
                      {t('invitations.signInSheet')}
                    </a>
                  </p>
                )}
                {canPlan && <SendInvitations event={event} proposed={proposed.length} waiting={list.items.filter((i) => i.status === 'invited').length} picked={stillPicked} onSent={() => { setPicked([]); reload(); }} />}
                <section aria-labelledby="invitation-list-heading" className="panel">
                  <h2 id="invitation-list-heading">{t('invitations.title')}</h2>
                  {changed && <Status>{changed}</Status>}
                  {rowError !== undefined && <ProblemAlert error={rowError} />}
                  {list.items.length === 0 ? (
                    <p>{t('invitations.none')}</p>
                  ) : (
                    <InvitationTable
                      invitations={list.items}
                      picked={stillPicked}
                      onPick={setPicked}
                      onError={setRowError}
                      onChanged={(next) => {
                        setChanged(next ? t('invitations.changed', { name: next.person_name, status: label('invitationStatus', next.status) }) : t('invitations.deleted'));
                        reload();
                      }}
                    />
                  )}
                </section>
                {canPlan && <AddPeopleForm eventId={id} onAdded={reload} />}
              </>
            );
          }}
        </AsyncContent>
      )}
    </EventPageFrame>
  );
}
