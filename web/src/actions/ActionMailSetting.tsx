// "E-mail about my actions" on My work: whether the weekly summary and the due-date reminders
// come by e-mail (GET/PUT /my/action-mail), a checkbox saved with its button and a status line
// after saving. An account that stands for no person gets no such e-mail, and the section says
// that instead of offering the checkbox.
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { getActionMail, putActionMail } from './mailApi';

export function ActionMailSetting() {
  const { t } = useI18n();
  const mail = useAsync(getActionMail, []);
  const [wanted, setWanted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const loaded = mail.data?.subscribed;
  useEffect(() => {
    if (loaded !== undefined) setWanted(loaded);
  }, [loaded]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setSaid('');
    putActionMail(wanted)
      .then((next) => {
        mail.setData(next);
        setSaid(next.subscribed ? t('actionMail.savedOn') : t('actionMail.savedOff'));
      }, setError)
      .finally(() => setBusy(false));
  };

  let body;
  if (mail.error !== undefined) body = <ErrorAlert error={mail.error} />;
  else if (!mail.data) body = null;
  else if (mail.data.person_id === null) body = <p>{t('actionMail.noPerson')}</p>;
  else
    body = (
      <>
        <p>{t('actionMail.intro')}</p>
        {error !== undefined && <ErrorAlert error={error} />}
        <form onSubmit={save} className="form">
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" name="subscribed" checked={wanted} onChange={(e) => setWanted(e.target.checked)} aria-describedby="action-mail-hint" />
              {t('actionMail.checkbox')}
            </label>
            <p className="hint" id="action-mail-hint">
              {t('actionMail.hint')}
            </p>
          </div>
          <div className="actions">
            <button type="submit" aria-disabled={busy || undefined}>
              {t('actionMail.save')}
            </button>
          </div>
        </form>
      </>
    );
  return (
    <section aria-labelledby="action-mail-heading" className="panel action-mail">
      <h2 id="action-mail-heading">{t('actionMail.title')}</h2>
      {body}
      <div role="status">{said && <p className="status">{said}</p>}</div>
    </section>
  );
}
