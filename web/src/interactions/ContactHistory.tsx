// The contact history on a person's or an organisation's page: meetings, calls, e-mails and
// notes, newest first, found by their words, with the follow-ups still open marked (late ones in
// words); those who write the register record a contact and mark a follow-up done. A summary the
// reader may not see says so instead of showing an empty cell.
import { useState } from 'react';
import { fieldProblems } from '../app/formErrors';
import type { RecordSubject } from '../app/capability';
import { useSession } from '../app/session';
import { ErrorAlert, ErrorSummary, SelectField, Status, TextArea, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { SensitiveWordsWarning } from '../app/SensitiveWordsWarning';
import { ContactTable, today } from './ContactTable';
import { channels, getInteractions, postInteraction, type Channel, type Interaction } from './interactionsApi';

function RecordContact({ subject, onSaved }: { subject: RecordSubject; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [day, setDay] = useState(today());
  const [channel, setChannel] = useState<Channel>('meeting');
  const [by, setBy] = useState('');
  const [summary, setSummary] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [special, setSpecial] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const { problems, problem } = fieldProblems(error, lang);
  const labels = { day: t('interactions.day'), channel: t('interactions.channel'), by: t('interactions.by'), summary: t('interactions.summary'), follow_up_on: t('interactions.followUpOn') };
  const heading = `record-contact-${subject.kind}`;
  return (
    <form
      aria-labelledby={heading}
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        setSaid('');
        const who = subject.kind === 'person' ? { person_id: subject.id } : { organisation_id: subject.id };
        postInteraction({ ...who, day, channel, by, summary, summary_special: special, follow_up_on: followUp || null })
          .then(() => {
            setSummary('');
            setFollowUp('');
            setSpecial(false);
            setSaid(t('interactions.saved'));
            onSaved();
          })
          .catch(setError);
      }}
    >
      <h3 id={heading}>{t('interactions.record')}</h3>
      <TextField label={t('interactions.day')} name="day" type="date" value={day} onChange={(e) => setDay(e.target.value)} error={problem('day')} required />
      <SelectField label={t('interactions.channel')} name="channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)} options={channels.map((c) => ({ value: c, label: t(`interactions.channels.${c}`) }))} />
      <TextField label={t('interactions.by')} name="by" value={by} onChange={(e) => setBy(e.target.value)} hint={t('interactions.byHint')} error={problem('by')} />
      <TextArea label={t('interactions.summary')} name="summary" value={summary} onChange={(e) => setSummary(e.target.value)} hint={t('interactions.summaryHint')} error={problem('summary')} />
      <SensitiveWordsWarning text={summary} />
      {session.can('read_special_category') && (
        <div className="field">
          <label>
            <input type="checkbox" name="summary_special" checked={special} onChange={(e) => setSpecial(e.target.checked)} /> {t('interactions.summarySpecial')}
          </label>
        </div>
      )}
      <TextField label={t('interactions.followUpOn')} name="follow_up_on" type="date" value={followUp} onChange={(e) => setFollowUp(e.target.value)} error={problem('follow_up_on')} />
      {error !== undefined && (Object.keys(problems).length > 0 ? <ErrorSummary errors={problems} labels={labels} /> : <ErrorAlert error={error} />)}
      <button type="submit">{t('interactions.save')}</button>
      {said && <Status>{said}</Status>}
    </form>
  );
}

export function ContactHistory({ subject }: { subject: RecordSubject }) {
  const { t } = useI18n();
  const session = useSession();
  const [reload, setReload] = useState(0);
  const [error, setError] = useState<unknown>(undefined);
  const [words, setWords] = useState('');
  const [q, setQ] = useState('');
  const of = subject.kind === 'person' ? { person_id: subject.id } : { organisation_id: subject.id };
  const history = useAsync(() => getInteractions({ ...of, q: q || undefined }), [subject.kind, subject.id, q, reload]);
  const items: Interaction[] = history.data?.items ?? [];
  const canWrite = session.can('write_register');
  const heading = `contact-history-${subject.kind}`;
  return (
    <section aria-labelledby={heading} className="panel">
      <h2 id={heading}>{t('interactions.title')}</h2>
      <form
        role="search"
        aria-label={t('interactions.searchNamed', { name: subject.name })}
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(words.trim());
        }}
      >
        <TextField label={t('interactions.words')} type="search" name={`contact_words_${subject.kind}`} value={words} onChange={(e) => setWords(e.target.value)} />
        <button type="submit">{t('interactions.search')}</button>
      </form>
      {history.error !== undefined && <ErrorAlert error={history.error} />}
      {error !== undefined && <ErrorAlert error={error} />}
      {history.data && items.length === 0 && <p>{q ? t('interactions.noneFound', { words: q }) : t('interactions.none')}</p>}
      {items.length > 0 && <ContactTable items={items} label={t('interactions.title')} showWith={subject.kind === 'organisation'} canWrite={canWrite} onChanged={() => setReload((n) => n + 1)} onError={setError} />}
      {canWrite && <RecordContact subject={subject} onSaved={() => setReload((n) => n + 1)} />}
    </section>
  );
}
