// One organisation: its fields, the people in it, edit / delete for those allowed, and the
// organisation's relationships and stakeholder assessments.
import { api, request } from '../app/api';
import { RecordSectionsOf } from '../app/capability';
import { Link, navigate } from '../app/router';
import { path, type Organisation, type PersonPage } from '../app/schema';
import { ErrorAlert, Loading, PageTitle } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { DeleteButton } from '../app/DeleteButton';
import { TiesSection } from './TiesSection';
import { SectorOrToComplete, isToComplete } from './ToComplete';
import { useVocabulary } from '../app/vocabulary';

export function OrganisationDetail({ id }: { id: number }) {
  const { t, lang, dateTime, number } = useI18n();
  const session = useSession();
  const organisation = useAsync(() => request<Organisation>('GET', path('/api/v1/organisations/{id}', { id })).then((r) => r.data), [id]);
  const people = useAsync(() => api.get<PersonPage>(path('/api/v1/people'), { organisation: id, sort: 'name', limit: 100, lang }), [id, lang]);
  const vocabulary = useVocabulary(lang);
  const o = organisation.data;
  if (organisation.error !== undefined)
    return (
      <>
        <PageTitle title={t('organisations.organisation')}>{t('organisations.organisation')}</PageTitle>
        <ErrorAlert error={organisation.error} />
      </>
    );
  if (!o) return <Loading />;
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/organisations">{t('organisations.back')}</Link>
      </p>
      <PageTitle title={o.name}>{o.name}</PageTitle>
      {isToComplete(o) && <p className="hint">{t('organisations.toCompleteHint')}</p>}
      <dl className="details">
        <div>
          <dt>{t('field.sector')}</dt>
          <dd><SectorOrToComplete group="sector" value={o.sector} /></dd>
        </div>
        <div>
          <dt>{t('field.level')}</dt>
          <dd><SectorOrToComplete group="level" value={o.level} /></dd>
        </div>
        <div>
          <dt>{t('field.country')}</dt>
          <dd>{o.country ? vocabulary.data?.countryName(o.country) ?? o.country : none}</dd>
        </div>
        <div>
          <dt>{t('field.parent')}</dt>
          <dd>{o.parent_id ? <Link to={`/organisations/${o.parent_id}`}>{o.parent_name}</Link> : none}</dd>
        </div>
        <div>
          <dt>{t('field.contactPerson')}</dt>
          <dd>{o.contact_person_id ? <Link to={`/people/${o.contact_person_id}`}>{o.contact_person_name}</Link> : none}</dd>
        </div>
        <div>
          <dt>{t('field.website')}</dt>
          <dd>{o.website ? <a href={o.website} rel="noopener noreferrer">{o.website}</a> : none}</dd>
        </div>
        <div>
          <dt>{t('field.updated')}</dt>
          <dd>{dateTime(o.updated_at)}</dd>
        </div>
      </dl>
      {session.can('write_register') && (
        <div className="actions">
          <Link to={`/organisations/${o.id}/edit`} className="button-link button-primary">
            {t('common.edit')}
          </Link>
          <DeleteButton
            what={o.name}
            onDelete={async () => {
              await api.del(path('/api/v1/organisations/{id}', { id: o.id }), o.version);
              navigate('/organisations');
            }}
          />
        </div>
      )}
      <h2>{t('organisations.people')}</h2>
      {people.data && (
        <>
          <p>{t('people.count', { count: number(people.data.total) })}</p>
          <ul className="plain-list">
            {people.data.items.map((p) => (
              <li key={p.id}>
                <Link to={`/people/${p.id}`}>{p.name}</Link>
                {p.title ? ` – ${p.title}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <TiesSection self={{ kind: 'organisation', id: o.id, name: o.name }} />
      <RecordSectionsOf subject={{ kind: 'organisation', id: o.id, name: o.name }} />
    </>
  );
}
