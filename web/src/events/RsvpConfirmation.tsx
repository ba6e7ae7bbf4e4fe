// The participant's answer as it stands: a thank-you right after answering (announced, and
// focus moves here), the calendar file, and a way to change the answer while that is allowed.
import { forwardRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { languageName } from './eventVocabulary';
import { downloadRsvpCalendar } from './rsvpApi';
import type { Rsvp } from './types';

export const RsvpConfirmation = forwardRef<HTMLHeadingElement, { token: string; rsvp: Rsvp; justAnswered: boolean; onChange: () => void }>(function RsvpConfirmation(
  { token, rsvp, justAnswered, onChange },
  heading,
) {
  const { t, lang, label } = useI18n();
  const [calendarFailed, setCalendarFailed] = useState(false);
  const coming = rsvp.status === 'accepted' || rsvp.status === 'tentative';
  const answer = rsvp.status === 'accepted' ? t('rsvp.accept') : rsvp.status === 'tentative' ? t('rsvp.tentative') : rsvp.status === 'declined' ? t('rsvp.decline') : null;
  // Without an answer of one's own (not yet answered, or checked in on the day) the status is said as it is.
  const statusLine = answer
    ? t('rsvp.answered', { answer })
    : rsvp.status === 'invited' || rsvp.status === 'proposed'
      ? t('rsvp.notAnswered')
      : t('rsvp.statusIs', { status: label('invitationStatus', rsvp.status) });
  return (
    <section aria-labelledby="rsvp-answer-heading" className="rsvp-answer">
      <h2 id="rsvp-answer-heading" tabIndex={-1} ref={heading}>
        {justAnswered ? t('rsvp.thanks') : t('rsvp.yourAnswer')}
      </h2>
      <div role="status">
        <p className="status">{statusLine}</p>
        {coming && rsvp.attendance_mode && <p>{t(rsvp.attendance_mode === 'online' ? 'rsvp.modeChosenOnline' : 'rsvp.modeChosenInPerson')}</p>}
        {coming && rsvp.interpretation_language && <p>{t('rsvp.interpretationChosen', { language: languageName(lang, rsvp.interpretation_language) })}</p>}
        {rsvp.access_needs && <p>{t('rsvp.accessNeedsKept')}</p>}
      </div>
      {coming && (
        <div className="actions">
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setCalendarFailed(false);
              downloadRsvpCalendar(token, 'invitation.ics').catch(() => setCalendarFailed(true));
            }}
          >
            {t('rsvp.calendar')}
          </button>
        </div>
      )}
      {calendarFailed && <p className="field-error">{t('error.unexpected')}</p>}
      {rsvp.can_respond ? (
        <div className="actions">
          <button type="button" onClick={onChange}>
            {t('rsvp.change')}
          </button>
        </div>
      ) : (
        <p>{t('rsvp.closed')}</p>
      )}
    </section>
  );
});
