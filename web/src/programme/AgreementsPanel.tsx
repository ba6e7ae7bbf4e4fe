// The programme's agreements — letters of intent, partnership agreements — with their parties,
// who signed for each and when, the dates they run and their document; coordinators record a
// new one or change one, signatory by signatory. Field errors name the signatory's row
// ("signatories[1].signed_on") and are shown beside it.
import { useState } from 'react';
import { fieldProblems } from '../app/formErrors';
import { DataTable } from '../app/results';
import { useSession } from '../app/session';
import { CheckboxGroup, ErrorAlert, ErrorSummary, SelectField, Status, TextArea, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useActionFormat } from '../actions/format';
import { useI18n } from '../i18n/i18n';
import { agreementKinds, agreementStatuses, getAgreements, postAgreement, putAgreement, type Agreement, type AgreementKind, type AgreementStatus, type Signatory } from './agreementsApi';
import type { Programme } from './types';

const blankSignatory = (organisation: number): Signatory => ({ person_id: null, name: '', organisation_id: organisation, role: '', signed_on: null });

function AgreementForm({ programme, agreements, onSaved }: { programme: Programme; agreements: Agreement[]; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState('');
  const current = agreements.find((a) => String(a.id) === chosen);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AgreementKind>('letter_of_intent');
  const [status, setStatus] = useState<AgreementStatus>('draft');
  const [parties, setParties] = useState<string[]>([]);
  const [signatories, setSignatories] = useState<Signatory[]>([]);
  const [signedOn, setSignedOn] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [documentUrl, setDocumentUrl] = useState('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const choose = (id: string) => {
    setChosen(id);
    const a = agreements.find((x) => String(x.id) === id);
    setTitle(a?.title ?? '');
    setKind(a?.kind ?? 'letter_of_intent');
    setStatus(a?.status ?? 'draft');
    setParties(a ? a.parties.map((p) => String(p.organisation_id)) : []);
    setSignatories(a?.signatories ?? []);
    setSignedOn(a?.signed_on ?? '');
    setStartsOn(a?.starts_on ?? '');
    setEndsOn(a?.ends_on ?? '');
    setDocumentUrl(a?.document_url ?? '');
    setSummary(a?.summary ?? '');
    setSaid('');
    setError(undefined);
  };
  // The server's field errors, beside each field and listed above the button.
  const { problems, problem } = fieldProblems(error, lang);
  const labels: Record<string, string> = {
    title: t('agreements.titleField'), kind: t('agreements.kind'), status: t('agreements.status'), parties: t('agreements.parties'), signatories: t('agreements.signatories'),
    signed_on: t('agreements.signedOn'), starts_on: t('agreements.startsOn'), ends_on: t('agreements.endsOn'), document_url: t('agreements.document'), summary: t('agreements.summary'),
  };
  signatories.forEach((_, i) => {
    const who = t('agreements.signatoryN', { n: i + 1 });
    labels[`signatories[${i}].name`] = `${who}, ${t('agreements.signatoryName')}`;
    labels[`signatories[${i}].organisation_id`] = `${who}, ${t('agreements.signsFor')}`;
    labels[`signatories[${i}].role`] = `${who}, ${t('agreements.role')}`;
    labels[`signatories[${i}].signed_on`] = `${who}, ${t('agreements.signedOnBy')}`;
  });
  // The programme's members, and any party of the agreement that is not one (recorded through the
  // API): leaving it out would drop it from the agreement on saving.
  const partyChoices = [
    ...programme.members.map((m) => ({ value: String(m.organisation_id), label: m.name ?? `#${m.organisation_id}` })),
    ...(current?.parties ?? []).filter((p) => !programme.members.some((m) => m.organisation_id === p.organisation_id)).map((p) => ({ value: String(p.organisation_id), label: p.name ?? `#${p.organisation_id}` })),
  ];
  const memberName = (id: number) => partyChoices.find((c) => c.value === String(id))?.label ?? `#${id}`;
  const partyOptions = parties.map((p) => ({ value: p, label: memberName(Number(p)) }));
  // A party taken off takes its signatories' choice with it: they sign for the first party left.
  const chooseParties = (next: string[]) => {
    setParties(next);
    setSignatories(signatories.map((s) => (next.includes(String(s.organisation_id)) || next.length === 0 ? s : { ...s, organisation_id: Number(next[0]) })));
  };
  const change = (i: number, patch: Partial<Signatory>) => setSignatories(signatories.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <form
      aria-labelledby="record-agreement"
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        setSaid('');
        const input = {
          programme_id: programme.id,
          title,
          kind,
          status,
          summary,
          parties: parties.map((p) => ({ organisation_id: Number(p) })),
          signatories,
          signed_on: signedOn || null,
          starts_on: startsOn || null,
          ends_on: endsOn || null,
          document_url: documentUrl || null,
        };
        (current ? putAgreement(current.id, input, current.version) : postAgreement(input))
          .then((saved) => {
            setSaid(t('agreements.saved'));
            setChosen(String(saved.id));
            onSaved();
          })
          .catch(setError);
      }}
    >
      <h3 id="record-agreement">{t('agreements.record')}</h3>
      <SelectField label={t('agreements.which')} name="agreement" value={chosen} onChange={(e) => choose(e.target.value)} emptyLabel={t('agreements.new')} options={agreements.map((a) => ({ value: String(a.id), label: a.title }))} />
      <TextField label={t('agreements.titleField')} name="title" error={problem('title')} value={title} onChange={(e) => setTitle(e.target.value)} required />
      <SelectField label={t('agreements.kind')} name="kind" value={kind} onChange={(e) => setKind(e.target.value as AgreementKind)} options={agreementKinds.map((k) => ({ value: k, label: t(`agreements.kinds.${k}`) }))} />
      <SelectField label={t('agreements.status')} name="status" value={status} onChange={(e) => setStatus(e.target.value as AgreementStatus)} options={agreementStatuses.map((s) => ({ value: s, label: t(`agreements.statuses.${s}`) }))} />
      <CheckboxGroup legend={t('agreements.parties')} name="parties" error={problem('parties')} values={parties} onChange={chooseParties} options={partyChoices} />
      <fieldset className="field signatories">
        <legend>{t('agreements.signatories')}</legend>
        {signatories.map((s, i) => (
          <div key={i} className="signatory" role="group" aria-label={t('agreements.signatoryN', { n: i + 1 })}>
            {s.person_id ? (
              <p>{s.name}</p>
            ) : (
              <TextField label={t('agreements.signatoryName')} name={`signatories[${i}].name`} error={problem(`signatories[${i}].name`)} value={s.name} onChange={(e) => change(i, { name: e.target.value })} required />
            )}
            <SelectField label={t('agreements.signsFor')} name={`signatories[${i}].organisation_id`} error={problem(`signatories[${i}].organisation_id`)} value={String(s.organisation_id)} onChange={(e) => change(i, { organisation_id: Number(e.target.value) })} options={partyOptions} />
            <TextField label={t('agreements.role')} name={`signatories[${i}].role`} error={problem(`signatories[${i}].role`)} value={s.role} onChange={(e) => change(i, { role: e.target.value })} />
            <TextField label={t('agreements.signedOnBy')} name={`signatories[${i}].signed_on`} error={problem(`signatories[${i}].signed_on`)} type="date" value={s.signed_on ?? ''} onChange={(e) => change(i, { signed_on: e.target.value || null })} />
            <button type="button" className="button-secondary" onClick={() => setSignatories(signatories.filter((_, j) => j !== i))}>
              {t('agreements.removeSignatory', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button-secondary" disabled={parties.length === 0} onClick={() => setSignatories([...signatories, blankSignatory(Number(parties[0]))])}>
          {t('agreements.addSignatory')}
        </button>
      </fieldset>
      <TextField label={t('agreements.signedOn')} name="signed_on" error={problem('signed_on')} type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />
      <TextField label={t('agreements.startsOn')} name="starts_on" error={problem('starts_on')} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
      <TextField label={t('agreements.endsOn')} name="ends_on" error={problem('ends_on')} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
      <TextField label={t('agreements.document')} name="document_url" error={problem('document_url')} type="url" value={documentUrl} onChange={(e) => setDocumentUrl(e.target.value)} hint={t('agreements.documentHint')} />
      <TextArea label={t('agreements.summary')} name="summary" error={problem('summary')} value={summary} onChange={(e) => setSummary(e.target.value)} />
      {error !== undefined && (Object.keys(problems).length > 0 ? <ErrorSummary errors={problems} labels={labels} /> : <ErrorAlert error={error} />)}
      <button type="submit">{t('agreements.save')}</button>
      {said && <Status>{said}</Status>}
    </form>
  );
}

export function AgreementsPanel({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  const session = useSession();
  const f = useActionFormat();
  const [reload, setReload] = useState(0);
  const agreements = useAsync(() => getAgreements(programme.id), [programme.id, reload]);
  const list = agreements.data?.items ?? [];
  const day = (d: string | null) => (d ? f.day(d) : '–');
  return (
    <section aria-labelledby="agreements" className="panel">
      <h2 id="agreements">{t('agreements.title')}</h2>
      {agreements.error !== undefined && <ErrorAlert error={agreements.error} />}
      {list.length === 0 ? (
        <p>{t('agreements.none')}</p>
      ) : (
        <DataTable label={t('agreements.title')} headers={[t('agreements.titleField'), t('agreements.status'), t('agreements.parties'), t('agreements.signatories'), t('agreements.runs'), t('agreements.document')]}>
          {list.map((a) => (
            <tr key={a.id}>
              <td>
                {a.title}
                <br />
                <span className="muted">{t(`agreements.kinds.${a.kind}`)}</span>
              </td>
              <td>{a.signed_on ? t('agreements.statusOn', { status: t(`agreements.statuses.${a.status}`), day: f.day(a.signed_on) }) : t(`agreements.statuses.${a.status}`)}</td>
              <td>{a.parties.map((p) => p.name).join(', ') || '–'}</td>
              <td>{a.signatories.length === 0 ? '–' : a.signatories.map((s) => (s.signed_on ? t('agreements.signedBy', { name: s.name ?? '', day: f.day(s.signed_on) ?? s.signed_on }) : s.name)).join('; ')}</td>
              <td>{t('agreements.fromTo', { from: day(a.starts_on), to: day(a.ends_on) })}</td>
              <td>{a.document_url ? <a href={a.document_url}>{t('agreements.open', { title: a.title })}</a> : '–'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {session.can('manage_programme') && programme.members.length > 0 && <AgreementForm programme={programme} agreements={list} onSaved={() => setReload((n) => n + 1)} />}
    </section>
  );
}
