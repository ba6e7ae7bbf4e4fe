// The sustainability dashboard (/dashboard): a programme quarter by quarter — who took part,
// events held and participation by country group and perspective, how the actions are going,
// active groups, how far organisations have committed, and the network — each as a chart and
// as a table with the same figures, and the whole as CSV or XLSX. Observers read it too; the
// server leaves out what they may not see (lived experience).
import { useState, type ReactNode } from 'react';
import { ErrorAlert, Loading, PageTitle, SelectField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { ProgrammeChooser, useChosenProgramme } from '../app/ProgrammeScope';
import { dashboardExportUrl, getDashboard, type DashboardQuery } from './dashboardApi';
import './dashboard.css';
import { FiguresTable, type FigureRow } from './FiguresTable';
import { QuarterBars, type Series } from './QuarterBars';
import { quarterChoices, quarterName, quarterOf, shiftQuarter } from './quarters';
import type { Dashboard, QuarterFigures } from './types';

const levels = ['informed', 'consulted', 'endorsed', 'committed', 'formally_decided'] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="panel dashboard-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Figures({ board }: { board: Dashboard }) {
  const { t, lang, number, label } = useI18n();
  const quarters = board.quarters.map((q) => quarterName(q.quarter, lang));
  const percent = (v: number | null) => (v === null ? '–' : `${number(Math.round(v * 100))} %`);
  const count = (v: number) => number(v);
  const row = (key: MessageKey, pick: (q: QuarterFigures) => string): FigureRow => ({ label: t(key), values: board.quarters.map(pick) });
  const series = (key: MessageKey, pick: (q: QuarterFigures) => number | null): Series => ({ label: t(key), values: board.quarters.map(pick) });
  // "Active people: 3 in Q1 2026, 12 in Q4 2026."
  const sentence = (all: Series[], show: (v: number) => string) =>
    all
      .map((s) => {
        const first = s.values[0];
        const last = s.values[s.values.length - 1];
        const said = (v: number | null) => (v === null ? t('dashboard.nothing') : show(v));
        return t('dashboard.seriesSentence', { series: s.label, first: said(first), from: quarters[0], last: said(last), to: quarters[quarters.length - 1] });
      })
      .join(' ');
  const share = (v: number) => `${number(Math.round(v * 100))} %`;

  const taking = [series('dashboard.activePeople', (q) => q.active_people), series('dashboard.activeOrganisations', (q) => q.active_organisations), series('dashboard.attendances', (q) => q.attendances)];
  const actions = [series('dashboard.completionShare', (q) => q.actions.completion_share), series('dashboard.overdueShare', (q) => q.actions.overdue_share)];
  const anchoring = levels.map((l) => ({ label: t(`anchoring.levels.${l}` as MessageKey), values: board.quarters.map((q) => q.anchoring[l]) }));
  const network = [series('dashboard.density', (q) => q.network.density), series('dashboard.crossCountry', (q) => q.network.cross_country_share)];
  const groups = board.quarters[0]?.participation_by_country_group ?? [];
  const perspectives = [...new Set(board.quarters.flatMap((q) => q.participation_by_perspective.map((p) => p.perspective)))];

  return (
    <>
      <Section id="taking-part" title={t('dashboard.takingPart')}>
        <QuarterBars title={t('dashboard.takingPart')} description={sentence(taking, count)} quarters={quarters} series={taking} format={count} />
        <FiguresTable
          caption={t('dashboard.takingPartTable')}
          quarters={quarters}
          rows={[
            ...taking.map((s) => ({ label: s.label, values: s.values.map((v) => count(v ?? 0)) })),
            row('dashboard.eventsHeld', (q) => count(q.events_held)),
            row('dashboard.activeGroups', (q) => count(q.active_groups)),
          ]}
        />
      </Section>
      <Section id="participation" title={t('dashboard.participation')}>
        <p>{t('dashboard.participationIntro')}</p>
        <FiguresTable
          caption={t('dashboard.byCountryGroup')}
          quarters={quarters}
          rows={groups.map((g) => ({
            label: g.name,
            values: board.quarters.map((q) => count(q.participation_by_country_group.find((c) => c.country_group === g.country_group)?.attendances ?? 0)),
          }))}
        />
        <FiguresTable
          caption={t('dashboard.byPerspective')}
          quarters={quarters}
          rows={perspectives.map((p) => ({
            label: label('perspective', p),
            values: board.quarters.map((q) => count(q.participation_by_perspective.find((c) => c.perspective === p)?.attendances ?? 0)),
          }))}
        />
      </Section>
      <Section id="actions" title={t('dashboard.actions')}>
        <QuarterBars title={t('dashboard.actions')} description={sentence(actions, share)} quarters={quarters} series={actions} format={share} />
        <FiguresTable
          caption={t('dashboard.actionsTable')}
          quarters={quarters}
          rows={[
            row('dashboard.actionsTotal', (q) => count(q.actions.total)),
            row('dashboard.actionsDone', (q) => count(q.actions.done)),
            row('dashboard.actionsOpen', (q) => count(q.actions.open)),
            row('dashboard.actionsOverdue', (q) => count(q.actions.overdue)),
            row('dashboard.completionShare', (q) => percent(q.actions.completion_share)),
            row('dashboard.overdueShare', (q) => percent(q.actions.overdue_share)),
          ]}
        />
      </Section>
      <Section id="commitment" title={t('dashboard.commitment')}>
        <QuarterBars title={t('dashboard.commitment')} description={sentence(anchoring, count)} quarters={quarters} series={anchoring} format={count} />
        <FiguresTable caption={t('dashboard.commitmentTable')} quarters={quarters} rows={anchoring.map((s) => ({ label: s.label, values: s.values.map((v) => count(v ?? 0)) }))} />
      </Section>
      <Section id="network" title={t('dashboard.network')}>
        <QuarterBars title={t('dashboard.network')} description={sentence(network, share)} quarters={quarters} series={network} format={share} />
        <FiguresTable
          caption={t('dashboard.networkTable')}
          quarters={quarters}
          rows={[
            row('dashboard.stakeholders', (q) => count(q.network.stakeholders)),
            row('dashboard.ties', (q) => count(q.network.ties)),
            row('dashboard.density', (q) => percent(q.network.density)),
            row('dashboard.crossCountry', (q) => percent(q.network.cross_country_share)),
          ]}
        />
      </Section>
    </>
  );
}

