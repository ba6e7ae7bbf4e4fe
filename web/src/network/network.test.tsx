import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap, type Handler } from '../app/fakeApi';
import { fieldError } from '../app/fixtures';
import { workshop } from '../events/fixtures';
import en from '../i18n/en.json';
import sv from '../i18n/sv.json';
import { introductions, network, trends, monthlyTrends } from './fixtures';
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
function serve(role = 'coordinator', view: NetworkView = network(), extra: Handler = () => undefined) {
  requests.length = 0;
  return fakeApi(role, (method, url, init) => {
    const own = extra(method, url, init);
    if (own) return own;
    if (method !== 'GET') return undefined;
    if (url.startsWith('/api/v1/network')) requests.push(url);
    if (url.startsWith('/api/v1/network/trends')) return [200, url.includes('every=month') ? monthlyTrends : trends];
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
  it('labels the graph, draws those with ties, draws the rest when asked and offers a way past it', async () => {
    serve();
    wrap(<NetworkPage />);
    const graph = await screen.findByRole('img', { name: /^Network graph as of 2026-10-20: 5 people and organisations, 3 ties, 3 communities; colour and shape show Community, size shows Degree/ });
    expect((await within(graph).findByTestId('graph-stub')).dataset.nodes).toBe('3');
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Also draw the 2 without any tie' }));
    await waitFor(() => expect(within(graph).getByTestId('graph-stub').dataset.nodes).toBe('5'));
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
    // Someone with no tie is offered a first contact, said so in the reader's language.
    expect(within(intro).getByText('Eva Holm har inga kontakter här än; Åsa Lindqvist arbetar också med Minskat stigma och kan bli en första kontakt.')).toBeTruthy();
    expect(within(intro).getAllByText(/^en första kontakt/).length).toBe(1);
  });

  it('draws the months as a chart described in words, and the table shows events or months', async () => {
    serve();
    wrap(<NetworkPage />);
    const chart = await screen.findByRole('img', { name: 'The network month by month: ties and the largest connected group' });
    await waitFor(() => expect(chart.querySelector('desc')?.textContent).toBe('From 2026-09-01 to 2026-11-24, the ties went from 0 to 3 and the largest connected group from 1 to 4.'));
    expect(chart.querySelectorAll('circle.trend-point').length).toBe(4);
    const table = await screen.findByRole('region', { name: 'Trends' });
    expect(within(table).getByRole('link', { name: 'Kickoff' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('radio', { name: 'On the first day of each month' }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Trends' })).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['2026-09-01', '2026-10-01', '2026-11-01', '2026-11-24']));
    expect(requests.some((u) => u.includes('every=month'))).toBe(true);
  });

  it('says what the network looks like in plain words before the figures', async () => {
    serve();
    wrap(<NetworkPage />, 'sv');
    const plain = (await screen.findByText(/grupp av personer och organisationer/)).closest('ul')!;
    const sentences = within(plain).getAllByRole('listitem').map((li) => li.textContent);
    expect(sentences[0]).toBe('1 grupp av personer och organisationer som mest arbetar tillsammans (3 stycken).');
    expect(sentences[1]).toBe('1 har inga band än; den som delar ett tema med någon får förslag på en första kontakt bland introduktionerna nedan.');
    expect(sentences[2]).toMatch(/^2 förbinder (Finland|FI) med (Sverige|SE)\.$/);
    expect(sentences[3]).toMatch(/^25\s%\sav banden går över en nationsgräns\.$/u);
    expect(screen.getByText('Siffrorna bakom (för den som vill fördjupa sig)').tagName).toBe('SUMMARY');
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

describe('acting on a suggested introduction', () => {
  const row = async () => (await screen.findByRole('region', { name: 'Suggested introductions' })).querySelector('tbody tr') as HTMLElement;

  it('offers the invitation to planners and the note to those who may change the register', async () => {
    for (const [role, invite, note] of [
      ['coordinator', true, true],
      ['admin', true, true],
      ['facilitator', true, false],
      ['observer', false, false],
    ] as const) {
      serve(role);
      const { unmount } = wrap(<NetworkPage />);
      const r = await row();
      expect(within(r).queryByRole('button', { name: 'Invite both (Bo Ek and Dan Ödman)…' }) !== null, role).toBe(invite);
      expect(within(r).queryByRole('button', { name: 'Save as note (Bo Ek and Dan Ödman)…' }) !== null, role).toBe(note);
      expect(screen.queryByRole('columnheader', { name: 'Actions' }) !== null, role).toBe(invite || note);
      unmount();
      vi.restoreAllMocks();
    }
  });

  it('the introduced people link to their pages', async () => {
    serve();
    wrap(<NetworkPage />);
    const r = await row();
    expect(within(r).getByRole('link', { name: 'Bo Ek' }).getAttribute('href')).toBe('/people/2');
    expect(within(r).getByRole('link', { name: 'Dan Ödman' }).getAttribute('href')).toBe('/people/5');
  });

  it('invites both to an event not yet held, names the refusal, and links to the tracker', async () => {
    const held = { ...workshop, id: 2, title: 'Policy dialogue', status: 'held' as const };
    let posts = 0;
    const fetchMock = serve('coordinator', network(), (method, url) => {
      if (method === 'GET' && url.startsWith('/api/v1/events')) return [200, { items: [held, workshop], total: 2, next: null }];
      if (method === 'POST' && url.startsWith('/api/v1/events/3/invitations')) {
        posts += 1;
        if (posts === 1) return [422, { status: 422, title: 'Unprocessable Content', errors: [fieldError('person_ids', 'no_person_with_id', { id: '5' })] }];
        return [201, { items: [{ id: 30, event_id: 3, person_id: 2, person_name: 'Bo Ek', status: 'proposed' }], next: null, total: 1 }];
      }
      return undefined;
    });
    wrap(<NetworkPage />);
    const user = userEvent.setup();
    const open = within(await row()).getByRole('button', { name: 'Invite both (Bo Ek and Dan Ödman)…' });
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Invite Bo Ek and Dan Ödman to an event' });
    const select = (await within(dialog).findByLabelText(/^Event/)) as HTMLSelectElement;
    // Only the event not yet held is offered.
    expect([...select.options].map((o) => o.value)).toEqual(['', '3']);
    expect(select.options[1].textContent).toMatch(/^Workshop: co-produced stigma reduction – 16 Feb 2027, 10:00 \(Designed\)$/);
    await user.click(within(dialog).getByRole('button', { name: 'Propose both' }));
    await within(dialog).findByText('Choose an event.');
    expect(posts).toBe(0);
    await user.selectOptions(select, '3');
    await user.selectOptions(within(dialog).getByLabelText(/^Language of the invitations/), 'sv');
    await user.click(within(dialog).getByRole('button', { name: 'Propose both' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('People: no person has the id 5');
    await user.click(within(dialog).getByRole('button', { name: 'Propose both' }));
    await within(dialog).findByText('Bo Ek proposed for Workshop: co-produced stigma reduction. Dan Ödman already had an invitation to Workshop: co-produced stigma reduction, which was left as it was.');
    const tracker = within(dialog).getByRole('link', { name: 'Open the invitation tracker' });
    expect(tracker.getAttribute('href')).toBe('/events/3/invitations');
    await waitFor(() => expect(document.activeElement).toBe(tracker));
    const post = fetchMock.mock.calls.filter(([url, init]) => init?.method === 'POST' && String(url).startsWith('/api/v1/events/3/invitations'));
    expect(JSON.parse(post[1][1]!.body as string)).toEqual({ person_ids: [2, 5], language: 'sv' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(open));
  });

  it('keeps the suggestion in both people’s contact history, in Swedish too, and says so with links to both', async () => {
    let posts = 0;
    const fetchMock = serve('coordinator', network(), (method, url) => {
      if (method !== 'POST' || !url.startsWith('/api/v1/network/introductions/note')) return undefined;
      posts += 1;
      if (posts === 1) return [422, { status: 422, title: 'Unprocessable Content', errors: [fieldError('text', 'max_characters', { max: '2000' })] }];
      return [200, { note: 'Introduce', contacts: [{ person_id: 2, interaction_id: 40 }, { person_id: 5, interaction_id: 41 }] }];
    });
    wrap(<NetworkPage />, 'sv');
    const user = userEvent.setup();
    await screen.findByRole('region', { name: 'Föreslagna introduktioner' });
    const open = await screen.findByRole('button', { name: 'Spara som anteckning (Bo Ek och Dan Ödman)…' });
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Spara introduktionen i kontakthistoriken' });
    const text = within(dialog).getByLabelText(/^Anteckning/) as HTMLTextAreaElement;
    await waitFor(() => expect(text.value).toMatch(/^Föreslagen introduktion: Bo Ek ↔ Dan Ödman — Båda arbetar med Minskat stigma\. De skulle förena Gemenskap 1 och Gemenskap 3\./));
    await user.clear(text);
    await user.click(within(dialog).getByRole('button', { name: 'Spara anteckningen' }));
    await waitFor(() => expect(text.getAttribute('aria-invalid')).toBe('true'));
    expect(dialog.textContent).toContain('Skriv anteckningen.');
    expect(posts).toBe(0);
    await user.type(text, 'Introduce');
    await user.click(within(dialog).getByRole('button', { name: 'Spara anteckningen' }));
    await waitFor(() => expect(document.getElementById(text.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toContain('får vara högst 2000 tecken'));
    await user.click(within(dialog).getByRole('button', { name: 'Spara anteckningen' }));
    await screen.findByText((_, el) => el?.getAttribute('role') === 'status' && el.textContent === 'Introduktionen finns i kontakthistoriken för Bo Ek och Dan Ödman.');
    const said = screen.getAllByRole('status').find((el) => el.textContent?.startsWith('Introduktionen'))!;
    expect(within(said).getByRole('link', { name: 'Bo Ek' }).getAttribute('href')).toBe('/people/2');
    expect(within(said).getByRole('link', { name: 'Dan Ödman' }).getAttribute('href')).toBe('/people/5');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(open));
    const post = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(JSON.parse(post[1][1]!.body as string)).toEqual({ person_ids: [2, 5], text: 'Introduce' });
  });
});

describe('colours and sizes', () => {
  it('gives the legend one entry per category present, in the colour the nodes are drawn in', () => {
    const { nodes, edges } = network();
    const bySector = legendCategories(nodes, 'sector');
    // In the vocabulary's order, as in the filters, not in the order met.
    expect(bySector.map((c) => c.key)).toEqual(['agency', 'region', 'academia']);
    const elements = graphElements(nodes, edges, 'sector', 'degree', bySector, { showIsolates: true, labelled: 12 });
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
    const everyone = { showIsolates: true, labelled: 12 };
    const byDegree = graphElements(nodes, edges, 'community', 'degree', legend, everyone);
    expect(sizeOf(byDegree, 'p:3')).toBe(46);
    expect(sizeOf(byDegree, 'p:5')).toBe(14);
    const byWeighted = graphElements(nodes, edges, 'community', 'weighted_degree', legend, everyone);
    expect(sizeOf(byWeighted, 'p:1')).toBe(46);
    expect(byDegree.filter((e) => e.group === 'edges').map((e) => e.classes)).toEqual(['reported', 'co-participation', 'reported']);
  });

  it('leaves out those without ties by default and names only the most central', () => {
    const { nodes, edges } = network();
    const legend = legendCategories(nodes, 'community');
    const drawn = graphElements(nodes, edges, 'community', 'degree', legend, { showIsolates: false, labelled: 2 }).filter((e) => e.group === 'nodes');
    expect(drawn.map((e) => e.data.id)).toEqual(['p:1', 'p:2', 'p:3']);
    // Eigenvector 0.9 and 0.7: Åsa and Cilla carry their names; Bo's shows on hover.
    expect(drawn.map((e) => e.data.label)).toEqual(['Åsa Lindqvist', '', 'Cilla Berg']);
    expect(drawn.map((e) => e.data.name)).toEqual(['Åsa Lindqvist', 'Bo Ek', 'Cilla Berg']);
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
