// On the RSVP page: when the invitation's event has a live session open now, a button to join it
// with the personal link, which records attendance. The link's token travels to the live page in
// the address's fragment (/live?code=…#TOKEN), as personal links do: browsers never send it.
import { useEffect, useState } from 'react';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { findLiveSessions, type LiveSessionFound } from './rsvpApi';

export function RsvpLiveSessions({ token }: { token: string }) {
  const { t } = useI18n();
  const [sessions, setSessions] = useState<LiveSessionFound[]>([]);
  useEffect(() => {
    let live = true;
    findLiveSessions(token).then(
      (found) => live && setSessions(found),
      // No session (or a link that opens none) leaves the page as it is.
      () => live && setSessions([]),
    );
    return () => {
      live = false;
    };
  }, [token]);
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="rsvp-live-heading" className="panel">
      <h2 id="rsvp-live-heading">{t('rsvp.liveHeading')}</h2>
      <p>{t('rsvp.liveIntro')}</p>
      <ul className="plain-list">
        {sessions.map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => navigate(`/live?code=${encodeURIComponent(s.code)}#${encodeURIComponent(token)}`)}>
              {sessions.length > 1 ? t('rsvp.liveJoinNamed', { title: s.title }) : t('rsvp.liveJoin')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
