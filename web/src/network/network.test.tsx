import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap } from '../analysis/fakeApi';
import en from '../i18n/en.json';
import sv from '../i18n/sv.json';
import { introductions, network, trends } from './fixtures';
import { graphElements } from './graphElements';
import { legendCategories } from './palette';
import { NetworkPage } from './NetworkPage';
import type { NetworkView } from './types';

// The canvas is cytoscape's; jsdom has no canvas, so the graph is a stand-in that shows what
// it was given. Everything else on the page is the real thing.
vi.mock('./NetworkGraph', () => ({
  default: ({ elements }: { elements: Array<{ group: string; data: Record<string, unknown> }> }) => (
    <div data-testid="graph-stub" data-nodes={elements.filter((e) => e.group === 'nodes').length} />
  ),
}));

const requests: string[] = [];
function serve(role = 'coordinator', view: NetworkView = network()) {
  requests.length = 0;
  return fakeApi(role, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url.startsWith('/api/v1/network')) requests.push(url);
    if (url.startsWith('/api/v1/network/trends')) return [200, trends];
    if (url.startsWith('/api/v1/network/introductions')) return [200, introductions];
    if (url.startsWith('/api/v1/network')) return [200, view];
    return undefined;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('the network page', () => {
  it('labels the graph, draws every node and offers a way past it', async () => {
    serve();
    wrap(<NetworkPage />);
    const graph = await screen.findByRole('img', { name: /^Network graph as of 2026-10-20: 5 people and organisations, 3 ties, 3 communities; colour and shape show Community, size shows Degree/ });
    expect((await within(graph).findByTestId('graph-stub')).dataset.nodes).toBe('5');
    const skip = screen.getByRole('link', { name: 'Skip the graph and go to the tables' });
    expect(skip.getAttribute('href')).toBe('#network-summary');
    expect(document.getElementById('network-summary')?.tagName).toBe('H2');
  });

  it('sorts the ranking by degree, then by name, and says so with aria-sort', async () => {
    serve();
    wrap(<NetworkPage />);
    const table = await screen.findByRole('region', { name: 'Ranking of people and organisations' });
    const names = () => within(table).getAllByRole('rowheader').map((th) => within(th).getByRole('link').textContent);
    const degree = within(table).getByRole('columnheader', { name: /^Degree/ });
    expect(degree.getAttribute('aria-sort')).toBe('descending');
    expect(names().slice(0, 3)).toEqual(['Cilla Berg', 'Åsa Lindqvist', 'Bo Ek']);
    const user = userEvent.setup();
    await user.click(within(degree).getByRole('button'));
    expect(degree.getAttribute('aria-sort')).toBe('ascending');
    expect(names()[4]).toBe('Cilla Berg');
    const name = within(table).getByRole('columnheader', { name: /^Name/ });
    await user.click(within(name).getByRole('button'));
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    expect(degree.getAttribute('aria-sort')).toBeNull();
    // English order (Å with A); the Swedish page puts Å after Z, by the same collator.
    expect(names()).toEqual(['Åsa Lindqvist', 'Bo Ek', 'Cilla Berg', 'Dan Ödman', 'Region Norr']);
    expect(within(table).getByRole('link', { name: 'Region Norr' }).getAttribute('href')).toBe('/organisations/4');
  });

  it('shows the summary, and says "estimated" only when betweenness was sampled', async () => {
    serve();
    const { unmount } = wrap(<NetworkPage />);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByRole('row', { name: /Ties across countries/ }).textContent).toContain('25%');
    expect(within(summary).getByRole('row', { name: /Ties across sectors/ }).textContent).toContain('not applicable');
    expect(screen.queryByText(/estimated/)).toBeNull();
    unmount();
    serve('coordinator', network({ betweenness_estimated: true }));
    wrap(<NetworkPage />);
    await screen.findByText(/Betweenness is estimated from a sample/);
    expect(screen.getByRole('columnheader', { name: /Betweenness \(estimated\)/ })).toBeTruthy();
  });

  it('lists communities, brokers, isolates, trends and introductions with localised reasons', async () => {
    serve();
    wrap(<NetworkPage />, 'sv');
    const community = await screen.findByRole('region', { name: 'Gemenskap 1: 3 medlemmar' });
    expect(within(community).getAllByRole('link').map((a) => a.textContent)).toEqual(['Bo Ek', 'Cilla Berg', 'Åsa Lindqvist']);
    expect(screen.queryByRole('region', { name: /Gemenskap 2/ })).toBeNull();
    const isolates = screen.getByRole('heading', { name: 'Ännu utan band' }).nextElementSibling?.nextElementSibling;
    expect(isolates?.textContent).toBe('Dan Ödman');
    const trendsTable = await screen.findByRole('region', { name: 'Utveckling' });
    expect(within(trendsTable).getByRole('link', { name: 'Kickoff' }).getAttribute('href')).toBe('/events/1');
    const intro = await screen.findByRole('region', { name: 'Föreslagna introduktioner' });
    await waitFor(() => expect(within(intro).getByText(/^Båda arbetar med Minskat stigma\. De skulle förena Gemenskap 1 och Gemenskap 3\. De skulle knyta samman/)).toBeTruthy());
  });

  it('writes the filters to the URL on Apply and asks the server for them', async () => {
    serve();
    wrap(<NetworkPage />);
    await screen.findByRole('region', { name: 'Summary' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^As of/), '2026-09-01');
    await user.click(screen.getByRole('checkbox', { name: 'Reported ties' }));
    await user.click(screen.getByRole('checkbox', { name: 'Conflict' }));
    await user.selectOptions(screen.getByLabelText('Colour and shape by'), 'country');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    const search = new URLSearchParams(window.location.search);
    expect(window.location.pathname).toBe('/network');
    expect(search.get('as_of')).toBe('2026-09-01');
    expect(search.get('include')).toBe('co_participation');
    expect(search.get('types')).toBe('collaboration,information_exchange,funding,formal_authority,advice,conflict');
    expect(search.get('colour')).toBe('country');
    await waitFor(() => expect(requests.some((u) => u.startsWith('/api/v1/network?') && u.includes('include=co_participation') && u.includes('as_of=2026-09-01'))).toBe(true));
    // Drawing choices stay in the page: the server never hears of "colour".
    expect(requests.some((u) => u.includes('colour='))).toBe(false);
    await screen.findByRole('heading', { name: 'Country (colour and shape)' });
  });

  it('offers the downloads only to roles that may export', async () => {
    serve('coordinator');
    const { unmount } = wrap(<NetworkPage />);
    const link = await screen.findByRole('link', { name: 'GraphML' });
    expect(link.getAttribute('href')).toBe('/api/v1/network/export?format=graphml');
    unmount();
    serve('facilitator');
    wrap(<NetworkPage />);
    await screen.findByRole('region', { name: 'Summary' });
    expect(screen.queryByRole('link', { name: 'GraphML' })).toBeNull();
  });
});

