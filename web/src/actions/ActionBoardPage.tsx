// The action board (/actions): every action the filters let through, as a table or in columns
// by status. The filters live in the URL (a view can be bookmarked or sent on) and apply on a
// button; the total is announced. The board comes a hundred actions at a time: "Show more"
// adds the next hundred and moves focus to the first of them. Coordinators and administrators move any action with its
// "Move to" control, others only their own (the actions of My work); focus follows the moved
// action to its new place and a status line says where it went. Below, when an action counts
// as stalled, which coordinators change. The CSV and XLSX links download the board as filtered.
import { useEffect, useState } from 'react';
import { queryString } from '../app/api';
import { FilterForm, useFilterForm, useListQuery } from '../app/listing';
import { AsyncContent } from '../app/results';
import { Link, navigate } from '../app/router';
import { useSession } from '../app/session';
import { pick } from '../app/ThemeAndGroupFilters';
import { PageTitle, SelectField, Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useVocabulary } from '../app/vocabulary';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { ActionColumns } from './ActionColumns';
import { statusKeys, statuses } from './actionRules';
import { actionsExportUrl, getActions, getGroupList, getPlans } from './actionsApi';
import { ActionsTable, actionTitleId } from './ActionsTable';
import { moveControlId } from './MoveControl';
import { PartyFilter } from './PartyFilter';
import { StalledSettings } from './StalledSettings';
import type { Action } from './types';
import { useMayUpdate } from './useMine';

const filterKeys = ['person_id', 'organisation_id', 'theme', 'status', 'plan_id', 'group_id', 'overdue', 'stalled', 'at_risk', 'open'];
const onlyKeys: [string, MessageKey][] = [
  ['overdue', 'actions.onlyOverdue'],
  ['stalled', 'actions.onlyStalled'],
  ['at_risk', 'actions.onlyAtRisk'],
  ['open', 'actions.onlyOpen'],
];
type View = 'table' | 'columns';
// Actions per page of the board (the server answers at most 500).
export const boardPageSize = 100;

