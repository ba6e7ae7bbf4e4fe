// A person's rights on their page, for administrators: download everything samla holds about
// them (GDPR art. 15 and 20: a ZIP with a machine-readable JSON and a readable summary), and
// erase them (art. 17) after writing why and confirming — what it does is said before it is done.
import { useState } from 'react';
import type { RecordSubject } from '../app/capability';
import { fieldProblems } from '../app/formErrors';
import { ErrorAlert, Status, TextArea } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { erasePerson, exportUrl, type ErasureReport } from './privacyApi';

export function PersonRightsSection({ subject }: { subject: RecordSubject }) {
  const { t, lang } = useI18n();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState<ErasureReport | null>(null);
  const { problem } = fieldProblems(error, lang);
  return (
    <section aria-labelledby="rights-heading" className="panel">
      <h2 id="rights-heading">{t('rights.title')}</h2>
      <p>
        <a href={exportUrl(subject.id)} download={`samla-person-${subject.id}.zip`}>
          {t('rights.download', { name: subject.name })}
        </a>
      </p>
      <p className="hint">{t('rights.downloadHint')}</p>
      {done ? (
        <Status>{t('rights.erased', { backups: done.backups })}</Status>
      ) : (
        <form
          aria-labelledby="erase-heading"
          onSubmit={(e) => {
            e.preventDefault();
            setAsking(true);
          }}
        >
          <h3 id="erase-heading">{t('rights.erase')}</h3>
          <p>{t('rights.eraseWhat')}</p>
          <TextArea label={t('rights.reason')} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} hint={t('rights.reasonHint')} error={problem('reason')} required />
          {!asking && (
            <button type="submit" className="button-danger">
              {t('rights.eraseButton', { name: subject.name })}
            </button>
          )}
          {asking && (
            <div className="confirm" role="group" aria-label={t('rights.eraseQuestion', { name: subject.name })}>
              <p>{t('rights.eraseQuestion', { name: subject.name })}</p>
              <div className="actions">
                <button
                  type="button"
                  className="button-danger"
                  onClick={() => {
                    setError(undefined);
                    erasePerson(subject.id, reason)
                      .then(setDone)
                      .catch((e) => {
                        setError(e);
                        setAsking(false);
                      });
                  }}
                >
                  {t('rights.eraseConfirm')}
                </button>
                <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          )}
          {error !== undefined && <ErrorAlert error={error} />}
        </form>
      )}
    </section>
  );
}
