// The follow-up groups (/groups): each with its kind, its lead, how many members it has now and
// how many meetings; coordinators and administrators make new ones.
import { AsyncContent, DataTable } from '../app/results';
import { Link } from '../app/router';
import { useSession } from '../app/session';
import { PageTitle, Status } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { useProgrammeAsync, useProgrammeScope } from '../app/ProgrammeScope';
import { getGroups } from './groupsApi';
import { isFormer, kindKeys, today } from './groupVocabulary';

export function GroupsPage() {
  const { t, number, compare } = useI18n();
  const session = useSession();
  const scope = useProgrammeScope();
  const groups = useProgrammeAsync(scope, getGroups, []);
  const day = today();
  return (
    <>
      <div className="page-head">
        <PageTitle title={t('followUp.title')}>{t('followUp.title')}</PageTitle>
        {session.can('manage_actions') && (
          <Link to="/groups/new" className="button-link button-primary">
            {t('followUp.new')}
          </Link>
        )}
      </div>
      <p>{t('followUp.intro')}</p>
      {scope.chooser}
      <AsyncContent state={groups}>
        {(list) => (
          <>
            <Status>{t('followUp.count', { count: number(list.total) })}</Status>
            {list.items.length > 0 && (
              <DataTable label={t('followUp.title')} headers={[t('followUp.name'), t('followUp.kind'), t('followUp.lead'), t('followUp.membersNow'), t('followUp.meetings')]}>
                {[...list.items]
                  .sort((a, b) => compare(a.name, b.name))
                  .map((g) => (
                    <tr key={g.id}>
                      <td>
                        <Link to={`/groups/${g.id}`}>{g.name}</Link>
                      </td>
                      <td>{t(kindKeys[g.kind])}</td>
                      <td>{g.lead_name ?? '–'}</td>
                      <td>{number(g.members.filter((m) => !isFormer(m, day)).length)}</td>
                      <td>{number(g.meeting_count)}</td>
                    </tr>
                  ))}
              </DataTable>
            )}
          </>
        )}
      </AsyncContent>
    </>
  );
}
