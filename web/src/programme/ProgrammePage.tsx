// A programme's home (/programme, /programmes/:id): what it is for, the phase it is in and that
// phase's gate (why it has not passed yet, and for coordinators the sign-offs and the step
// through it), every phase as a timeline and the same as a table, its goals, workstreams and
// member organisations. The switcher changes programme and remembers the choice in this
// browser. A programme without phases offers the templates.
import { useEffect, useState } from 'react';
import { DataTable } from '../app/results';
import { navigate } from '../app/router';
import { useSession } from '../app/session';
import { ErrorAlert, Loading, PageTitle, SelectField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useActionFormat } from '../actions/format';
import { useI18n } from '../i18n/i18n';
import { AgreementsPanel } from './AgreementsPanel';
import { AnchoringPanel } from './AnchoringPanel';
import { CoverageGapsPanel } from './CoverageGapsPanel';
import { chosenProgramme, rememberProgramme } from '../app/chosenProgramme';
import { GatePanel } from './GatePanel';
import { PhaseEditor } from './PhaseEditor';
import { RecentChanges } from './RecentChanges';
import { ThisWeek } from './ThisWeek';
import { getPhases, getProgrammes, getTemplates, phasesFromTemplate } from './programmeApi';
import type { Phase, Programme } from './types';

function TemplateChooser({ programme, onChosen }: { programme: Programme; onChosen: () => void }) {
  const { t, lang } = useI18n();
  const templates = useAsync(getTemplates, []);
  const [key, setKey] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  if (!templates.data) return templates.error !== undefined ? <ErrorAlert error={templates.error} /> : <Loading />;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        phasesFromTemplate(programme.id, key).then(onChosen).catch(setError);
      }}
    >
      <SelectField
        label={t('programme.template')}
        value={key}
        onChange={(e) => setKey(e.target.value)}
        required
        emptyLabel={t('programme.chooseTemplate')}
        options={templates.data.items.map((tpl) => ({ value: tpl.key, label: lang === 'sv' ? tpl.name_sv : tpl.name_en }))}
      />
      {error !== undefined && <ErrorAlert error={error} />}
      <button type="submit">{t('programme.useTemplate')}</button>
    </form>
  );
}

