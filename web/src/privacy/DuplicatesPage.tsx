// Duplicates in the register: pairs of people (or organisations) that look like one, found by
// e-mail address and by names alike once transliterated (Åsa Öberg and Asa Oberg), with why in
// words. Merging one pair asks which record stays and, field by field where they differ, which
// value to keep; every reference then moves to the record kept (in one transaction, audited).
import { useState } from 'react';
import { api } from '../app/api';
import { path, type Organisation, type Person } from '../app/schema';
import { ErrorAlert, Loading, PageTitle, RadioGroup, SelectField, Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { getDuplicates, mergeRecords, type Duplicate, type MergeKind } from './privacyApi';

type Record_ = Person | Organisation;
const personFields = ['name', 'title', 'organisation_name', 'country', 'email', 'phone', 'notes', 'mapped_by', 'mapping_reason'] as const;
const organisationFields = ['name', 'sector', 'level', 'country', 'parent_name', 'website', 'contact_person_name'] as const;
// A field shown by its joined name is taken by its id.
const sent: Record<string, string> = { organisation_name: 'organisation_id', parent_name: 'parent_id', contact_person_name: 'contact_person_id' };

function value(r: Record_, field: string): string {
  const v = (r as unknown as Record<string, unknown>)[field];
  return v === null || v === undefined ? '' : String(v);
}

function MergePair({ kind, pair, onMerged }: { kind: MergeKind; pair: Duplicate; onMerged: (said: string) => void }) {
  const { t } = useI18n();
  const load = (id: number) => api.get<Record_>(kind === 'people' ? path('/api/v1/people/{id}', { id }) : path('/api/v1/organisations/{id}', { id }));
  const records = useAsync(() => Promise.all([load(pair.a.id), load(pair.b.id)]), [pair.a.id, pair.b.id]);
  const [keep, setKeep] = useState<'a' | 'b'>('a');
  const [chosen, setChosen] = useState<Record<string, 'keep' | 'take'>>({});
  const [error, setError] = useState<unknown>(undefined);
  if (records.error !== undefined) return <ErrorAlert error={records.error} />;
  if (!records.data) return <Loading />;
  const [a, b] = records.data;
  const [survivor, other] = keep === 'a' ? [a, b] : [b, a];
  const fields = (kind === 'people' ? personFields : organisationFields).filter((f) => value(a, f) !== value(b, f) && value(other, f) !== '');
  // What each field will be: the choice made, else the kept record's value unless it is empty.
  const choice = (f: string) => chosen[f] ?? (value(survivor, f) === '' ? 'take' : 'keep');
  const heading = `merge-${pair.a.id}-${pair.b.id}`;
  return (
    <form
      aria-labelledby={heading}
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        const take = fields.filter((f) => choice(f) === 'take').map((f) => sent[f] ?? f);
        mergeRecords(kind, survivor.id, other.id, take, survivor.version).then(
          (report) => onMerged(t('duplicates.merged', { name: survivor.name, count: String(Object.values(report.moved).reduce((n, v) => n + v, 0)) })),
          setError,
        );
      }}
    >
      <h3 id={heading}>{t('duplicates.mergeTitle', { a: a.name, b: b.name })}</h3>
      <RadioGroup
        legend={t('duplicates.keep')}
        name={`keep-${heading}`}
        value={keep}
        onChange={(v) => setKeep(v as 'a' | 'b')}
        options={[
          { value: 'a', label: t('duplicates.keepRecord', { name: a.name, id: String(a.id) }) },
          { value: 'b', label: t('duplicates.keepRecord', { name: b.name, id: String(b.id) }) },
        ]}
      />
      {fields.length === 0 && <p>{t('duplicates.nothingDiffers')}</p>}
      {fields.map((f) => (
        <RadioGroup
          key={f}
          legend={t(`duplicates.fields.${f}`)}
          name={`${heading}-${f}`}
          value={choice(f)}
          onChange={(v) => setChosen({ ...chosen, [f]: v as 'keep' | 'take' })}
          options={[
            { value: 'keep', label: value(survivor, f) || t('duplicates.empty') },
            { value: 'take', label: value(other, f) },
          ]}
        />
      ))}
      <p className="hint">{t('duplicates.whatMoves', { name: other.name })}</p>
      {error !== undefined && <ErrorAlert error={error} />}
      <button type="submit" className="button-danger">
        {t('duplicates.mergeButton', { other: other.name, survivor: survivor.name })}
      </button>
    </form>
  );
}

export function DuplicatesPage() {
  const { t, number } = useI18n();
  const [kind, setKind] = useState<MergeKind>('people');
  const [reload, setReload] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const pairs = useAsync(() => getDuplicates(kind), [kind, reload]);
  const items = pairs.data?.items ?? [];
  const side = (s: Duplicate['a']) => [s.name, s.organisation_name, s.country, s.email].filter(Boolean).join(', ');
  return (
    <>
      <PageTitle title={t('duplicates.title')}>{t('duplicates.title')}</PageTitle>
      <p>{t('duplicates.intro')}</p>
      <SelectField
        label={t('duplicates.kind')}
        name="kind"
        value={kind}
        onChange={(e) => {
          setKind(e.target.value as MergeKind);
          setOpen(null);
        }}
        options={[
          { value: 'people', label: t('duplicates.people') },
          { value: 'organisations', label: t('duplicates.organisations') },
        ]}
      />
      {said && <Status>{said}</Status>}
      {pairs.error !== undefined && <ErrorAlert error={pairs.error} />}
      {pairs.data && <Status>{t('duplicates.count', { count: number(items.length) })}</Status>}
      <ul className="plain-list">
        {items.map((pair) => {
          const key = `${pair.a.id}-${pair.b.id}`;
          return (
            <li key={key} className="panel">
              <p>
                <strong>{side(pair.a)}</strong> · <strong>{side(pair.b)}</strong>
              </p>
              <p>{t('duplicates.why', { reasons: pair.reasons.map((r) => t(`duplicates.reasons.${r}`)).join(', '), score: number(Math.round(pair.score * 100)) })}</p>
              {open === key ? (
                <MergePair
                  kind={kind}
                  pair={pair}
                  onMerged={(message) => {
                    setSaid(message);
                    setOpen(null);
                    setReload((n) => n + 1);
                  }}
                />
              ) : (
                <button type="button" className="button-secondary" onClick={() => setOpen(key)}>
                  {t('duplicates.compare', { a: pair.a.name, b: pair.b.name })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
