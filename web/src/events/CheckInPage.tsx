// Check-in on the day (/events/:id/check-in): everyone invited, accepted or tentative, found by
// typing part of a name, marked attended or no-show with large buttons. After each mark focus
// moves to the next person still to check in, so a whole room is done from the keyboard.
import { useEffect, useId, useState } from 'react';
import { AsyncContent } from '../app/results';
import { Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { EventPageFrame } from './EventPageFrame';
import { getInvitations, transitionInvitation } from './eventsApi';
import { ProblemAlert } from '../app/ProblemAlert';
import type { Invitation, InvitationStatus } from './types';

const waiting: InvitationStatus[] = ['invited', 'accepted', 'tentative'];
const done: InvitationStatus[] = ['attended', 'no_show'];

export function CheckInPage({ id }: { id: number }) {
  const { t, label, compare, number } = useI18n();
  const searchId = useId();
  const invitations = useAsync(() => getInvitations(id), [id]);
  const [query, setQuery] = useState('');
  const [said, setSaid] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState<number | null>(null);
  const [focusNext, setFocusNext] = useState<number | null>(null);

  const people = (invitations.data?.items ?? []).filter((i) => waiting.includes(i.status) || done.includes(i.status)).sort((a, b) => compare(a.person_name, b.person_name));
  const q = query.trim().toLocaleLowerCase();
  const shown = people.filter((p) => !q || p.person_name.toLocaleLowerCase().includes(q) || (p.organisation_name ?? '').toLocaleLowerCase().includes(q));

  useEffect(() => {
    if (focusNext === null) return;
    const next = shown.find((p, i) => i > focusNext && waiting.includes(p.status)) ?? shown.find((p) => waiting.includes(p.status));
    document.getElementById(next ? `check-in-${next.id}` : searchId)?.focus();
    setFocusNext(null);
  }, [focusNext, shown, searchId]);

  const mark = (inv: Invitation, to: InvitationStatus, index: number) => {
    setBusy(inv.id);
    setError(undefined);
    transitionInvitation(inv, to)
      .then((next) => {
        invitations.setData({ ...invitations.data!, items: invitations.data!.items.map((i) => (i.id === next.id ? next : i)) });
        setSaid(t('checkIn.marked', { name: inv.person_name, status: label('invitationStatus', to) }));
        setFocusNext(index);
      }, setError)
      .finally(() => setBusy(null));
  };

  const attended = people.filter((p) => p.status === 'attended').length;
  return (
    <EventPageFrame id={id} title={(e) => t('checkIn.title', { event: e.title })}>
      {() => (
        <div className="check-in">
          <div className="field">
            <label htmlFor={searchId}>{t('checkIn.search')}</label>
            <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
          </div>
          <Status>{said || t('checkIn.count', { attended: number(attended), total: number(people.length) })}</Status>
          {error !== undefined && <ProblemAlert error={error} />}
          <AsyncContent state={invitations}>
            {() =>
              shown.length === 0 ? (
                <p>{t('checkIn.nobody')}</p>
              ) : (
                <ul className="check-in-list">
                  {shown.map((p, i) => (
                    <li key={p.id} className={done.includes(p.status) ? 'checked' : undefined}>
                      <div className="check-in-who">
                        <strong>{p.person_name}</strong>
                        {p.organisation_name && <span className="muted"> – {p.organisation_name}</span>}
                        <span className="cell-note">{label('invitationStatus', p.status)}</span>
                      </div>
                      {waiting.includes(p.status) && (
                        <div className="check-in-actions">
                          <button type="button" id={`check-in-${p.id}`} disabled={busy === p.id} aria-label={t('checkIn.attendedNamed', { name: p.person_name })} onClick={() => mark(p, 'attended', i)}>
                            {t('checkIn.attended')}
                          </button>
                          <button type="button" className="button-secondary" disabled={busy === p.id} aria-label={t('checkIn.noShowNamed', { name: p.person_name })} onClick={() => mark(p, 'no_show', i)}>
                            {t('checkIn.noShow')}
                          </button>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )
            }
          </AsyncContent>
        </div>
      )}
    </EventPageFrame>
  );
}
