// How far each organisation has committed to the programme (informed → formally decided), with
// its decision and the actions it has a part in; coordinators record a decision or change one
// (a lower level asks why). The levels are words, never colours alone.
import { useState } from 'react';
import { DataTable } from '../app/results';
import { useSession } from '../app/session';
import { ErrorAlert, SelectField, Status, TextArea, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useActionFormat } from '../actions/format';
import { useI18n } from '../i18n/i18n';
import { getAnchoring, levels, postAnchoring, putAnchoring, type Anchoring, type Level } from './anchoringApi';
import type { Programme } from './types';

function DecisionForm({ programme, records, onSaved }: { programme: Programme; records: Anchoring[]; onSaved: () => void }) {
  const { t } = useI18n();
  const [organisation, setOrganisation] = useState('');
  const current = records.find((r) => String(r.organisation_id) === organisation && !r.initiative_id);
  const [level, setLevel] = useState<Level>('committed');
  const [body, setBody] = useState('');
  const [date, setDate] = useState('');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const lowering = current !== undefined && levels.indexOf(level) < levels.indexOf(current.level);
  const choose = (id: string) => {
    setOrganisation(id);
    const record = records.find((r) => String(r.organisation_id) === id && !r.initiative_id);
    setLevel(record?.level ?? 'committed');
    setBody(record?.deciding_body ?? '');
    setDate(record?.decision_date ?? '');
    setReference(record?.decision_reference ?? '');
    setReason('');
  };
  return (
    <form
      aria-labelledby="record-decision"
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        setSaid('');
        const input = {
          programme_id: programme.id,
          organisation_id: Number(organisation),
          level,
          deciding_body: body,
          decision_date: date || null,
          decision_reference: reference,
          level_reason: lowering ? reason : null,
          contact_person_id: current?.contact_person_id ?? null,
          responsibilities: current?.responsibilities ?? [],
        };
        (current ? putAnchoring(current.id, input, current.version) : postAnchoring(input))
          .then(() => {
            setSaid(t('anchoring.saved'));
            onSaved();
          })
          .catch(setError);
      }}
    >
      <h3 id="record-decision">{t('anchoring.record')}</h3>
      <SelectField
        label={t('anchoring.organisation')}
        name="organisation_id"
        value={organisation}
        onChange={(e) => choose(e.target.value)}
        required
        emptyLabel={t('anchoring.chooseOrganisation')}
        options={programme.members.map((m) => ({ value: String(m.organisation_id), label: m.name ?? `#${m.organisation_id}` }))}
      />
      <SelectField label={t('anchoring.level')} name="level" value={level} onChange={(e) => setLevel(e.target.value as Level)} required options={levels.map((l) => ({ value: l, label: t(`anchoring.levels.${l}`) }))} />
      <TextField label={t('anchoring.decidingBody')} name="deciding_body" value={body} onChange={(e) => setBody(e.target.value)} hint={t('anchoring.formalHint')} />
      <TextField label={t('anchoring.decisionDate')} name="decision_date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <TextField label={t('anchoring.reference')} name="decision_reference" value={reference} onChange={(e) => setReference(e.target.value)} />
      {lowering && <TextArea label={t('anchoring.reason')} name="level_reason" value={reason} onChange={(e) => setReason(e.target.value)} required />}
      {error !== undefined && <ErrorAlert error={error} />}
      <button type="submit">{t('anchoring.save')}</button>
      {said && <Status>{said}</Status>}
    </form>
  );
}

export function AnchoringPanel({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  const session = useSession();
  const f = useActionFormat();
  const [reload, setReload] = useState(0);
  const records = useAsync(() => getAnchoring(programme.id), [programme.id, reload]);
  const list = records.data?.items ?? [];
  return (
    <section aria-labelledby="anchoring" className="panel">
      <h2 id="anchoring">{t('anchoring.title')}</h2>
      {records.error !== undefined && <ErrorAlert error={records.error} />}
      {list.length === 0 ? (
        <p>{t('anchoring.none')}</p>
      ) : (
        <DataTable label={t('anchoring.title')} headers={[t('anchoring.organisation'), t('anchoring.subject'), t('anchoring.level'), t('anchoring.decision'), t('anchoring.contact'), t('anchoring.actions')]}>
          {list.map((a) => (
            <tr key={a.id}>
              <td>{a.organisation_name}</td>
              <td>{a.initiative_title ?? t('anchoring.wholeProgramme')}</td>
              <td>
                {t(`anchoring.levels.${a.level}`)}
                {a.level_reason && ` (${a.level_reason})`}
              </td>
              <td>{a.decision_date ? t('anchoring.decided', { body: a.deciding_body, day: f.day(a.decision_date), reference: a.decision_reference || '–' }) : '–'}</td>
              <td>{a.contact_name ?? '–'}</td>
              <td>{a.actions.length === 0 ? '–' : a.actions.map((x) => `${x.title} (${t(`anchoring.roles.${x.role}`)})`).join('; ')}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {session.can('manage_programme') && programme.members.length > 0 && <DecisionForm programme={programme} records={list} onSaved={() => setReload((n) => n + 1)} />}
    </section>
  );
}
