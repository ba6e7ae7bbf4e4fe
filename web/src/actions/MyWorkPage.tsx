// My work (/my-work): the open actions that name the person this account stands for, for
// every role, participants too. Without that link nothing can be shown, and the page says so
// plainly: those who plan events can tell from the accounts' directory whether theirs is
// linked; for other roles the server does not say, so the page names both reasons. Below,
// whether the weekly summary and reminders come by e-mail, and the personal calendar feed of
// the same due dates and the meetings of the person's groups.
import { api } from '../app/api';
import { AsyncContent } from '../app/results';
import { path, type UserDirectory } from '../app/schema';
import { useSession } from '../app/session';
import { PageTitle, Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { getMyActions } from './actionsApi';
import { ActionCard } from './ActionCard';
import { ActionMailSetting } from './ActionMailSetting';
import { CalendarFeed } from './CalendarFeed';

// Whether this account stands for a person: true or false when the directory may be read,
// null when it may not (the server keeps it from participants and observers).
function useLinked(): boolean | null | undefined {
  const session = useSession();
  const user = session.user;
  const reads = session.can('plan_events');
  const directory = useAsync(() => (reads ? api.get<UserDirectory>(path('/api/v1/users/directory')) : Promise.resolve(null)), [reads]);
  if (!reads || !user) return null;
  if (directory.error !== undefined) return null;
  if (!directory.data) return undefined;
  const me = directory.data.items.find((u) => u.id === user.id);
  return me ? me.person_id !== null && me.person_id !== undefined : null;
}

export function MyWorkPage() {
  const { t, number } = useI18n();
  const mine = useAsync(getMyActions, []);
  const linked = useLinked();
  return (
    <>
      <PageTitle title={t('myWork.title')}>{t('myWork.title')}</PageTitle>
      <p>{t('myWork.intro')}</p>
      <AsyncContent state={mine}>
        {(list) =>
          list.items.length > 0 ? (
            <>
              <Status>{t('myWork.count', { count: number(list.total) })}</Status>
              <ul className="action-cards my-work" aria-label={t('myWork.title')}>
                {list.items.map((a) => (
                  <ActionCard key={a.id} action={a} heading="h2" showStatus />
                ))}
              </ul>
              <p>{t('myWork.updateHint')}</p>
            </>
          ) : linked === undefined ? null : (
            <div className="empty-state">
              {linked === false ? (
                <>
                  <h2>{t('myWork.notLinkedTitle')}</h2>
                  <p>{t('myWork.notLinked')}</p>
                </>
              ) : linked === true ? (
                <>
                  <h2>{t('myWork.noneTitle')}</h2>
                  <p>{t('myWork.none')}</p>
                </>
              ) : (
                <>
                  <h2>{t('myWork.noneTitle')}</h2>
                  <p>{t('myWork.noneOrNotLinked')}</p>
                </>
              )}
            </div>
          )
        }
      </AsyncContent>
      <ActionMailSetting />
      <CalendarFeed />
    </>
  );
}
