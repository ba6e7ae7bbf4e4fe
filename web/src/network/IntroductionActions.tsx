// Acting on a suggested introduction, each in a dialog: "Invite both…" proposes the two people
// for an event not yet held (planners; the invitations are then sent from the event's
// tracker, which the dialog links to), and "Save as note…" keeps it in the contact history: a
// note of today with each of the two people, in one go (roles that may change the register).
import { useEffect, useState, type FormEvent } from 'react';
import { DialogButton } from '../app/Dialog';
import { AsyncContent } from '../app/results';
import { Link } from '../app/router';
import { SelectField, Status, TextArea } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { refuseAny } from '../app/formErrors';
import { getEvents, proposableStatuses, proposeInvitations } from '../events/eventsApi';
import { languageName, shortWallClock } from '../events/eventVocabulary';
import { ProblemAlert } from '../app/ProblemAlert';
import type { Event } from '../events/types';
import { serverMessage, useI18n } from '../i18n/i18n';
import { FormMessages } from '../app/RecordFormParts';
import { useRecordForm } from '../app/useRecordForm';
import { postIntroductionNote } from './networkApi';
import type { Introduction, IntroductionNote } from './types';

export const maxNoteLength = 2000;

const trackerLinkId = 'introduction-tracker-link';

function InviteForm({ item, onClose }: { item: Introduction; onClose: () => void }) {
  const { t, lang, label } = useI18n();
  const events = useAsync(getEvents, []);
  const [eventId, setEventId] = useState('');
  const [language, setLanguage] = useState('');
  const [missing, setMissing] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ event: Event; proposed: string[]; skipped: string[] } | null>(null);
  // After proposing, the next step is the tracker: focus goes to its link.
  useEffect(() => {
    if (done) document.getElementById(trackerLinkId)?.focus();
  }, [done]);
  const upcoming = (events.data?.items ?? []).filter((e) => proposableStatuses.includes(e.status)).sort((a, b) => a.starts_at.localeCompare(b.starts_at));
  const people = [item.a, item.b];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    const event = upcoming.find((x) => String(x.id) === eventId);
    if (!event) {
      setMissing(t('intro.chooseEvent'));
      document.getElementById('field-event_id')?.focus();
      return;
    }
    setMissing('');
    setBusy(true);
    proposeInvitations(event.id, { person_ids: people.map((p) => p.person_id), ...(language === 'sv' || language === 'en' ? { language } : {}) })
      .then((list) => {
        const ids = new Set(list.items.map((i) => i.person_id));
        setDone({ event, proposed: people.filter((p) => ids.has(p.person_id)).map((p) => p.name), skipped: people.filter((p) => !ids.has(p.person_id)).map((p) => p.name) });
      }, setError)
      .finally(() => setBusy(false));
  };

  if (done) {
    const names = (list: string[]) => list.join(t('intro.and'));
    return (
      <>
        <Status>
          {done.proposed.length > 0 && t('intro.proposed', { names: names(done.proposed), event: done.event.title })}
          {done.proposed.length > 0 && done.skipped.length > 0 && ' '}
          {done.skipped.length > 0 && t('intro.alreadyInvited', { names: names(done.skipped), event: done.event.title })}
        </Status>
        <p className="hint">{t('intro.sendFromTracker')}</p>
        <div className="actions">
          <Link id={trackerLinkId} to={`/events/${done.event.id}/invitations`} className="button-link">
            {t('intro.openTracker')}
          </Link>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('intro.close')}
          </button>
        </div>
      </>
    );
  }
  const cancel = (
    <button type="button" className="button-secondary" onClick={onClose}>
      {t('common.cancel')}
    </button>
  );
  return (
    <AsyncContent state={events}>
      {() =>
        upcoming.length === 0 ? (
          <>
            <p>
              {t('intro.noEvents')} <Link to="/events">{t('intro.toEvents')}</Link>
            </p>
            <div className="actions">{cancel}</div>
          </>
        ) : (
          <>
            {error !== undefined && <ProblemAlert error={error} labels={{ person_ids: t('intro.people'), language: t('intro.language') }} />}
            <form onSubmit={submit} className="form" noValidate>
              <SelectField
                name="event_id"
                label={t('intro.event')}
                hint={t('intro.eventHint')}
                required
                emptyLabel={t('common.choose')}
                value={eventId}
                error={missing || undefined}
                onChange={(e) => setEventId(e.target.value)}
                options={upcoming.map((e) => ({ value: String(e.id), label: `${e.title} – ${shortWallClock(lang, e.starts_at)} (${label('eventStatus', e.status)})` }))}
              />
              <SelectField
                name="language"
                label={t('intro.language')}
                hint={t('intro.languageHint')}
                value={language}
                onChange={(e) => setLanguage(e.target.value)}
                options={[
                  { value: '', label: t('intro.ownLanguage') },
                  { value: 'sv', label: languageName(lang, 'sv') },
                  { value: 'en', label: languageName(lang, 'en') },
                ]}
              />
              <div className="actions">
                <button type="submit" disabled={busy}>
                  {t('intro.propose')}
                </button>
                {cancel}
              </div>
            </form>
          </>
        )
      }
    </AsyncContent>
  );
}

export function InviteBoth({ item }: { item: Introduction }) {
  const { t } = useI18n();
  const names = { a: item.a.name, b: item.b.name };
  return (
    <DialogButton label={t('intro.invite')} ariaLabel={t('intro.inviteNamed', names)} title={t('intro.inviteTitle', names)}>
      {(close) => <InviteForm item={item} onClose={close} />}
    </DialogButton>
  );
}

function NoteForm({ item, reason, onSaved, onCancel }: { item: Introduction; reason: string; onSaved: (note: IntroductionNote) => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(() => t('intro.noteText', { a: item.a.name, b: item.b.name, reason }));
  const form = useRecordForm(() => {
    const trimmed = text.trim();
    refuseAny(
      trimmed === ''
        ? [{ field: 'text', message: t('intro.noteEmpty') }]
        : [...trimmed].length > maxNoteLength
          ? [{ field: 'text', message: t('intro.noteTooLong', { max: maxNoteLength }) }]
          : [],
    );
    return postIntroductionNote([item.a.person_id, item.b.person_id], trimmed);
  }, onSaved);
  const error = form.fieldErrors.text && serverMessage(lang, form.fieldErrors.text);
  return (
    <>
      <p id="field-person_ids" tabIndex={-1}>
        {t('intro.noteFor', { a: item.a.name, b: item.b.name })}
      </p>
      <FormMessages form={form} labels={{ text: t('intro.note'), person_ids: t('intro.people') }} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        <TextArea name="text" label={t('intro.note')} hint={t('intro.noteHint', { max: maxNoteLength })} required rows={5} value={text} error={error} onChange={(e) => setText(e.target.value)} />
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('intro.saveNote')}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}

export function SaveNote({ item, reason, onSaved }: { item: Introduction; reason: string; onSaved: (item: Introduction, note: IntroductionNote) => void }) {
  const { t } = useI18n();
  const names = { a: item.a.name, b: item.b.name };
  return (
    <DialogButton label={t('intro.saveAsNote')} ariaLabel={t('intro.saveAsNoteNamed', names)} title={t('intro.noteTitle')}>
      {(close) => (
        <NoteForm
          item={item}
          reason={reason}
          onCancel={close}
          onSaved={(note) => {
            close();
            onSaved(item, note);
          }}
        />
      )}
    </DialogButton>
  );
}
