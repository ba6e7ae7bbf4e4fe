// Changing a programme's phases in the browser (coordinators): rename a phase in both languages,
// set its planned and actual dates, keep its milestones and the statements its gate asks to be
// signed off, move it up or down, delete it, or add a new one. The checks of the data a
// template gave a gate stay as they are (they are named, not edited). Every change is one call
// with the version the page read, and the server's field errors appear beside their fields.
import { useState } from 'react';
import { DeleteButton } from '../app/DeleteButton';
import { fieldProblems } from '../app/formErrors';
import { ErrorAlert, ErrorSummary, Status, TextField } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { deletePhase, postPhase, putPhase, reorderPhases } from './programmeApi';
import type { Criterion, Milestone, Phase, PhaseInput } from './types';

type Statement = Pick<Criterion, 'id' | 'label_en' | 'label_sv'>;

function inputOf(p: Phase | null): PhaseInput {
  if (!p) return { key: '', name_en: '', name_sv: '', planned_start: null, planned_end: null, actual_start: null, actual_end: null, milestones: [], criteria: [] };
  return {
    key: p.key,
    name_en: p.name_en,
    name_sv: p.name_sv,
    planned_start: p.planned_start,
    planned_end: p.planned_end,
    actual_start: p.actual_start,
    actual_end: p.actual_end,
    milestones: p.milestones.map((m) => ({ id: m.id, title: m.title, due_date: m.due_date, done: m.done })),
    criteria: p.criteria.map((c) => ({ id: c.id, check: c.check, param: c.param, label_en: c.label_en, label_sv: c.label_sv })),
  };
}

