// One person: every field, edit / delete for those allowed to change the register, the
// person's relationships and stakeholder assessments.
import { api, request } from '../app/api';
import { RecordSectionsOf } from '../app/capability';
import { Link, navigate } from '../app/router';
import { path, type Person } from '../app/schema';
import { ErrorAlert, Loading, PageTitle } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { DeleteButton } from '../app/DeleteButton';
import { TiesSection } from './TiesSection';
import { useVocabulary } from '../app/vocabulary';

export function PersonDetail({ id }: { id: number }) {
  const { t, lang, label, dateTime } = useI18n();
  const session = useSession();
  const person = useAsync(() => request<Person>('GET', path('/api/v1/people/{id}', { id })).then((r) => r.data), [id]);
  const vocabulary = useVocabulary(lang);
  const p = person.data;
  if (person.error !== undefined)
    return (
      <>
        <PageTitle title={t('people.person')}>{t('people.person')}</PageTitle>
        <ErrorAlert error={person.error} />
      </>
    );
  if (!p) return <Loading />;
  const v = vocabulary.data;
  const rows: Array<[string, string]> = [
    [t('field.title'), p.title ?? ''],
    [t('field.country'), v?.countryName(p.country) ?? p.country ?? ''],
    [t('field.perspectives'), p.perspectives.map((x) => label('perspective', x)).join(', ')],
    [t('field.themes'), p.themes.map((x) => v?.themeName(x) ?? x).join(', ')],
    [t('field.languages'), (p.languages ?? []).join(', ')],
    [t('field.email'), p.email ?? ''],
    [t('field.phone'), p.phone ?? ''],
    [t('field.tags'), (p.tags ?? []).join(', ')],
    [t('field.notes'), p.notes && p.notes_special ? `${p.notes} (${t('field.notesSpecialShort')})` : (p.notes ?? '')],
    [t('field.mappedBy'), p.mapped_by ?? ''],
    [t('field.mappingReason'), p.mapping_reason ?? ''],
    [t('field.created'), dateTime(p.created_at)],
    [t('field.updated'), dateTime(p.updated_at)],
  ];
  return (
    <>
      <p className="breadcrumb">
        <Link to="/people">{t('people.back')}</Link>
      </p>
      <PageTitle title={p.name}>{p.name}</PageTitle>
      <dl className="details">
        <div>
          <dt>{t('field.organisation')}</dt>
          <dd>{p.organisation_id ? <Link to={`/organisations/${p.organisation_id}`}>{p.organisation_name}</Link> : <span className="muted">{t('common.none')}</span>}</dd>
        </div>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value || <span className="muted">{t('common.none')}</span>}</dd>
          </div>
        ))}
      </dl>
      {session.can('write_register') && (
        <div className="actions">
          <Link to={`/people/${p.id}/edit`} className="button-link button-primary">
            {t('common.edit')}
          </Link>
          <DeleteButton
            what={p.name}
            onDelete={async () => {
              await api.del(path('/api/v1/people/{id}', { id: p.id }), p.version);
              navigate('/people');
            }}
          />
        </div>
      )}
      <TiesSection self={{ kind: 'person', id: p.id, name: p.name }} />
      <RecordSectionsOf subject={{ kind: 'person', id: p.id, name: p.name }} />
    </>
  );
}