describe('colours and sizes', () => {
  it('gives the legend one entry per category present, in the colour the nodes are drawn in', () => {
    const { nodes, edges } = network();
    const bySector = legendCategories(nodes, 'sector');
    // In the vocabulary's order, as in the filters, not in the order met.
    expect(bySector.map((c) => c.key)).toEqual(['agency', 'region', 'academia']);
    const elements = graphElements(nodes, edges, 'sector', 'degree', bySector);
    const colourOf = (id: string) => elements.find((e) => e.data.id === id)?.data.colour;
    expect(colourOf('p:2')).toBe(bySector[2].colour);
    expect(colourOf('o:4')).toBe(bySector[1].colour);
    expect(new Set(bySector.map((c) => c.colour)).size).toBe(3);
    const byPerspective = legendCategories(nodes, 'perspective');
    expect(byPerspective.map((c) => c.key)).toEqual(['researcher', 'unspecified']);
  });

  it('sizes by the chosen metric and draws reported ties solid, co-participation dashed', () => {
    const { nodes, edges } = network();
    const legend = legendCategories(nodes, 'community');
    const sizeOf = (els: ReturnType<typeof graphElements>, id: string) => els.find((e) => e.data.id === id)?.data.size;
    const byDegree = graphElements(nodes, edges, 'community', 'degree', legend);
    expect(sizeOf(byDegree, 'p:3')).toBe(46);
    expect(sizeOf(byDegree, 'p:5')).toBe(14);
    const byWeighted = graphElements(nodes, edges, 'community', 'weighted_degree', legend);
    expect(sizeOf(byWeighted, 'p:1')).toBe(46);
    expect(byDegree.filter((e) => e.group === 'edges').map((e) => e.classes)).toEqual(['reported', 'co-participation', 'reported']);
  });

  it('has every dynamically built message in both languages', () => {
    const keys = [
      ...['community', 'country', 'sector', 'perspective'].flatMap((b) => [`network.colour.${b}`, `network.legend.${b}`, `network.other.${b}`, `network.unknown.${b}`]),
      ...['degree', 'weighted_degree', 'betweenness', 'eigenvector'].map((m) => `network.metric.${m}`),
      ...['collaboration', 'information_exchange', 'funding', 'formal_authority', 'advice', 'conflict'].map((t) => `network.type.${t}`),
      'network.include.reported',
      'network.include.co_participation',
    ];
    for (const key of keys) {
      expect(en, key).toHaveProperty([key]);
      expect(sv, key).toHaveProperty([key]);
    }
  });
});
