// The public unsubscribe page (/unsubscribe#SECRET): no account, no logged-in shell, made for a
// phone. It says what stops (the weekly summary and the reminders about one's actions, not
// invitations) and asks before it does anything: mail scanners open links, so nothing is sent
// until the reader presses the button. Then a confirmation, which takes focus; a link that is
// unknown or too old says so plainly, with the way to change the choice after logging in.
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../app/api';
import { PublicPage } from '../app/PublicPage';
import { ErrorAlert } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { useLinkSecret } from '../app/linkSecret';
import { unsubscribe } from './mailApi';

type Stage = 'asking' | 'sending' | 'done';

export function UnsubscribePage() {
  const { t } = useI18n();
  const secret = useLinkSecret();
  const [stage, setStage] = useState<Stage>('asking');
  const [error, setError] = useState<unknown>(undefined);
  const confirmation = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setStage('asking');
    setError(undefined);
  }, [secret]);
  useEffect(() => {
    if (stage === 'done') confirmation.current?.focus();
  }, [stage]);

  const stop = () => {
    if (stage === 'sending') return;
    setStage('sending');
    setError(undefined);
    unsubscribe(secret).then(
      () => setStage('done'),
      (e) => {
        setError(e);
        setStage('asking');
      },
    );
  };

  const wrongLink = !secret || (error instanceof ApiError && error.status === 404);
  let content;
  if (stage === 'done')
    content = (
      <section aria-labelledby="unsubscribe-done" className="alert">
        <h2 id="unsubscribe-done" ref={confirmation} tabIndex={-1}>
          {t('unsubscribe.doneTitle')}
        </h2>
        <p>{t('unsubscribe.done')}</p>
        <p>{t('unsubscribe.changeMind')}</p>
      </section>
    );
  else if (wrongLink)
    content = (
      <div role="alert" className="alert alert-error">
        <p>{secret ? t('unsubscribe.wrongLink') : t('unsubscribe.noSecret')}</p>
        <p>{t('unsubscribe.useOther')}</p>
      </div>
    );
  else
    content = (
      <>
        <p>{t('unsubscribe.what')}</p>
        <p>{t('unsubscribe.notInvitations')}</p>
        {error !== undefined && <ErrorAlert error={error} />}
        <div className="actions">
          <button type="button" onClick={stop} aria-disabled={stage === 'sending' || undefined}>
            {t('unsubscribe.stop')}
          </button>
        </div>
        <p className="hint">{t('unsubscribe.changeMind')}</p>
      </>
    );
  return (
    <PublicPage title={t('unsubscribe.title')} className="unsubscribe">
      {content}
    </PublicPage>
  );
}