function Timeline({ phases, current }: { phases: Phase[]; current?: Phase }) {
  const { t, lang } = useI18n();
  const f = useActionFormat();
  return (
    <>
      <ol className="phase-timeline" aria-label={t('programme.timeline')}>
        {phases.map((p) => {
          const state = p.gate_status === 'passed' ? 'passed' : p.id === current?.id ? 'current' : 'coming';
          return (
            <li key={p.id} className={`phase phase-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="phase-name">{lang === 'sv' ? p.name_sv : p.name_en}</span>
              <span className="phase-dates">{p.planned_start ? `${f.day(p.planned_start)} – ${p.planned_end ? f.day(p.planned_end) : '…'}` : t('programme.noDates')}</span>
              <span className="phase-state">{t(`programme.phaseState.${state}`)}</span>
            </li>
          );
        })}
      </ol>
      <DataTable
        label={t('programme.phasesTable')}
        headers={[t('programme.phase'), t('programme.planned'), t('programme.actual'), t('programme.gate'), t('programme.criteriaHeld')]}
      >
        {phases.map((p) => (
          <tr key={p.id}>
            <td>{lang === 'sv' ? p.name_sv : p.name_en}</td>
            <td className="nowrap">{p.planned_start ? `${f.day(p.planned_start)} – ${p.planned_end ? f.day(p.planned_end) : '…'}` : '–'}</td>
            <td className="nowrap">{p.actual_start ? `${f.day(p.actual_start)} – ${p.actual_end ? f.day(p.actual_end) : '…'}` : '–'}</td>
            <td>{p.gate_status === 'passed' ? t('programme.gateStatus.passed') : t('programme.gateStatus.open')}</td>
            <td>
              {t('programme.heldOf', {
                held: p.criteria.filter((c) => c.met || c.signed_off_at).length,
                all: p.criteria.length,
              })}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

export function ProgrammePage({ id }: { id?: number }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const canManage = session.can('manage_programme');
  const f = useActionFormat();
  const programmes = useAsync(getProgrammes, []);
  const programme = programmes.data ? chosenProgramme(programmes.data.items, id) : undefined;
  const [reload, setReload] = useState(0);
  const phases = useAsync(() => (programme ? getPhases(programme.id) : Promise.resolve(undefined)), [programme?.id, reload]);
  const [changed, setChanged] = useState<Record<number, Phase>>({});
  useEffect(() => {
    if (programme) rememberProgramme(programme.id);
    setChanged({});
  }, [programme?.id]);

  // The heading is there from the start, so focus can move to it as the page opens.
  if (!programmes.data)
    return (
      <>
        <PageTitle title={t('programme.title')}>{t('programme.title')}</PageTitle>
        {programmes.error !== undefined ? <ErrorAlert error={programmes.error} /> : <Loading />}
      </>
    );
  if (!programme) return <PageTitle title={t('programme.title')}>{t('programme.none')}</PageTitle>;
  const list = (phases.data?.items ?? []).map((p) => changed[p.id] ?? p);
  const current = list.find((p) => p.gate_status !== 'passed');
  const memberCount = programme.members.filter((m) => m.status === 'member').length;
  const invitedCount = programme.members.filter((m) => m.status === 'invited').length;
  return (
    <>
      <PageTitle title={programme.name}>{programme.name}</PageTitle>
      {programmes.data.items.length > 1 && (
        <SelectField
          label={t('programme.switch')}
          value={String(programme.id)}
          onChange={(e) => navigate(`/programmes/${e.target.value}`)}
          options={programmes.data.items.map((p) => ({ value: String(p.id), label: p.name }))}
        />
      )}
      {programme.purpose && <p className="lead">{programme.purpose}</p>}
      {programme.owner_name && <p>{t('programme.owner', { name: programme.owner_name })}</p>}

      <section aria-labelledby="where-we-are" className="panel">
        <h2 id="where-we-are">{t('programme.whereWeAre')}</h2>
        {!phases.data ? (
          phases.error !== undefined ? <ErrorAlert error={phases.error} /> : <Loading />
        ) : list.length === 0 ? (
          <>
            <p>{t('programme.noPhases')}</p>
            {canManage && <TemplateChooser programme={programme} onChosen={() => setReload((n) => n + 1)} />}
          </>
        ) : current ? (
          <>
            <h3 className="current-phase">{t('programme.currentPhase', { name: lang === 'sv' ? current.name_sv : current.name_en })}</h3>
            {current.planned_end && <p>{t('programme.plannedEnd', { day: f.day(current.planned_end) })}</p>}
            {current.milestones.length > 0 && (
              <ul aria-label={t('programme.milestones')}>
                {current.milestones.map((m) => (
                  <li key={m.id}>
                    {m.title}
                    {m.due_date && ` (${f.day(m.due_date)})`}
                    {m.done && ` – ${t('programme.done')}`}
                  </li>
                ))}
              </ul>
            )}
            <GatePanel phase={current} canManage={canManage} onChanged={(p) => setChanged((all) => ({ ...all, [p.id]: p }))} />
          </>
        ) : (
          <p>{t('programme.allPassed')}</p>
        )}
      </section>

      {phases.data && <ThisWeek programme={programme} phases={list} />}
      <CoverageGapsPanel programme={programme} />
      <RecentChanges key={`changes-${programme.id}`} programme={programme} />

      {list.length > 0 && (
        <section aria-labelledby="phases" className="panel">
          <h2 id="phases">{t('programme.phases')}</h2>
          <Timeline phases={list} current={current} />
        </section>
      )}
      {canManage && list.length > 0 && (
        <PhaseEditor
          key={`phase-editor-${programme.id}`}
          programmeId={programme.id}
          phases={list}
          onChanged={() => {
            setChanged({});
            setReload((n) => n + 1);
          }}
        />
      )}

      <section aria-labelledby="goals" className="panel">
        <h2 id="goals">{t('programme.goals')}</h2>
        {programme.goals.length === 0 ? (
          <p>{t('programme.noGoals')}</p>
        ) : (
          <DataTable label={t('programme.goals')} headers={[t('programme.goal'), t('programme.indicator'), t('programme.target')]}>
            {programme.goals.map((g) => (
              <tr key={g.id}>
                <td>{g.text}</td>
                <td>{g.indicator || '–'}</td>
                <td>{g.target || '–'}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <h3>{t('programme.workstreams')}</h3>
        {programme.workstreams.length === 0 ? (
          <p>{t('programme.noWorkstreams')}</p>
        ) : (
          <ul>
            {programme.workstreams.map((w) => (
              <li key={w.id}>
                <strong>{w.name}</strong>
                {w.description && ` – ${w.description}`}
              </li>
            ))}
          </ul>
        )}
        <h3>{t('programme.members')}</h3>
        <p>{t('programme.memberCounts', { members: memberCount, invited: invitedCount })}</p>
        {programme.members.length > 0 && (
          <ul className="member-list">
            {programme.members.map((m) => (
              <li key={m.organisation_id}>
                {m.name} <span className="badge">{t(`programme.membership.${m.status ?? 'member'}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {/* Keyed by programme: a switch starts their forms afresh instead of carrying them over. */}
      <AnchoringPanel key={`anchoring-${programme.id}`} programme={programme} />
      <AgreementsPanel key={`agreements-${programme.id}`} programme={programme} />
    </>
  );
}
