// Making and changing a follow-up group (/groups/new for coordinators, /groups/:id/edit for
// coordinators and the group's lead): its kind, name, objective and mandate, its lead (found by
// name; read-only for the lead themself), themes and dates, its members with their roles and
// dates, and its deliverables. Saved whole (POST, or PUT with If-Match), deliverables with
// their ids; every error shows beside its field, named by the server's path, and in the
// summary at the top; a 412 says someone else saved first and offers to load their version.
import { useEffect, useState } from 'react';
import { RecordFormPage, RecordLoadError } from '../app/RecordFormParts';
import { navigate } from '../app/router';
import { CheckboxGroup, Loading, SelectField, TextArea, TextField } from '../app/ui';
import { useRecordForm } from '../app/useRecordForm';
import { useVocabulary } from '../app/vocabulary';
import { serverMessage, useI18n } from '../i18n/i18n';
import { DeliverablesEditor } from './DeliverablesEditor';
import { draftOf, emptyGroup, inputOf, labelFor, withMemberFields, type GroupDraft, type PathLabels } from './groupForm';
import { getGroup, postGroup, putGroup } from './groupsApi';
import { groupKinds, kindKeys } from './groupVocabulary';
import { LeadPicker } from './LeadPicker';
import { MembersEditor } from './MembersEditor';
import type { Group, GroupKind } from './types';
import { useGroupRole } from './useGroupRole';
import { useNewRecordProgramme } from '../app/ProgrammeScope';

export function GroupFormPage({ id }: { id?: number }) {
  const { t, lang } = useI18n();
  const vocabulary = useVocabulary(lang);
  const [draft, setDraft] = useState<GroupDraft | null>(id === undefined ? emptyGroup() : null);
  const [loaded, setLoaded] = useState<Group | null>(null);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const role = useGroupRole(id === undefined ? { lead_person_id: null } : loaded ?? undefined);
  const load = () => {
    if (id === undefined) return;
    getGroup(id).then((g) => {
      setLoaded(g);
      setDraft(draftOf(g));
    }, setLoadError);
  };
  useEffect(load, [id]);

  const programmeId = useNewRecordProgramme();
  const form = useRecordForm(
    () =>
      withMemberFields(() => {
        const input = inputOf(draft!);
        return id === undefined || !loaded ? postGroup({ ...input, programme_id: programmeId }) : putGroup(id, input, loaded.version);
      }),
    (saved) => navigate(`/groups/${saved.id}`),
  );

  if (loadError !== undefined) return <RecordLoadError title={t('followUp.group')} error={loadError} />;
  if (!draft) return <Loading />;
  const set = (part: Partial<GroupDraft>) => setDraft((d) => (d ? { ...d, ...part } : d));
  const errorOf = (field: string) => {
    const problem = form.fieldErrors[field];
    return problem ? serverMessage(lang, problem) : undefined;
  };
  const text = (name: 'name' | 'objective' | 'mandate' | 'start_date' | 'end_date') => ({
    name,
    value: draft[name],
    error: errorOf(name),
    onChange: (e: { target: { value: string } }) => set({ [name]: e.target.value }),
  });
  const names: Record<string, string> = {
    kind: t('followUp.kind'),
    name: t('followUp.name'),
    objective: t('followUp.objective'),
    mandate: t('followUp.mandate'),
    lead_person_id: t('followUp.lead'),
    themes: t('followUp.themes'),
    start_date: t('followUp.startDate'),
    end_date: t('followUp.endDate'),
    members: t('followUp.members'),
    deliverables: t('followUp.deliverables'),
    'member.role': t('followUp.role'),
    'member.from_date': t('followUp.fromDate'),
    'member.to_date': t('followUp.toDate'),
    'deliverable.title': t('followUp.deliverableTitle'),
    'deliverable.due_date': t('followUp.dueDate'),
    'deliverable.status': t('followUp.status'),
  };
  const pathLabels: PathLabels = {
    fields: names,
    member: (n, name) => t('followUp.memberN', { n, name }),
    memberField: (n, name, field) => t('followUp.memberField', { n, name, field }),
    deliverableField: (n, field) => t('followUp.deliverableField', { n, field }),
  };
  const labels = Object.fromEntries(Object.keys(form.fieldErrors).map((k) => [k, labelFor(k, draft, pathLabels)]));
  const title = id === undefined ? t('followUp.new') : t('followUp.editTitle', { name: loaded?.name ?? '' });
  const back = id === undefined ? '/groups' : `/groups/${id}`;
  const leadOnly = id !== undefined && role !== 'coordinator';

  return (
    <RecordFormPage back={back} backLabel={id === undefined ? t('followUp.backWithoutSaving') : t('common.backToRecord')} title={title} form={form} labels={labels} onLoadLatest={load}>
      {leadOnly && <p className="hint">{t('followUp.leadMayChange')}</p>}
      <fieldset className="form-section">
        <legend>{t('followUp.about')}</legend>
        <TextField label={names.name} required autoComplete="off" {...text('name')} />
        <SelectField
          label={names.kind}
          required
          name="kind"
          value={draft.kind}
          error={errorOf('kind')}
          options={groupKinds.map((k) => ({ value: k, label: t(kindKeys[k]) }))}
          onChange={(e) => set({ kind: e.target.value as GroupKind })}
        />
        <TextArea label={names.objective} hint={t('followUp.objectiveHint')} rows={3} {...text('objective')} />
        <TextArea label={names.mandate} hint={t('followUp.mandateHint')} rows={3} {...text('mandate')} />
        <LeadPicker chosen={draft.lead} onChange={(lead) => set({ lead })} error={errorOf('lead_person_id')} readOnly={leadOnly} />
        {(vocabulary.data?.themes.length ?? 0) > 0 && (
          <CheckboxGroup legend={names.themes} name="themes" options={vocabulary.data!.themes} values={draft.themes} onChange={(themes) => set({ themes })} error={errorOf('themes')} />
        )}
        <div className="field-row">
          <TextField label={names.start_date} type="date" {...text('start_date')} />
          <TextField label={names.end_date} type="date" {...text('end_date')} />
        </div>
      </fieldset>
      <MembersEditor members={draft.members} onChange={(members) => set({ members })} errorOf={errorOf} />
      <DeliverablesEditor deliverables={draft.deliverables} onChange={(deliverables) => set({ deliverables })} errorOf={errorOf} />
    </RecordFormPage>
  );
}
