// A person's consents and other legal bases on their page: what each purpose rests on, since
// when, how it was given and the exact wording they were shown (in the reader's language);
// ended ones below as the history. Those who write the register record a consent, withdraw one
// (or record an objection) and confirm a basis set for everyone already registered when consents
// came. A consent about lived experience reaches only those who see lived experience.
import { useState } from 'react';
import type { RecordSubject } from '../app/capability';
import { DeleteButton } from '../app/DeleteButton';
import { fieldProblems } from '../app/formErrors';
import { useSession } from '../app/session';
import { ErrorAlert, ErrorSummary, SelectField, Status, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useActionFormat } from '../actions/format';
import { useI18n } from '../i18n/i18n';
import { basesFor, channels, confirmReview, getConsents, giveConsent, purposes, withdrawConsent, type Basis, type Channel, type Consent, type Purpose } from './privacyApi';

function RecordConsent({ subject, onSaved }: { subject: RecordSubject; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const offered = purposes.filter((p) => p !== 'lived_experience' || session.can('read_special_category'));
  const [purpose, setPurpose] = useState<Purpose>('network_analysis');
  const [basis, setBasis] = useState<Basis>('consent');
  const [channel, setChannel] = useState<Channel>('form');
  const [givenOn, setGivenOn] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const { problems, problem } = fieldProblems(error, lang);
  const labels = { purpose: t('consents.purpose'), basis: t('consents.basis'), channel: t('consents.channel'), given_on: t('consents.givenOn'), text_version: t('consents.wording') };
  const bases = basesFor[purpose];
  return (
    <form
      aria-labelledby="record-consent"
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        setSaid('');
        giveConsent(subject.id, { purpose, basis: bases.includes(basis) ? basis : bases[0], channel, given_on: givenOn || undefined })
          .then(() => {
            setSaid(t('consents.saved'));
            onSaved();
          })
          .catch(setError);
      }}
    >
      <h3 id="record-consent">{t('consents.record')}</h3>
      <SelectField label={t('consents.purpose')} name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)} options={offered.map((p) => ({ value: p, label: t(`consents.purposes.${p}`) }))} />
      <SelectField label={t('consents.basis')} name="basis" value={bases.includes(basis) ? basis : bases[0]} onChange={(e) => setBasis(e.target.value as Basis)} options={bases.map((b) => ({ value: b, label: t(`consents.bases.${b}`) }))} error={problem('basis')} />
      <SelectField label={t('consents.channel')} name="channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)} options={channels.map((c) => ({ value: c, label: t(`consents.channels.${c}`) }))} />
      <TextField label={t('consents.givenOn')} name="given_on" type="date" value={givenOn} onChange={(e) => setGivenOn(e.target.value)} hint={t('consents.givenOnHint')} error={problem('given_on')} />
      {error !== undefined && (Object.keys(problems).length > 0 ? <ErrorSummary errors={problems} labels={labels} /> : <ErrorAlert error={error} />)}
      <button type="submit">{t('consents.save')}</button>
      {said && <Status>{said}</Status>}
    </form>
  );
}

function ConsentItem({ consent, canWrite, onChanged }: { consent: Consent; canWrite: boolean; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const f = useActionFormat();
  const date = (d: string) => f.day(d) ?? d;
  const [error, setError] = useState<unknown>(undefined);
  const purpose = t(`consents.purposes.${consent.purpose}`);
  const wording = lang === 'sv' ? consent.text_sv : consent.text_en;
  return (
    <li>
      <p>
        <strong>{purpose}</strong>: {t(`consents.bases.${consent.basis}`)} · {t('consents.since', { day: date(consent.given_on), how: t(`consents.channels.${consent.channel}`) })}
        {consent.ended_at && <> · {t(consent.ended_how === 'withdrawn' ? 'consents.withdrawnOn' : 'consents.replacedOn', { day: date(consent.ended_at.slice(0, 10)) })}</>}
        {consent.needs_review && consent.active && <> · <em>{t('consents.needsReview')}</em></>}
      </p>
      {wording && (
        <details>
          <summary>{t('consents.wordingShown', { version: String(consent.text_version) })}</summary>
          <p>{wording}</p>
        </details>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      {canWrite && consent.active && (
        <div className="actions">
          {consent.needs_review && (
            <button type="button" className="button-secondary" onClick={() => confirmReview(consent).then(onChanged).catch(setError)}>
              {t('consents.confirm', { purpose })}
            </button>
          )}
          <DeleteButton what={purpose} label={t('consents.withdraw', { purpose })} question={t('consents.withdrawQuestion', { purpose })} onDelete={() => withdrawConsent(consent, 'form').then(onChanged)} />
        </div>
      )}
    </li>
  );
}

export function ConsentsSection({ subject }: { subject: RecordSubject }) {
  const { t } = useI18n();
  const session = useSession();
  const [reload, setReload] = useState(0);
  const consents = useAsync(() => getConsents(subject.id), [subject.id, reload]);
  const items = consents.data?.items ?? [];
  const active = items.filter((c) => c.active);
  const ended = items.filter((c) => !c.active);
  const canWrite = session.can('write_register');
  const changed = () => setReload((n) => n + 1);
  return (
    <section aria-labelledby="consents-heading" className="panel">
      <h2 id="consents-heading">{t('consents.title')}</h2>
      <p className="hint">{t('consents.intro')}</p>
      {consents.error !== undefined && <ErrorAlert error={consents.error} />}
      {consents.data && active.length === 0 && <p>{t('consents.none')}</p>}
      {active.length > 0 && (
        <ul className="plain-list" aria-label={t('consents.active')}>
          {active.map((c) => <ConsentItem key={c.id} consent={c} canWrite={canWrite} onChanged={changed} />)}
        </ul>
      )}
      {ended.length > 0 && (
        <details>
          <summary>{t('consents.history', { count: String(ended.length) })}</summary>
          <ul className="plain-list">{ended.map((c) => <ConsentItem key={c.id} consent={c} canWrite={false} onChanged={changed} />)}</ul>
        </details>
      )}
      {canWrite && <RecordConsent subject={subject} onSaved={changed} />}
    </section>
  );
}
