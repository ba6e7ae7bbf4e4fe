// One action (/actions/:id): its flags in words, every field, where it came from (the event's
// outcomes, when it was an action point), the update form for those who may move it on, the
// timeline and the indicators. Coordinators and administrators edit and delete it. A
// participant reads the actions that involve them; the server answers 403 for the others.
import { DeleteButton } from '../app/DeleteButton';
import { Link, navigate } from '../app/router';
import { useSession } from '../app/session';
import { ErrorAlert, Loading, PageTitle } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { FlagBadges } from './ActionBits';
import { ActionDetails } from './ActionDetails';
import { ActionIndicators } from './ActionIndicators';
import { deleteAction, getAction, getUpdates } from './actionsApi';
import { ActionTimeline } from './ActionTimeline';
import { ActionUpdateForm } from './ActionUpdateForm';
import { useMayUpdate } from './useMine';

export function ActionPage({ id }: { id: number }) {
  const { t } = useI18n();
  const session = useSession();
  const action = useAsync(() => getAction(id), [id]);
  const timeline = useAsync(() => getUpdates(id), [id]);
  const mayUpdate = useMayUpdate();
  const reads = session.can('read_register');
  const back = (
    <p className="breadcrumb">
      {reads ? <Link to="/actions">{t('actions.backToBoard')}</Link> : <Link to="/my-work">{t('actions.backToMyWork')}</Link>}
    </p>
  );
  if (!action.data)
    return action.error !== undefined ? (
      <>
        {back}
        <PageTitle title={t('actions.action')}>{t('actions.action')}</PageTitle>
        <ErrorAlert error={action.error} />
      </>
    ) : (
      <Loading />
    );
  const a = action.data;
  const manages = session.can('manage_actions');
  return (
    <>
      {back}
      <PageTitle title={a.title}>{a.title}</PageTitle>
      <FlagBadges action={a} />
      {a.event_id !== null && reads && (
        <p>
          <Link to={`/events/${a.event_id}/outcomes`}>{t('actions.fromEvent')}</Link>
        </p>
      )}
      {manages && (
        <div className="actions">
          <Link to={`/actions/${a.id}/edit`} className="button-link button-secondary">
            {t('actions.edit')}
          </Link>
          <DeleteButton
            what={a.title}
            onDelete={async () => {
              await deleteAction(a);
              navigate(`/action-plans/${a.plan_id}`);
            }}
          />
        </div>
      )}
      <ActionDetails action={a} />
      {mayUpdate.may(a) && (
        <ActionUpdateForm
          key={a.id}
          action={a}
          onUpdated={(next) => {
            action.setData(next);
            timeline.reload();
          }}
          onReload={action.reload}
        />
      )}
      <ActionTimeline state={timeline} />
      <ActionIndicators indicators={a.indicators} />
    </>
  );
}