export function ActionBoardPage() {
  const { t, lang, number } = useI18n();
  const session = useSession();
  const list = useListQuery('/actions', [...filterKeys, 'view']);
  const values = list.values;
  const view: View = values.view === 'columns' ? 'columns' : 'table';
  const filters = useFilterForm(values, filterKeys);
  const query = pick(values, filterKeys);
  const queryKey = JSON.stringify(query);
  const actions = useAsync(() => getActions({ ...query, limit: boardPageSize }), [queryKey]);
  const plans = useAsync(getPlans, []);
  const groups = useAsync(getGroupList, []);
  const vocabulary = useVocabulary(lang);
  const mayUpdate = useMayUpdate();
  const [said, setSaid] = useState('');
  const [focusOn, setFocusOn] = useState<Action | null>(null);
  const [more, setMore] = useState<{ loading: boolean; failed: boolean }>({ loading: false, failed: false });
  // Another filter starts the board afresh, without an earlier page's failure.
  useEffect(() => setMore({ loading: false, failed: false }), [queryKey]);

  // After a move the action may sit in another column: focus follows it there, to its "Move
  // to" control (or its title when no step is left).
  useEffect(() => {
    if (!focusOn) return;
    (document.getElementById(moveControlId(focusOn)) ?? document.getElementById(actionTitleId(focusOn)))?.focus();
    setFocusOn(null);
  }, [focusOn, actions.data]);

  const setOnly = (key: string, on: boolean) => filters.setForm((f) => ({ ...f, [key]: on ? 'true' : '' }));
  const apply = () => list.apply({ ...filters.form, view: values.view });
  const clear = () => {
    filters.setForm({});
    list.apply({ view: values.view });
  };
  const show = (next: View) => navigate('/actions' + queryString({ ...query, view: next === 'columns' ? 'columns' : '' }));
  const moved = (before: Action, next: Action) => {
    const data = actions.data;
    if (data) actions.setData({ ...data, items: data.items.map((a) => (a.id === before.id ? next : a)) });
    setSaid(t('actions.moved', { title: next.title, status: t(statusKeys[next.status]) }));
    setFocusOn(next);
  };
  const showMore = async () => {
    const data = actions.data;
    if (!data?.next) return;
    setMore({ loading: true, failed: false });
    try {
      const page = await getActions({ ...query, limit: boardPageSize, cursor: data.next });
      actions.setData({ ...data, items: [...data.items, ...page.items], total: page.total, next: page.next });
      setMore({ loading: false, failed: false });
      if (page.items[0]) setFocusOn(page.items[0]);
    } catch {
      setMore({ loading: false, failed: true });
    }
  };
  const movable = (a: Action) => mayUpdate.may(a);
  const planOptions = (plans.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title }));
  const groupOptions = (groups.data?.items ?? []).map((g) => ({ value: String(g.id), label: g.name }));

  return (
    <>
      <div className="page-head">
        <PageTitle title={t('actions.title')}>{t('actions.title')}</PageTitle>
        {session.can('manage_actions') && (
          <Link to="/actions/new" className="button-link">
            {t('actions.new')}
          </Link>
        )}
      </div>
      <p>{t('actions.intro')}</p>
      <FilterForm label={t('actions.filters')} onSubmit={apply} onClear={clear}>
        <PartyFilter kind="person" name="person_id" legend={t('actions.filterPerson')} value={filters.form.person_id ?? ''} onChange={(id) => filters.setForm((f) => ({ ...f, person_id: id }))} />
        <PartyFilter
          kind="organisation"
          name="organisation_id"
          legend={t('actions.filterOrganisation')}
          value={filters.form.organisation_id ?? ''}
          onChange={(id) => filters.setForm((f) => ({ ...f, organisation_id: id }))}
        />
        <div>
          <SelectField label={t('actions.theme')} options={vocabulary.data?.themes ?? []} emptyLabel={t('actions.allThemes')} {...filters.field('theme')} />
          <SelectField label={t('actions.status')} options={statuses.map((s) => ({ value: s, label: t(statusKeys[s]) }))} emptyLabel={t('actions.anyStatus')} {...filters.field('status')} />
          <SelectField label={t('actions.plan')} options={planOptions} emptyLabel={t('actions.allPlans')} {...filters.field('plan_id')} />
          <SelectField label={t('actions.group')} options={groupOptions} emptyLabel={t('actions.allGroups')} {...filters.field('group_id')} />
          <fieldset className="field">
            <legend>{t('actions.showOnly')}</legend>
            <div className="checkboxes">
              {onlyKeys.map(([key, text]) => (
                <label key={key} className="checkbox">
                  <input type="checkbox" name={key} checked={filters.form[key] === 'true'} onChange={(e) => setOnly(key, e.target.checked)} />
                  {t(text)}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </FilterForm>
      <div className="view-switch" role="group" aria-label={t('actions.view')}>
        <button type="button" className="button-secondary" aria-pressed={view === 'table'} onClick={() => show('table')}>
          {t('actions.viewTable')}
        </button>
        <button type="button" className="button-secondary" aria-pressed={view === 'columns'} onClick={() => show('columns')}>
          {t('actions.viewColumns')}
        </button>
      </div>
      <p role="status" className="visually-hidden" id="board-said">
        {said}
      </p>
      <AsyncContent state={actions}>
        {(data) => (
          <>
            <Status>
              {data.items.length < data.total
                ? t('actions.countShown', { shown: number(data.items.length), count: number(data.total) })
                : t('actions.count', { count: number(data.total) })}
            </Status>
            <p className="export-links">
              <span>{t('actions.export')}</span>{' '}
              <a className="button-link" href={actionsExportUrl(query, 'csv')} download>
                CSV
              </a>{' '}
              <a className="button-link" href={actionsExportUrl(query, 'xlsx')} download>
                XLSX
              </a>
            </p>
            {data.items.length === 0 ? (
              <p>{t('actions.noneMatch')}</p>
            ) : view === 'table' ? (
              <ActionsTable label={t('actions.title')} items={data.items} movable={movable} onMoved={moved} onReload={actions.reload} />
            ) : (
              <ActionColumns items={data.items} movable={movable} onMoved={moved} onReload={actions.reload} />
            )}
            {data.next && (
              <p className="show-more">
                <button type="button" className="button-secondary" onClick={showMore} disabled={more.loading}>
                  {more.loading ? t('actions.loadingMore') : t('actions.showMore', { count: number(Math.min(boardPageSize, data.total - data.items.length)) })}
                </button>
              </p>
            )}
            {more.failed && <p role="alert">{t('actions.moreFailed')}</p>}
          </>
        )}
      </AsyncContent>
      <StalledSettings onChanged={actions.reload} />
    </>
  );
}
