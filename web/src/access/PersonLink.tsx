// The person in the register a user account stands for (a facilitator who writes an event's
// outcomes, later a participant on their own page): the person's name as a link, a dialog to
// choose or change them, and a button to unlink. A person stands for one account at most; the
// server says so beside the picker when the person chosen already has one.
import { useState } from 'react';
import { ApiError, api } from '../app/api';
import { DialogButton } from '../app/Dialog';
import { path, type Person, type User } from '../app/schema';
import { ErrorAlert } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { serverMessage, useI18n } from '../i18n/i18n';
import { StakeholderPicker } from '../register/StakeholderPicker';

function LinkedName({ id }: { id: number }) {
  const { t } = useI18n();
  const person = useAsync(() => api.get<Person>(path('/api/v1/people/{id}', { id })), [id]);
  const name = person.data?.name ?? (person.error !== undefined ? t('users.personNumber', { id }) : '…');
  return <a href={`/people/${id}`}>{name}</a>;
}

export function PersonLink({ user, onChanged }: { user: User; onChanged: (message: string) => void }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const link = (person: { id: number; name: string } | null, close?: () => void) => {
    setProblem(undefined);
    setError(undefined);
    api
      .patch<User>(path('/api/v1/users/{id}', { id: user.id }), { person_id: person?.id ?? null }, user.version)
      .then(() => {
        close?.();
        onChanged(person ? t('users.linked', { name: user.name, person: person.name }) : t('users.unlinked', { name: user.name }));
      })
      .catch((e: unknown) => {
        const field = e instanceof ApiError && e.status === 422 ? e.fieldErrors().person_id : undefined;
        if (field) setProblem(serverMessage(lang, field));
        else setError(e);
      });
  };
  const linked = user.person_id ?? null;
  return (
    <div className="inline-actions">
      {linked !== null ? <LinkedName id={linked} /> : <span className="muted">{t('users.noPerson')}</span>}
      <DialogButton
        label={linked !== null ? t('users.changePerson') : t('users.linkPerson')}
        ariaLabel={t(linked !== null ? 'users.changePersonOf' : 'users.linkPersonOf', { name: user.name })}
        title={t('users.linkTitle', { name: user.name })}
        isOpen={open}
        onOpenChange={(o) => {
          setOpen(o);
          setProblem(undefined);
          setError(undefined);
        }}
      >
        {(close) => (
          <>
            <p>{t('users.linkHint')}</p>
            {error !== undefined && <ErrorAlert error={error} />}
            <StakeholderPicker name="person_id" legend={t('users.person')} only="person" chosen={null} error={problem} onChange={(choice) => choice && link(choice, close)} />
            <div className="actions">
              <button type="button" className="button-secondary" onClick={close}>
                {t('common.cancel')}
              </button>
            </div>
          </>
        )}
      </DialogButton>
      {linked !== null && (
        <button type="button" className="button-secondary" aria-label={t('users.unlinkOf', { name: user.name })} onClick={() => link(null)}>
          {t('users.unlink')}
        </button>
      )}
      {error !== undefined && !open && <ErrorAlert error={error} />}
    </div>
  );
}
