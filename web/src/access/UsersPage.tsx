// Users and roles (admins): create accounts, change a role, disable or enable an account.
import { useState } from 'react';
import { api } from '../app/api';
import { AsyncTable } from '../app/results';
import { path, type User, type UserList } from '../app/schema';
import { ErrorAlert, ErrorSummary, PageTitle, SelectField, Status, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { fieldBinder, useRecordForm } from '../app/useRecordForm';
import { roles, type Role } from '../app/permissions';
import { useSession } from '../app/session';
import { PersonLink } from './PersonLink';

function UserRow({ user, onChanged }: { user: User; onChanged: (message: string) => void }) {
  const { t, label, dateTime } = useI18n();
  const session = useSession();
  const [role, setRole] = useState<string>(user.role);
  const [error, setError] = useState<unknown>(undefined);
  const self = session.user?.id === user.id;
  const patch = (body: { role?: Role; disabled?: boolean }, message: string) => {
    setError(undefined);
    api
      .patch<User>(path('/api/v1/users/{id}', { id: user.id }), body, user.version)
      .then(() => onChanged(message))
      .catch(setError);
  };
  return (
    <tr>
      <td>{user.name}</td>
      <td>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            patch({ role: role as Role }, t('users.roleChanged', { name: user.name, role: label('role', role) }));
          }}
        >
          <SelectField label={t('users.roleFor', { name: user.name })} className="compact" options={roles.map((r) => ({ value: r, label: label('role', r) }))} value={role} onChange={(e) => setRole(e.target.value)} disabled={self} />
          {!self && (
            <button type="submit" className="button-secondary">
              {t('users.changeRole')}
            </button>
          )}
        </form>
        {error !== undefined && <ErrorAlert error={error} />}
      </td>
      <td>
        <PersonLink user={user} onChanged={onChanged} />
      </td>
      <td>{user.disabled ? t('users.disabled') : t('users.active')}</td>
      <td>{dateTime(user.created_at)}</td>
      <td>
        {!self && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => patch({ disabled: !user.disabled }, t(user.disabled ? 'users.enabledMsg' : 'users.disabledMsg', { name: user.name }))}
          >
            {user.disabled ? t('users.enable') : t('users.disable')}
          </button>
        )}
      </td>
    </tr>
  );
}

const blank = { name: '', role: 'observer', password: '' };

export function UsersPage() {
  const { t, label, lang, compare } = useI18n();
  const users = useAsync(() => api.get<UserList>(path('/api/v1/users')), []);
  const [fields, setFields] = useState(blank);
  const [message, setMessage] = useState('');
  const form = useRecordForm(
    () => api.post<User>(path('/api/v1/users'), { name: fields.name.trim(), role: fields.role as Role, password: fields.password }),
    (user) => {
      setMessage(t('users.created', { name: user.name }));
      setFields(blank);
      users.reload();
    },
  );
  const changed = (text: string) => {
    setMessage(text);
    users.reload();
  };
  const set = fieldBinder(fields, setFields, form.fieldErrors, lang);
  const items = [...(users.data?.items ?? [])].sort((a, b) => compare(a.name, b.name));
  return (
    <>
      <PageTitle title={t('users.title')}>{t('users.title')}</PageTitle>
      {message && <Status>{message}</Status>}
      <AsyncTable
        state={users}
        label={t('users.title')}
        headers={[t('field.name'), t('users.role'), t('users.person'), t('users.status'), t('field.created'), t('common.actions')]}
        rows={() =>
          items.map((u) => <UserRow key={`${u.id}-${u.version}`} user={u} onChanged={changed} />)
        }
      />
      <section aria-labelledby="new-user-heading" className="panel">
        <h2 id="new-user-heading">{t('users.new')}</h2>
        <ErrorSummary errors={form.fieldErrors} labels={{ name: t('field.name'), role: t('users.role'), password: t('login.password') }} />
        {form.error !== undefined && <ErrorAlert error={form.error} />}
        <form onSubmit={form.onSubmit} className="form" noValidate>
          <TextField label={t('field.name')} required autoComplete="off" {...set('name')} />
          <SelectField label={t('users.role')} required options={roles.map((r) => ({ value: r, label: label('role', r) }))} {...set('role')} />
          <TextField label={t('login.password')} type="password" hint={t('hint.password')} required autoComplete="new-password" {...set('password')} />
          <div className="actions">
            <button type="submit" disabled={form.busy}>
              {t('users.create')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
