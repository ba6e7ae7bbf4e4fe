// The wording of each purpose's consent, in Swedish and English (issue 20 part 1): the version in
// use and the earlier ones, and for administrators a form that adds the next version. Versions
// are never changed: each consent keeps the wording its person was shown.
import { useEffect, useMemo, useState } from 'react';
import { fieldProblems } from '../app/formErrors';
import { useSession } from '../app/session';
import { useAsync } from '../app/useAsync';
import { ErrorAlert, ErrorSummary, Loading, SelectField, Status, TextArea } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { addConsentText, getConsentTexts, purposes, type ConsentText, type Purpose } from './privacyApi';

// The newest version of each purpose's wording, then the earlier ones.
function byPurpose(texts: ConsentText[]) {
  const out = new Map<Purpose, ConsentText[]>();
  for (const text of [...texts].sort((a, b) => b.version - a.version)) out.set(text.purpose, [...(out.get(text.purpose) ?? []), text]);
  return out;
}

function NewVersionForm({ current, onSaved }: { current: Map<Purpose, ConsentText[]>; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [purpose, setPurpose] = useState<Purpose>('contact');
  const [sv, setSv] = useState('');
  const [en, setEn] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  // Starts from the wording in use, which is most often changed a little.
  useEffect(() => {
    const latest = current.get(purpose)?.[0];
    setSv(latest?.text_sv ?? '');
    setEn(latest?.text_en ?? '');
  }, [purpose, current]);
  const { problems, problem } = fieldProblems(error, lang);
  const labels = { purpose: t('wordings.purpose'), text_sv: t('wordings.textSv'), text_en: t('wordings.textEn') };
  return (
    <form
      aria-labelledby="wordings-new"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        setSaid('');
        setBusy(true);
        addConsentText({ purpose, text_sv: sv, text_en: en })
          .then((added) => {
            setSaid(t('wordings.saved', { version: String(added.version), purpose: t(`consents.purposes.${purpose}`) }));
            onSaved();
          }, setError)
          .finally(() => setBusy(false));
      }}
    >
      <h3 id="wordings-new">{t('wordings.newTitle')}</h3>
      <p className="hint">{t('wordings.newHint')}</p>
      <SelectField label={labels.purpose} name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)} options={purposes.map((p) => ({ value: p, label: t(`consents.purposes.${p}`) }))} error={problem('purpose')} />
      <TextArea label={labels.text_sv} name="text_sv" lang="sv" rows={4} required value={sv} onChange={(e) => setSv(e.target.value)} error={problem('text_sv')} />
      <TextArea label={labels.text_en} name="text_en" lang="en" rows={4} required value={en} onChange={(e) => setEn(e.target.value)} error={problem('text_en')} />
      {error !== undefined && (Object.keys(problems).length > 0 ? <ErrorSummary errors={problems} labels={labels} /> : <ErrorAlert error={error} />)}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('wordings.save')}
        </button>
      </div>
      {said && <Status>{said}</Status>}
    </form>
  );
}

export function ConsentWordings() {
  const { t, dateTime } = useI18n();
  const session = useSession();
  const [reload, setReload] = useState(0);
  const texts = useAsync(() => getConsentTexts(), [reload]);
  // Kept while the list is the same: the form starts again from the wording in use only when the
  // purpose or the wordings change, never on a re-render while someone is typing.
  const grouped = useMemo(() => (texts.data ? byPurpose(texts.data.items) : new Map<Purpose, ConsentText[]>()), [texts.data]);
  return (
    <section aria-labelledby="wordings">
      <h2 id="wordings">{t('wordings.title')}</h2>
      <p className="hint">{t('wordings.intro')}</p>
      {texts.error !== undefined && <ErrorAlert error={texts.error} />}
      {!texts.data && texts.error === undefined && <Loading />}
      {texts.data && (
        <ul className="plain-list" aria-label={t('wordings.title')}>
          {purposes.map((purpose) => {
            const [latest, ...earlier] = grouped.get(purpose) ?? [];
            if (!latest) return null;
            return (
              <li key={purpose} className="panel">
                <h3>{t(`consents.purposes.${purpose}`)}</h3>
                <p className="muted">{t('wordings.version', { version: String(latest.version), when: dateTime(latest.created_at), by: latest.created_by })}</p>
                <p lang="sv" className="prewrap">{latest.text_sv}</p>
                <p lang="en" className="prewrap">{latest.text_en}</p>
                {earlier.length > 0 && (
                  <details>
                    <summary>{t('wordings.earlier', { count: String(earlier.length) })}</summary>
                    {earlier.map((text) => (
                      <div key={text.version}>
                        <p className="muted">{t('wordings.version', { version: String(text.version), when: dateTime(text.created_at), by: text.created_by })}</p>
                        <p lang="sv" className="prewrap">{text.text_sv}</p>
                        <p lang="en" className="prewrap">{text.text_en}</p>
                      </div>
                    ))}
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {texts.data && session.can('manage_privacy') && <NewVersionForm current={grouped} onSaved={() => setReload((n) => n + 1)} />}
    </section>
  );
}
