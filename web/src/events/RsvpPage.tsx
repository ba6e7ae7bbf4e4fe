// The public RSVP page (/rsvp#TOKEN): no account, no logged-in shell, made for a phone. It
// reads the personal token from the link's fragment, shows the event in the invitation's
// language (with a switch), takes the answer, and confirms it; the answer can be changed while
// the event is open for invitations. Below it, the event's evaluation when one of its phases is
// open (RsvpEvaluation). When the event has a live session open, a button joins it with the link
// (RsvpLiveSessions), first on the page: that is what someone opening it in the room wants. A
// wrong or replaced link says so plainly.
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../app/api';
import { ErrorAlert, Loading } from '../app/ui';
import { PublicPage } from '../app/PublicPage';
import { useI18n } from '../i18n/i18n';
import { EventFacts } from './EventFacts';
import { longDay } from './eventVocabulary';
import { RsvpConfirmation } from './RsvpConfirmation';
import { RsvpEvaluation } from './RsvpEvaluation';
import { RsvpForm } from './RsvpForm';
import { useLinkSecret } from '../app/linkSecret';
import { getRsvp } from './rsvpApi';
import { RsvpLiveSessions } from './RsvpLiveSessions';
import type { Rsvp } from './types';

export function RsvpPage() {
  const { t, lang, setLang } = useI18n();
  const token = useLinkSecret();
  const [rsvp, setRsvp] = useState<Rsvp | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [answered, setAnswered] = useState(false);
  const [changing, setChanging] = useState(false);
  const confirmation = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setRsvp(undefined);
    setError(undefined);
    setAnswered(false);
    setChanging(false);
    if (!token) return;
    let live = true;
    getRsvp(token).then(
      (r) => {
        if (!live) return;
        setRsvp(r);
        // The page speaks the invitation's language first; the switch is there if it is wrong.
        setLang(r.language);
      },
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [token, setLang]);

  useEffect(() => {
    if (answered) confirmation.current?.focus();
  }, [answered, rsvp]);

  const wrongLink = !token || (error instanceof ApiError && error.status === 404);
  const title = rsvp ? t('rsvp.title', { event: rsvp.event.title }) : t('rsvp.titlePlain');
  let content;
  if (wrongLink)
    content = (
      <div role="alert" className="alert alert-error">
        <p>{token ? t('rsvp.wrongLink') : t('rsvp.noToken')}</p>
        <p>{t('rsvp.askOrganiser')}</p>
      </div>
    );
  else if (error !== undefined) content = <ErrorAlert error={error} />;
  else if (!rsvp) content = <Loading />;
  else {
    // The form until there is an answer, or while changing it; otherwise the answer as it stands.
    const hasAnswer = ['accepted', 'declined', 'tentative'].includes(rsvp.status);
    const showForm = rsvp.can_respond && (changing || !hasAnswer);
    content = (
      <>
        <p>{t('rsvp.greeting', { name: rsvp.person_name })}</p>
        <RsvpLiveSessions key={token} token={token} />
        {rsvp.event.invitation_text && (
          <section aria-labelledby="rsvp-words-heading">
            <h2 id="rsvp-words-heading">{t('rsvp.fromOrganisers')}</h2>
            <p className="prewrap">{rsvp.event.invitation_text}</p>
          </section>
        )}
        <EventFacts event={rsvp.event} />
        {rsvp.event.reply_by && rsvp.can_respond && <p>{t('rsvp.replyBy', { day: longDay(lang, rsvp.event.reply_by) })}</p>}
        {showForm ? (
          <RsvpForm
            token={token}
            rsvp={rsvp}
            onAnswered={(next) => {
              setRsvp(next);
              setChanging(false);
              setAnswered(true);
            }}
          />
        ) : (
          <RsvpConfirmation ref={confirmation} token={token} rsvp={rsvp} justAnswered={answered} onChange={() => { setAnswered(false); setChanging(true); }} />
        )}
        <RsvpEvaluation key={token} token={token} />
      </>
    );
  }
  return (
    <PublicPage title={title} className="rsvp">
      {content}
    </PublicPage>
  );
}