export function DashboardPage() {
  const { t, lang } = useI18n();
  const { programmes, programme, choose } = useChosenProgramme();
  const today = quarterOf(new Date());
  const [to, setTo] = useState(today);
  const [from, setFrom] = useState(shiftQuarter(today, -3));
  const query: DashboardQuery | undefined = programme ? { programme_id: programme.id, from, to } : undefined;
  const board = useAsync(() => (query ? getDashboard(query) : Promise.resolve(undefined)), [programme?.id, from, to]);
  const title = t('dashboard.title');
  const choices = quarterChoices(today).map((q) => ({ value: q, label: quarterName(q, lang) }));
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      {programmes.error !== undefined && <ErrorAlert error={programmes.error} />}
      {!programmes.data || !programme || !query ? (
        programmes.error === undefined && <Loading />
      ) : (
        <>
          <ProgrammeChooser programmes={programmes.data.items} programme={programme} choose={choose} />
          <p>{t('dashboard.intro')}</p>
          <div className="dashboard-range">
            <SelectField label={t('dashboard.from')} value={from} onChange={(e) => setFrom(e.target.value)} options={choices} />
            <SelectField label={t('dashboard.to')} value={to} onChange={(e) => setTo(e.target.value)} options={choices} />
            <p className="dashboard-files">
              <a className="button-link" href={dashboardExportUrl(query, 'csv')} download>
                {t('dashboard.csv')}
              </a>{' '}
              <a className="button-link" href={dashboardExportUrl(query, 'xlsx')} download>
                {t('dashboard.xlsx')}
              </a>
            </p>
          </div>
          {board.error !== undefined && <ErrorAlert error={board.error} />}
          {board.data ? <Figures board={board.data} /> : board.error === undefined && <Loading />}
        </>
      )}
    </>
  );
}
