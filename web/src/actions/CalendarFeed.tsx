// The personal calendar feed on My work: the due dates of the caller's actions and the meetings
// of their groups, as an address a calendar program subscribes to. The address holds a secret
// and is shown once, when it is made, with a button to copy it; making a new one stops the old
// one, and revoking stops it for everyone who has it. The page cannot tell whether an address
// exists (the server does not say), so both buttons are always offered. After revoking,
// focus returns to the Revoke button (the dialog's) and the status line says it is done.
import { useEffect, useRef, useState } from 'react';
import { api } from '../app/api';
import { DialogButton } from '../app/Dialog';
import { path } from '../app/schema';
import type { components } from '../app/api-schema';
import { ErrorAlert } from '../app/ui';
import { useI18n } from '../i18n/i18n';

type CalendarFeedAddress = components['schemas']['CalendarFeed'];

export const renewCalendar = () => api.post<CalendarFeedAddress>(path('/api/v1/my/calendar'), {});
export const revokeCalendar = () => api.del(path('/api/v1/my/calendar'));

export function CalendarFeed() {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (url) {
      field.current?.focus();
      field.current?.select();
    }
  }, [url]);

  const make = () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setSaid('');
    renewCalendar()
      .then((feed) => {
        setUrl(window.location.origin + feed.path);
        setMade(true);
      }, setError)
      .finally(() => setBusy(false));
  };
  const revoke = (close: () => void) => {
    setError(undefined);
    revokeCalendar().then(() => {
      close();
      setUrl(null);
      setMade(false);
      setSaid(t('calendarFeed.revoked'));
    }, setError);
  };
  const copy = () => {
    if (!url) return;
    const done = () => setSaid(t('calendarFeed.copied'));
    const failed = () => setSaid(t('calendarFeed.copyFailed'));
    if (!navigator.clipboard) return failed();
    navigator.clipboard.writeText(url).then(done, failed);
  };

  return (
    <section aria-labelledby="calendar-feed-heading" className="panel">
      <h2 id="calendar-feed-heading">{t('calendarFeed.title')}</h2>
      <p>{t('calendarFeed.intro')}</p>
      <p>
        <strong>{t('calendarFeed.secret')}</strong>
      </p>
      {error !== undefined && <ErrorAlert error={error} />}
      {url && (
        <div className="field">
          <label htmlFor="calendar-feed-address">{t('calendarFeed.address')}</label>
          <p className="hint" id="calendar-feed-hint">
            {t('calendarFeed.once')}
          </p>
          <div className="inline-actions">
            <input id="calendar-feed-address" ref={field} type="text" readOnly value={url} aria-describedby="calendar-feed-hint" className="link-field" />
            <button type="button" className="button-secondary" onClick={copy}>
              {t('calendarFeed.copy')}
            </button>
          </div>
        </div>
      )}
      <div role="status">{said && <p className="status">{said}</p>}</div>
      <div className="actions">
        <button type="button" onClick={make} disabled={busy}>
          {made ? t('calendarFeed.renew') : t('calendarFeed.make')}
        </button>
        <DialogButton label={t('calendarFeed.revoke')} className="button-danger" role="alertdialog" title={t('calendarFeed.revokeTitle')} onOpenChange={() => setError(undefined)}>
          {(close) => (
            <>
              <p>{t('calendarFeed.revokeQuestion')}</p>
              {error !== undefined && <ErrorAlert error={error} />}
              <div className="actions">
                <button type="button" className="button-danger" onClick={() => revoke(close)}>
                  {t('calendarFeed.revoke')}
                </button>
                <button type="button" className="button-secondary" onClick={close} autoFocus>
                  {t('common.cancel')}
                </button>
              </div>
            </>
          )}
        </DialogButton>
      </div>
      <p className="hint">{t('calendarFeed.renewHint')}</p>
    </section>
  );
}
