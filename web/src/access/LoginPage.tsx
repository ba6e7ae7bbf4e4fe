// Logging in. After success the user goes back to the page that sent them here. While samla
// has no account at all, the page says where the set-up link is instead of leaving a newcomer
// at a form no name opens.
import { useState, type FormEvent } from 'react';
import { navigate, useLocation } from '../app/router';
import { ApiError } from '../app/api';
import { ErrorAlert, PageTitle, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { safeNext, useSession } from '../app/session';
import { getSetupStatus } from './SetupPage';

export function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const setup = useAsync(getSetupStatus, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.login(name, password);
      navigate(safeNext(location.search.get('next')), { replace: true });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const wrongCredentials = error instanceof ApiError && (error.status === 401 || error.status === 422);
  return (
    <div className="narrow">
      <PageTitle title={t('login.title')}>{t('login.title')}</PageTitle>
      {setup.data?.needed ? (
        <div role="status" className="alert alert-info">
          <p>{t('login.noAccountYet')}</p>
        </div>
      ) : (
        <p>{t('login.intro')}</p>
      )}
      {session.expired && !error && (
        <div role="status" className="alert alert-info">
          <p>{t('login.expired')}</p>
        </div>
      )}
      {error !== null && (wrongCredentials ? <ErrorAlert><p>{t('login.wrong')}</p></ErrorAlert> : <ErrorAlert error={error} />)}
      <form onSubmit={submit} className="form" noValidate>
        <TextField label={t('login.name')} name="name" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} required />
        <TextField label={t('login.password')} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('login.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
