// The contact history on a person's or an organisation's page: meetings, calls, e-mails and
// notes, newest first, with the follow-ups still open marked (late ones in words); those who
// write the register record a contact and mark a follow-up done. A summary the reader may not
// see says so instead of showing an empty cell.
import { useState } from 'react';
import { fieldProblems } from '../app/formErrors';
import type { RecordSubject } from '../app/capability';
import { DataTable } from '../app/results';
import { useSession } from '../app/session';
import { ErrorAlert, ErrorSummary, SelectField, Status, TextArea, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useActionFormat } from '../actions/format';
import { useI18n } from '../i18n/i18n';
import { channels, getInteractions, markFollowedUp, postInteraction, type Channel, type Interaction } from './interactionsApi';

const today = () => new Date().toISOString().slice(0, 10);

function RecordContact({ subject, onSaved }: { subject: RecordSubject; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [day, setDay] = useState(today());
  const [channel, setChannel] = useState<Channel>('meeting');
  const [by, setBy] = useState('');
  const [summary, setSummary] = useState('');
  const [followUp, setFollowUp] = useState('');
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
        postInteraction({ ...who, day, channel, by, summary, follow_up_on: followUp || null })
          .then(() => {
            setSummary('');
            setFollowUp('');
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
      <TextField label={t('interactions.followUpOn')} name="follow_up_on" type="date" value={followUp} onChange={(e) => setFollowUp(e.target.value)} error={problem('follow_up_on')} />
      {error !== undefined && (Object.keys(problems).length > 0 ? <ErrorSummary errors={problems} labels={labels} /> : <ErrorAlert error={error} />)}
      <button type="submit">{t('interactions.save')}</button>
      {said && <Status>{said}</Status>}
    </form>
  );
}

export function ContactHistory({ subject }: { subject: RecordSubject }) {
  const { t } = useI18n();
  const f = useActionFormat();
  const session = useSession();
  const [reload, setReload] = useState(0);
  const [error, setError] = useState<unknown>(undefined);
  const history = useAsync(() => getInteractions(subject.kind === 'person' ? { person_id: subject.id } : { organisation_id: subject.id }), [subject.kind, subject.id, reload]);
  const items: Interaction[] = history.data?.items ?? [];
  const canWrite = session.can('write_register');
  const heading = `contact-history-${subject.kind}`;
  const followUp = (i: Interaction) => {
    if (!i.follow_up_on) return '–';
    if (i.followed_up) return t('interactions.followedUp', { day: f.day(i.follow_up_on) ?? i.follow_up_on });
    return i.follow_up_on < today() ? t('interactions.followUpLate', { day: f.day(i.follow_up_on) ?? i.follow_up_on }) : t('interactions.followUpBy', { day: f.day(i.follow_up_on) ?? i.follow_up_on });
  };
  return (
    <section aria-labelledby={heading} className="panel">
      <h2 id={heading}>{t('interactions.title')}</h2>
      {history.error !== undefined && <ErrorAlert error={history.error} />}
      {error !== undefined && <ErrorAlert error={error} />}
      {history.data && items.length === 0 && <p>{t('interactions.none')}</p>}
      {items.length > 0 && (
        <DataTable label={t('interactions.title')} headers={[t('interactions.day'), t('interactions.channel'), subject.kind === 'organisation' && t('interactions.with'), t('interactions.by'), t('interactions.summary'), t('interactions.followUp')]}>
          {items.map((i) => (
            <tr key={i.id}>
              <td>{f.day(i.day) ?? i.day}</td>
              <td>{t(`interactions.channels.${i.channel}`)}</td>
              {subject.kind === 'organisation' && <td>{i.person_name ?? i.organisation_name ?? '–'}</td>}
              <td>{i.by}</td>
              <td>{i.summary_hidden ? <span className="muted">{t('interactions.summaryHidden')}</span> : i.summary || '–'}</td>
              <td>
                {followUp(i)}
                {canWrite && i.follow_up_on && !i.followed_up && (
                  <>
                    {' '}
                    <button type="button" className="button-secondary" onClick={() => markFollowedUp(i).then(() => setReload((n) => n + 1)).catch(setError)}>
                      {t('interactions.markDone', { day: f.day(i.day) ?? i.day })}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {canWrite && <RecordContact subject={subject} onSaved={() => setReload((n) => n + 1)} />}
    </section>
  );
}
