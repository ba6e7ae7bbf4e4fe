// The set-up page (/setup#SECRET) of a new installation: `samla serve` prints this link while no
// account exists. Here the first administrator chooses a name and password (the password typed
// twice, checked here before sending) and may load the demo programme to try samla with; then
// they are logged in and land on the start page. The secret stays in the fragment, which the
// browser never sends, and travels only in the request body. A link that was used or has
// expired, or an installation that has an account, says so with the way on (log in).
import { useState } from 'react';
import { ApiError, api } from '../app/api';
import { refuseAny } from '../app/formErrors';
import { useLinkSecret } from '../app/linkSecret';
import { Link, navigate } from '../app/router';
import { path, type SetupStatus } from '../app/schema';
import { useSession, type SessionBody } from '../app/session';
import { ErrorAlert, ErrorSummary, PageTitle, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { fieldBinder, useRecordForm } from '../app/useRecordForm';
import { useI18n } from '../i18n/i18n';

interface SetupFields {
  name: string;
  password: string;
  repeat: string;
  demo: boolean;
}
const blank: SetupFields = { name: '', password: '', repeat: '', demo: false };

// Whether samla still needs its first account (no login needed).
export const getSetupStatus = () => api.get<SetupStatus>(path('/api/v1/setup'));

export function SetupPage() {
  const { t, lang } = useI18n();
  const session = useSession();
  const status = useAsync(getSetupStatus, []);
  const secret = useLinkSecret();
  const [fields, setFields] = useState(blank);

  const form = useRecordForm(
    async () => {
      refuseAny(fields.password !== fields.repeat ? [{ field: 'repeat', message: t('setup.repeatDiffers') }] : []);
      return api.post<SessionBody>(path('/api/v1/setup'), { secret, name: fields.name.trim(), password: fields.password, demo: fields.demo });
    },
    (body) => {
      session.adopt(body);
      navigate('/', { replace: true });
    },
  );
  const set = fieldBinder(fields, setFields, form.fieldErrors, lang);
  const usedLink = form.error instanceof ApiError && form.error.status === 404;

  let content;
  if (status.data && !status.data.needed)
    content = (
      <div role="status" className="alert alert-info">
        <p>{t('setup.done')}</p>
        <p>
          <Link to="/login">{t('setup.toLogin')}</Link>
        </p>
      </div>
    );
  else if (!secret || usedLink)
    content = (
      <div role="alert" className="alert alert-error">
        <p>{secret ? t('setup.wrongLink') : t('setup.noSecret')}</p>
        <p>{t('setup.newLink')}</p>
      </div>
    );
  else
    content = (
      <>
        <p>{t('setup.intro')}</p>
        <ErrorSummary errors={form.fieldErrors} labels={{ name: t('field.name'), password: t('login.password'), repeat: t('setup.repeat') }} />
        {form.error !== undefined && <ErrorAlert error={form.error} />}
        <form onSubmit={form.onSubmit} className="form" noValidate>
          <TextField label={t('field.name')} hint={t('setup.nameHint')} required autoComplete="username" {...set('name')} />
          <TextField label={t('login.password')} type="password" hint={t('hint.password')} required autoComplete="new-password" {...set('password')} />
          <TextField label={t('setup.repeat')} type="password" required autoComplete="new-password" {...set('repeat')} />
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" name="demo" checked={fields.demo} onChange={(e) => setFields((f) => ({ ...f, demo: e.target.checked }))} aria-describedby="setup-demo-hint" />
              {t('setup.demo')}
            </label>
            <p className="hint" id="setup-demo-hint">
              {t('setup.demoHint')}
            </p>
          </div>
          <div className="actions">
            <button type="submit" disabled={form.busy}>
              {form.busy ? t('setup.creating') : t('setup.create')}
            </button>
          </div>
        </form>
      </>
    );
  return (
    <div className="narrow">
      <PageTitle title={t('setup.title')}>{t('setup.title')}</PageTitle>
      {content}
    </div>
  );
}
