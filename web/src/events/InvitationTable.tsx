// The invitations of an event, one row each: who, status (and whom a waitlist proposal
// replaces), the language of their message, when they answered, interpretation and access
// needs ("hidden" to those who may not read them: GDPR art. 9), and, for planners, a box to
// pick proposed ones for sending, a status change, deleting a proposal and the .ics file.
import { DataTable } from '../app/results';
import { Link } from '../app/router';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { DeleteButton } from '../app/DeleteButton';
import { useVocabulary } from '../app/vocabulary';
import { deleteInvitation, invitationCalendarUrl } from './eventsApi';
import { languageName } from './eventVocabulary';
import { InvitationStatusChange } from './InvitationStatusChange';
import type { Invitation } from './types';

interface Props {
  invitations: Invitation[];
  picked: number[];
  onPick: (ids: number[]) => void;
  onChanged: (next?: Invitation) => void;
  onError: (error: unknown) => void;
}

export function InvitationTable({ invitations, picked, onPick, onChanged, onError }: Props) {
  const { t, lang, label, dateTime } = useI18n();
  const session = useSession();
  const vocabulary = useVocabulary(lang);
  const canPlan = session.can('plan_events');
  const nameOf = (id: number) => invitations.find((i) => i.id === id)?.person_name ?? `#${id}`;
  return (
    <DataTable
      label={t('invitations.title')}
      headers={[
        canPlan && t('invitations.pick'),
        t('field.name'),
        t('field.country'),
        t('invitations.status'),
        t('invitations.language'),
        t('invitations.answered'),
        t('invitations.interpretation'),
        t('invitations.accessNeeds'),
        canPlan && t('common.actions'),
      ]}
    >
      {invitations.map((inv) => (
        <tr key={inv.id}>
          {canPlan && (
            <td>
              {inv.status === 'proposed' && (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={picked.includes(inv.id)}
                    onChange={(e) => onPick(e.target.checked ? [...picked, inv.id] : picked.filter((id) => id !== inv.id))}
                  />
                  <span className="visually-hidden">{t('invitations.pickNamed', { name: inv.person_name })}</span>
                </label>
              )}
            </td>
          )}
          <td>
            <Link to={`/people/${inv.person_id}`}>{inv.person_name}</Link>
            {inv.organisation_name && <span className="cell-note muted">{inv.organisation_name}</span>}
            {inv.email === null && <span className="cell-note">{t('invitations.noEmail')}</span>}
          </td>
          <td>{vocabulary.data?.countryName(inv.country) ?? inv.country ?? ''}</td>
          <td>
            <strong>{label('invitationStatus', inv.status)}</strong>
            {inv.waitlist_for !== null && <span className="cell-note badge">{t('invitations.waitlistFor', { name: nameOf(inv.waitlist_for) })}</span>}
            {inv.attendance_mode && <span className="cell-note">{t(inv.attendance_mode === 'online' ? 'rsvp.online' : 'rsvp.inPerson')}</span>}
            {inv.status === 'invited' && inv.reminded_at && <span className="cell-note muted">{t('invitations.reminded', { when: dateTime(inv.reminded_at) })}</span>}
            {inv.note && <span className="cell-note">{inv.note}</span>}
          </td>
          <td>{languageName(lang, inv.language)}</td>
          <td>{inv.responded_at ? dateTime(inv.responded_at) : <span className="muted">{t('invitations.notAnswered')}</span>}</td>
          <td>{inv.interpretation_language ? languageName(lang, inv.interpretation_language) : ''}</td>
          <td className="prewrap">
            {inv.access_needs_hidden ? <span className="muted">{t('invitations.hidden')}</span> : inv.access_needs ?? ''}
            {inv.comment && <span className="cell-note">{t('invitations.comment', { comment: inv.comment })}</span>}
          </td>
          {canPlan && (
            <td>
              <div className="row-actions">
                <InvitationStatusChange invitation={inv} onChanged={onChanged} onError={onError} />
                {inv.status !== 'proposed' && (
                  <a className="button-link button-secondary" href={invitationCalendarUrl(inv.id)} download aria-label={t('invitations.calendarNamed', { name: inv.person_name })}>
                    {t('invitations.calendar')}
                  </a>
                )}
                {inv.status === 'proposed' && (
                  <DeleteButton
                    what={t('invitations.proposalFor', { name: inv.person_name })}
                    onDelete={async () => {
                      await deleteInvitation(inv);
                      onChanged();
                    }}
                  />
                )}
              </div>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
