// Making and changing an action (/actions/new?plan_id=…, /actions/:id/edit), for coordinators
// and administrators: its plan, title, description and themes; who answers for it (exactly
// one person or organisation) and who carries it out, is consulted and is informed; its dates;
// what it waits for; and its indicators with their measurements. Saved whole (POST, or PUT
// with If-Match); every error shows beside its field, named by the server's path, and in the
// summary at the top; a 412 says someone else saved first and offers to load their version.
import { useEffect, useState } from 'react';
import { RecordFormPage, RecordLoadError } from '../app/RecordFormParts';
import { navigate, useLocation } from '../app/router';
import { CheckboxGroup, Loading, SelectField, TextArea, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useRecordForm } from '../app/useRecordForm';
import { useVocabulary } from '../app/vocabulary';
import { StakeholderPicker } from '../register/StakeholderPicker';
import { serverMessage, useI18n } from '../i18n/i18n';
import { draftOf, emptyDraft, inputOf, labelFor, withPartyFields, type ActionDraft, type PathLabels } from './actionForm';
import { getAction, getActions, getPlans, postAction, putAction } from './actionsApi';
import { IndicatorsEditor } from './IndicatorsEditor';
import { PartyListPicker } from './PartyListPicker';
import type { Action } from './types';

export function ActionFormPage({ id }: { id?: number }) {
  const { t, lang } = useI18n();
  const location = useLocation();
  const vocabulary = useVocabulary(lang);
  const plans = useAsync(getPlans, []);
  const others = useAsync(() => getActions(), []);
  const [draft, setDraft] = useState<ActionDraft | null>(id === undefined ? emptyDraft(location.search.get('plan_id') ?? '') : null);
  const [loaded, setLoaded] = useState<Action | null>(null);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const load = () => {
    if (id === undefined) return;
    getAction(id).then((a) => {
      setLoaded(a);
      setDraft(draftOf(a));
    }, setLoadError);
  };
  useEffect(load, [id]);

  const form = useRecordForm(
    () =>
      withPartyFields(() => {
        const input = inputOf(draft!, { planRequired: t('actions.planRequired'), numberNeeded: t('actions.numberNeeded'), valueNeeded: t('actions.valueNeeded') });
        return id === undefined || !loaded ? postAction(input) : putAction(id, input, loaded.version);
      }),
    (saved) => navigate(`/actions/${saved.id}`),
  );

  if (loadError !== undefined) return <RecordLoadError title={t('actions.action')} error={loadError} />;
  if (!draft) return <Loading />;
  const set = (part: Partial<ActionDraft>) => setDraft((d) => (d ? { ...d, ...part } : d));
  const errorOf = (field: string) => {
    const problem = form.fieldErrors[field];
    return problem ? serverMessage(lang, problem) : undefined;
  };
  const text = (name: 'title' | 'description' | 'start_date' | 'due_date') => ({
    name,
    value: draft[name],
    error: errorOf(name),
    onChange: (e: { target: { value: string } }) => set({ [name]: e.target.value }),
  });
  const names: Record<string, string> = {
    plan_id: t('actions.plan'),
    title: t('actions.titleField'),
    description: t('actions.description'),
    themes: t('actions.themes'),
    accountable: t('actions.accountable'),
    responsible: t('actions.responsible'),
    consulted: t('actions.consulted'),
    informed: t('actions.informed'),
    start_date: t('actions.startDate'),
    due_date: t('actions.dueDate'),
    depends_on: t('actions.dependsOn'),
    indicators: t('actions.indicators'),
    'indicator.name': t('actions.indicatorName'),
    'indicator.unit': t('actions.unit'),
    'indicator.direction': t('actions.aim'),
    'indicator.baseline': t('actions.baseline'),
    'indicator.target': t('actions.target'),
    'indicator.measurements': t('actions.measurements'),
    'measurement.date': t('actions.measurementDate'),
    'measurement.value': t('actions.value'),
    'measurement.note': t('actions.measurementNote'),
  };
  const pathLabels: PathLabels = {
    fields: names,
    indicatorField: (n, field) => t('actions.indicatorField', { n, field }),
    measurementField: (n, m, field) => t('actions.measurementField', { n, m, field }),
    party: (list, n) => t('actions.partyN', { list, n }),
  };
  const labels = Object.fromEntries(Object.keys(form.fieldErrors).map((k) => [k, labelFor(k, pathLabels)]));
  const partyError = (list: string) => (i: number) => errorOf(`${list}[${i}]`);
  const dependencyOptions = (others.data?.items ?? []).filter((a) => a.id !== id).map((a) => ({ value: String(a.id), label: a.title }));
  const title = id === undefined ? t('actions.new') : t('actions.editTitle', { title: loaded?.title ?? '' });
  const back = id === undefined ? (draft.plan_id ? `/action-plans/${draft.plan_id}` : '/actions') : `/actions/${id}`;

  return (
    <RecordFormPage back={back} backLabel={id === undefined ? t('actions.backWithoutSaving') : t('common.backToRecord')} title={title} form={form} labels={labels} onLoadLatest={load}>
      <h2>{t('actions.formWhat')}</h2>
      <SelectField
        label={names.plan_id}
        required
        name="plan_id"
        value={draft.plan_id}
        error={errorOf('plan_id')}
        options={(plans.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title }))}
        emptyLabel={t('common.choose')}
        onChange={(e) => set({ plan_id: e.target.value })}
      />
      <TextField label={names.title} required autoComplete="off" {...text('title')} />
      <TextArea label={names.description} rows={4} {...text('description')} />
      {(vocabulary.data?.themes.length ?? 0) > 0 && (
        <CheckboxGroup legend={names.themes} name="themes" options={vocabulary.data!.themes} values={draft.themes} onChange={(themes) => set({ themes })} error={errorOf('themes')} />
      )}
      <h2>{t('actions.formWho')}</h2>
      <StakeholderPicker name="accountable" legend={names.accountable} hint={t('actions.accountableHint')} chosen={draft.accountable} onChange={(accountable) => set({ accountable })} error={errorOf('accountable')} />
      <PartyListPicker name="responsible" legend={names.responsible} hint={t('actions.responsibleHint')} chosen={draft.responsible} onChange={(responsible) => set({ responsible })} error={errorOf('responsible')} itemError={partyError('responsible')} />
      <PartyListPicker name="consulted" legend={names.consulted} hint={t('actions.consultedHint')} chosen={draft.consulted} onChange={(consulted) => set({ consulted })} error={errorOf('consulted')} itemError={partyError('consulted')} />
      <PartyListPicker name="informed" legend={names.informed} hint={t('actions.informedHint')} chosen={draft.informed} onChange={(informed) => set({ informed })} error={errorOf('informed')} itemError={partyError('informed')} />
      <h2>{t('actions.formWhen')}</h2>
      <div className="field-row">
        <TextField label={names.start_date} type="date" {...text('start_date')} />
        <TextField label={names.due_date} type="date" {...text('due_date')} />
      </div>
      {dependencyOptions.length > 0 ? (
        <CheckboxGroup legend={names.depends_on} name="depends_on" options={dependencyOptions} values={draft.depends_on} onChange={(depends_on) => set({ depends_on })} error={errorOf('depends_on')} />
      ) : (
        errorOf('depends_on') && <p className="field-error" id="field-depends_on">{errorOf('depends_on')}</p>
      )}
      <IndicatorsEditor indicators={draft.indicators} onChange={(indicators) => set({ indicators })} errorOf={errorOf} />
    </RecordFormPage>
  );
}
