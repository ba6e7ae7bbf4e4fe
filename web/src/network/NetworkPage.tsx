// The stakeholder network (issue 7): who is tied to whom, by reported ties and by attending
// the same events, as of a date. The graph is for seeing the shape at a glance; everything it
// shows is also in the tables after it, which are the page for keyboard and screen readers.
import { lazy, Suspense, useMemo, useState } from 'react';
import { AsyncContent } from '../app/results';
import { navigate } from '../app/router';
import { Loading, PageTitle, RadioGroup, Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { useFilterForm, useListQuery } from '../app/listing';
import { useVocabulary } from '../app/vocabulary';
import { CommunityLists } from './CommunityLists';
import { apiQuery, colourBy, normalise, pageKeys, sizeBy } from './filters';
import { defaultGraphOptions, graphElements } from './graphElements';
import { IntroductionsTable } from './IntroductionsTable';
import { getIntroductions, getNetwork, getTrends } from './networkApi';
import { NetworkExportLinks } from './NetworkExportLinks';
import { NetworkFilters } from './NetworkFilters';
import { NetworkLegend } from './NetworkLegend';
import { NetworkSummary } from './NetworkSummary';
import { legendCategories } from './palette';
import { RankingTable } from './RankingTable';
import { TrendsChart } from './TrendsChart';
import { TrendsTable } from './TrendsTable';
import type { NetworkView } from './types';

const NetworkGraph = lazy(() => import('./NetworkGraph'));

function GraphSection({ network, by, size, vocabulary }: { network: NetworkView; by: ReturnType<typeof colourBy>; size: ReturnType<typeof sizeBy>; vocabulary: ReturnType<typeof useVocabulary>['data'] }) {
  const { t, number } = useI18n();
  const [showIsolates, setShowIsolates] = useState(false);
  // The legend names only what is drawn.
  const categories = useMemo(() => legendCategories(showIsolates ? network.nodes : network.nodes.filter((n) => n.degree > 0), by), [network, by, showIsolates]);
  const elements = useMemo(
    () => graphElements(network.nodes, network.edges, by, size, categories, { ...defaultGraphOptions, showIsolates }),
    [network, by, size, categories, showIsolates],
  );
  // Counted from the nodes, as drawn: those without a tie in this view.
  const isolates = network.nodes.filter((n) => n.degree === 0).length;
  const summary = t('network.graphLabel', {
    date: network.as_of,
    nodes: number(network.summary.nodes),
    edges: number(network.summary.edges),
    communities: number(network.summary.communities),
    colour: t(`network.colour.${by}` as MessageKey),
    size: t(`network.metric.${size}` as MessageKey),
  });
  return (
    <section aria-labelledby="network-graph">
      <h2 id="network-graph">{t('network.graphTitle')}</h2>
      <p className="hint">{t('network.graphIntro')}</p>
      <p className="hint">{t('network.graphNames', { count: number(defaultGraphOptions.labelled) })}</p>
      {isolates > 0 && (
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={showIsolates} onChange={(e) => setShowIsolates(e.target.checked)} />
            {t('network.showIsolates', { count: number(isolates) })}
          </label>
        </div>
      )}
      <p>
        <a href="#network-summary">{t('network.skipGraph')}</a>
      </p>
      <div className="grid-layout">
        <div className="network-frame" role="img" aria-label={summary}>
          <Suspense fallback={<Loading />}>
            <NetworkGraph elements={elements} onOpen={(path) => navigate(path)} />
          </Suspense>
        </div>
        <NetworkLegend by={by} size={size} categories={categories} vocabulary={vocabulary} />
      </div>
    </section>
  );
}

export function NetworkPage() {
  const { t, lang, number } = useI18n();
  const list = useListQuery('/network', pageKeys);
  const form = useFilterForm(list.values, pageKeys);
  const vocabulary = useVocabulary(lang);
  const query = apiQuery(list.values);
  const key = JSON.stringify(query);
  const network = useAsync(() => getNetwork(query), [key]);
  const trends = useAsync(() => getTrends(query), [JSON.stringify({ ...query, as_of: '' })]);
  const monthly = useAsync(() => getTrends(query, 'month'), [JSON.stringify({ ...query, as_of: '' })]);
  const [every, setEvery] = useState<'event' | 'month'>('event');
  const introductions = useAsync(() => getIntroductions(query), [key]);
  const by = colourBy(list.values.colour);
  const size = sizeBy(list.values.size);
  const dates = (trends.data?.points ?? []).map((p) => p.as_of);
  const clear = () => {
    form.setForm({});
    list.apply({});
  };

  return (
    <>
      <PageTitle title={t('network.title')}>{t('network.title')}</PageTitle>
      <p>{t('network.intro')}</p>
      <NetworkFilters form={form} vocabulary={vocabulary.data} dates={dates} onApply={() => list.apply(normalise(form.form))} onClear={clear} />
      <AsyncContent state={network}>
        {(data) => (
          <>
            <Status>{t('network.count', { nodes: number(data.summary.nodes), edges: number(data.summary.edges), date: data.as_of })}</Status>
            <GraphSection network={data} by={by} size={size} vocabulary={vocabulary.data} />
            <h2 id="network-summary" tabIndex={-1}>
              {t('network.summaryTitle')}
            </h2>
            <NetworkSummary summary={data.summary} vocabulary={vocabulary.data} />
            <h2 id="network-ranking">{t('network.rankingTitle')}</h2>
            <p className="hint">{t('network.rankingIntro')}</p>
            <RankingTable nodes={data.nodes} vocabulary={vocabulary.data} estimated={data.summary.betweenness_estimated} />
            <CommunityLists network={data} />
          </>
        )}
      </AsyncContent>
      <h2 id="network-trends">{t('network.trendsTitle')}</h2>
      <p className="hint">{t('network.trendsIntro')}</p>
      <AsyncContent state={monthly}>{(data) => <TrendsChart points={data.points} />}</AsyncContent>
      <RadioGroup
        legend={t('network.trendsEvery')}
        name="trends_every"
        options={[
          { value: 'event', label: t('network.trendsByEvent') },
          { value: 'month', label: t('network.trendsByMonth') },
        ]}
        value={every}
        onChange={(v) => setEvery(v === 'month' ? 'month' : 'event')}
      />
      <AsyncContent state={every === 'month' ? monthly : trends}>{(data) => <TrendsTable points={data.points} />}</AsyncContent>
      <h2 id="network-introductions">{t('network.introductionsTitle')}</h2>
      <p className="hint">{t('network.introductionsIntro')}</p>
      <AsyncContent state={introductions}>
        {(data) => (data.items.length === 0 ? <p>{t('network.noIntroductions')}</p> : <IntroductionsTable items={data.items} vocabulary={vocabulary.data} />)}
      </AsyncContent>
      <NetworkExportLinks filters={query} />
    </>
  );
}