function PhaseForm({ programmeId, phase, onSaved, onCancel }: { programmeId: number; phase: Phase | null; onSaved: (said: string) => void; onCancel?: () => void }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<PhaseInput>(() => inputOf(phase));
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const { problems, problem } = fieldProblems(error, lang);
  const set = <K extends keyof PhaseInput>(key: K, value: PhaseInput[K]) => setForm((f) => ({ ...f, [key]: value }));
  const day = (key: 'planned_start' | 'planned_end' | 'actual_start' | 'actual_end', label: string) => (
    <TextField label={label} name={key} type="date" value={form[key] ?? ''} onChange={(e) => set(key, e.target.value || null)} error={problem(key)} />
  );
  const milestones = (form.milestones ?? []) as Milestone[];
  const criteria = form.criteria ?? [];
  // Statements (criteria without a check) by their index among all criteria, as the server names them.
  const statements = criteria.map((c, k) => ({ c, k })).filter(({ c }) => !c.check);
  const checks = phase?.criteria.filter((c) => c.check) ?? [];
  const setMilestone = (i: number, change: Partial<Milestone>) => set('milestones', milestones.map((m, j) => (j === i ? { ...m, ...change } : m)));
  const setStatement = (k: number, change: Partial<Statement>) => set('criteria', criteria.map((c, j) => (j === k ? { ...c, ...change } : c)));
  const removeStatement = (k: number) => set('criteria', criteria.filter((_, j) => j !== k));
  const name = phase ? (lang === 'sv' ? phase.name_sv : phase.name_en) : '';
  const labels: Record<string, string> = { key: t('phases.key'), name_en: t('phases.nameEn'), name_sv: t('phases.nameSv'), planned_start: t('phases.plannedStart'), planned_end: t('phases.plannedEnd'), actual_start: t('phases.actualStart'), actual_end: t('phases.actualEnd'), milestones: t('programme.milestones'), criteria: t('phases.statements') };
  return (
    <form
      className="panel phase-form"
      aria-label={phase ? t('phases.changeNamed', { name }) : t('phases.add')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        setBusy(true);
        (phase ? putPhase(phase, form) : postPhase(programmeId, form))
          .then((saved) => onSaved(t('phases.saved', { name: lang === 'sv' ? saved.name_sv : saved.name_en })))
          .catch(setError)
          .finally(() => setBusy(false));
      }}
    >
      <h3>{phase ? t('phases.changeNamed', { name }) : t('phases.add')}</h3>
      {error !== undefined && (Object.keys(problems).length > 0 ? <ErrorSummary errors={problems} labels={labels} /> : <ErrorAlert error={error} />)}
      {!phase && <TextField label={t('phases.key')} name="key" value={form.key} onChange={(e) => set('key', e.target.value)} hint={t('phases.keyHint')} error={problem('key')} required />}
      <TextField label={t('phases.nameSv')} name="name_sv" value={form.name_sv} onChange={(e) => set('name_sv', e.target.value)} error={problem('name_sv')} required />
      <TextField label={t('phases.nameEn')} name="name_en" value={form.name_en} onChange={(e) => set('name_en', e.target.value)} error={problem('name_en')} required />
      <div className="date-pair">
        {day('planned_start', t('phases.plannedStart'))}
        {day('planned_end', t('phases.plannedEnd'))}
      </div>
      <div className="date-pair">
        {day('actual_start', t('phases.actualStart'))}
        {day('actual_end', t('phases.actualEnd'))}
      </div>
      <fieldset className="field">
        <legend>{t('programme.milestones')}</legend>
        {milestones.length === 0 && <p>{t('phases.noMilestones')}</p>}
        {milestones.map((m, i) => (
          <div className="milestone-row" key={m.id ?? `new-${i}`} role="group" aria-label={t('phases.milestoneNumber', { n: i + 1 })}>
            <TextField label={t('phases.milestoneTitle')} name={`milestones[${i}].title`} value={m.title} onChange={(e) => setMilestone(i, { title: e.target.value })} error={problem(`milestones[${i}].title`)} />
            <TextField label={t('phases.milestoneDue')} name={`milestones[${i}].due_date`} type="date" value={m.due_date ?? ''} onChange={(e) => setMilestone(i, { due_date: e.target.value || null })} error={problem(`milestones[${i}].due_date`)} />
            <label className="checkbox">
              <input type="checkbox" checked={m.done} onChange={(e) => setMilestone(i, { done: e.target.checked })} />
              {t('programme.done')}
            </label>
            <button type="button" className="button-secondary" onClick={() => set('milestones', milestones.filter((_, j) => j !== i))}>
              {t('phases.removeMilestone', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button-secondary" onClick={() => set('milestones', [...milestones, { title: '', due_date: null, done: false } as Milestone])}>
          {t('phases.addMilestone')}
        </button>
      </fieldset>
      <fieldset className="field">
        <legend>{t('phases.statements')}</legend>
        <p className="hint">{t('phases.statementsHint')}</p>
        {checks.length > 0 && (
          <ul>
            {checks.map((c) => (
              <li key={c.id}>
                {lang === 'sv' ? c.label_sv : c.label_en} <span className="muted">({t('phases.checkedFromData')})</span>
              </li>
            ))}
          </ul>
        )}
        {statements.map(({ c, k }, i) => (
          <div className="milestone-row" key={c.id ?? `new-${k}`} role="group" aria-label={t('phases.statementNumber', { n: i + 1 })}>
            <TextField label={t('phases.statementSv')} name={`criteria[${k}].label_sv`} value={c.label_sv ?? ''} onChange={(e) => setStatement(k, { label_sv: e.target.value })} error={problem(`criteria[${k}].label_sv`)} />
            <TextField label={t('phases.statementEn')} name={`criteria[${k}].label_en`} value={c.label_en ?? ''} onChange={(e) => setStatement(k, { label_en: e.target.value })} error={problem(`criteria[${k}].label_en`)} />
            <button type="button" className="button-secondary" onClick={() => removeStatement(k)}>
              {t('phases.removeStatement', { n: i + 1 })}
            </button>
          </div>
        ))}
        {problem('criteria') && (
          <p className="field-error" id="field-criteria" tabIndex={-1}>
            {problem('criteria')}
          </p>
        )}
        <button type="button" className="button-secondary" onClick={() => set('criteria', [...criteria, { check: null, param: null, label_en: '', label_sv: '' }])}>
          {t('phases.addStatement')}
        </button>
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {phase ? t('phases.saveChanges') : t('phases.addPhase')}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

export function PhaseEditor({ programmeId, phases, onChanged }: { programmeId: number; phases: Phase[]; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [moving, setMoving] = useState(false);
  const name = (p: Phase) => (lang === 'sv' ? p.name_sv : p.name_en);
  const done = (message: string) => {
    setEditing(null);
    setError(undefined);
    setSaid(message);
    onChanged();
  };
  const move = (i: number, by: -1 | 1) => {
    const ids = phases.map((p) => p.id);
    [ids[i], ids[i + by]] = [ids[i + by], ids[i]];
    // One move at a time: the next one starts from the order the server answered.
    setMoving(true);
    reorderPhases(programmeId, ids)
      .then(() => done(t('phases.moved', { name: name(phases[i]), position: i + by + 1 })), setError)
      .finally(() => setMoving(false));
  };
  return (
    <section aria-labelledby="phase-editor" className="panel">
      <h2 id="phase-editor">{t('phases.editorTitle')}</h2>
      <button type="button" aria-expanded={open} className="button-secondary" onClick={() => setOpen((o) => !o)}>
        {open ? t('phases.closeEditor') : t('phases.openEditor')}
      </button>
      {said && <Status>{said}</Status>}
      {error !== undefined && <ErrorAlert error={error} />}
      {open && (
        <>
          <ol className="phase-edit-list">
            {phases.map((p, i) => (
              <li key={p.id}>
                <span className="phase-edit-name">
                  {name(p)}
                  {p.gate_status === 'passed' && <span className="muted"> ({t('programme.phaseState.passed')})</span>}
                </span>
                <span className="row-actions">
                  <button type="button" className="button-secondary" disabled={i === 0 || moving} onClick={() => move(i, -1)} aria-label={t('phases.moveUpNamed', { name: name(p) })}>
                    {t('phases.moveUp')}
                  </button>
                  <button type="button" className="button-secondary" disabled={i === phases.length - 1 || moving} onClick={() => move(i, 1)} aria-label={t('phases.moveDownNamed', { name: name(p) })}>
                    {t('phases.moveDown')}
                  </button>
                  <button type="button" className="button-secondary" aria-expanded={editing === p.id} onClick={() => setEditing(editing === p.id ? null : p.id)} aria-label={t('common.editNamed', { name: name(p) })}>
                    {t('common.edit')}
                  </button>
                  <DeleteButton
                    what={name(p)}
                    onDelete={async () => {
                      await deletePhase(p);
                      done(t('phases.deleted', { name: name(p) }));
                    }}
                  />
                </span>
                {editing === p.id && <PhaseForm key={`${p.id}-${p.version}`} programmeId={programmeId} phase={p} onSaved={done} onCancel={() => setEditing(null)} />}
              </li>
            ))}
          </ol>
          {/* One form at a time, so its fields' ids (field-name_en …) are the page's only ones. */}
          {editing === null && <PhaseForm key={`new-${phases.length}`} programmeId={programmeId} phase={null} onSaved={done} />}
        </>
      )}
    </section>
  );
}
