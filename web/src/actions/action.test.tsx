import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { wrap } from '../app/fakeApi';
import { fieldError } from '../app/fixtures';
import { ActionFormPage } from './ActionFormPage';
import { ActionPage } from './ActionPage';
import { action, actionsApi, bodyOf, calls, header, measuredAction, overdueAction } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('the action page', () => {
  it('shows every field, dependencies as links, the timeline and the indicator as a chart and a table', async () => {
    actionsApi('observer', [measuredAction, overdueAction]);
    wrap(<ActionPage id={5} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Measure waiting times' })).toBeTruthy();
    expect((await screen.findByRole('link', { name: overdueAction.title })).getAttribute('href')).toBe('/actions/2');
    expect((await screen.findByRole('link', { name: 'Access to services' })).getAttribute('href')).toBe('/action-plans/3');
    expect(screen.getByRole('link', { name: 'Folkhälsomyndigheten' }).getAttribute('href')).toBe('/organisations/4');

    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const entries = await within(timeline).findAllByRole('listitem');
    expect(within(timeline).getByText('Created as Proposed')).toBeTruthy();
    expect(within(timeline).getByText('Status changed from Agreed to In progress')).toBeTruthy();
    expect(within(timeline).getByText('Progress changed from 0% to 15%')).toBeTruthy();
    expect(within(timeline).getByText('Agreed at the kickoff.')).toBeTruthy();
    expect(entries.filter((li) => li.parentElement!.classList.contains('timeline'))).toHaveLength(3);
    expect([...timeline.querySelectorAll('.timeline-when')].map((p) => p.textContent!.split(' – ')[1])).toEqual(['by kim', 'by kim', 'by alex']);

    const chart = screen.getByRole('img', { name: 'Measurements of Regions reporting waiting times over time' });
    expect(document.getElementById(chart.getAttribute('aria-describedby')!)!.textContent).toBe(
      '2 measurements from 16 Nov 2026 to 1 Dec 2026: first 4 regions, latest 7 regions. Baseline 4 regions. Target 21 regions. The aim is to increase.',
    );
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'Measurements of Regions reporting waiting times' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['DateValue (regions)Note', '16 Nov 20264Before the programme', '1 Dec 20267–']);
    // An observer who is not named in it does not update it, nor edit it.
    expect(screen.queryByRole('region', { name: 'Record progress' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit the action' })).toBeNull();
  });

  it('offers the allowed next steps, sends the update with If-Match and shows the server’s error at its field', async () => {
    let attempt = 0;
    const fetchMock = actionsApi('coordinator', [overdueAction], (method, url, init) => {
      if (method !== 'POST' || url !== '/api/v1/actions/2/updates') return undefined;
      attempt += 1;
      if (attempt === 1) return [422, { status: 422, errors: [fieldError('note', 'change_something')] }];
      return [200, { ...overdueAction, ...bodyOf([url, init]), version: 6 }];
    });
    wrap(<ActionPage id={2} />);
    const user = userEvent.setup();
    const form = await screen.findByRole('region', { name: 'Record progress' });
    const status = within(form).getByLabelText('New status');
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual(['Keep it as it is: In progress', 'Blocked', 'Done', 'Dropped']);
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));

    const note = within(form).getByLabelText(/^Note/);
    await waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(note.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toContain('give a new status, a new progress or a note');
    expect(within(form).getByRole('link', { name: 'Note: give a new status, a new progress or a note' }).getAttribute('href')).toBe('#field-note');
    expect(bodyOf(calls(fetchMock, 'POST', '/api/v1/actions/2/updates')[0])).toEqual({});

    // Dropping asks why; progress is sent only when it changed.
    await user.selectOptions(status, 'blocked');
    const progress = within(form).getByLabelText(/^Progress in per cent/);
    await user.clear(progress);
    await user.type(progress, '65');
    await user.type(note, 'Waiting for two regions.');
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));
    expect(await within(form).findByText('The update is saved. Status: Blocked.')).toBeTruthy();
    const posts = calls(fetchMock, 'POST', '/api/v1/actions/2/updates');
    expect(bodyOf(posts[1])).toEqual({ status: 'blocked', progress: 65, note: 'Waiting for two regions.' });
    expect(header(posts[1], 'If-Match')).toBe('"5"');
    // The timeline is read again, and the form starts over from the new status.
    await waitFor(() => expect(calls(fetchMock, 'GET', '/api/v1/actions/2/updates')).toHaveLength(2));
    expect(within(within(form).getByLabelText('New status')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Keep it as it is: Blocked', 'In progress', 'Dropped']);
    expect(note.getAttribute('aria-invalid')).toBeNull();
  });

  it('checks the progress in the browser and asks for a reason to drop', async () => {
    const fetchMock = actionsApi('coordinator', [overdueAction], (method, url) =>
      method === 'POST' && url === '/api/v1/actions/2/updates' ? [422, { status: 422, errors: [fieldError('dropped_reason', 'reason_required')] }] : undefined,
    );
    wrap(<ActionPage id={2} />);
    const user = userEvent.setup();
    const form = await screen.findByRole('region', { name: 'Record progress' });
    const progress = within(form).getByLabelText(/^Progress in per cent/);
    await user.clear(progress);
    await user.type(progress, '140');
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));
    await waitFor(() => expect(progress.getAttribute('aria-invalid')).toBe('true'));
    expect(calls(fetchMock, 'POST', '/api/v1/actions/2/updates')).toHaveLength(0);

    await user.clear(progress);
    await user.type(progress, '60');
    await user.selectOptions(within(form).getByLabelText('New status'), 'dropped');
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));
    const reason = await within(form).findByLabelText(/^Why it is dropped/);
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByRole('link', { name: 'Why it is dropped: is required: say why' }).getAttribute('href')).toBe('#field-dropped_reason');
    expect(bodyOf(calls(fetchMock, 'POST', '/api/v1/actions/2/updates')[0])).toEqual({ status: 'dropped', dropped_reason: '' });
  });

  it('says when someone else changed the action first, and loads it again', async () => {
    const fetchMock = actionsApi('coordinator', [overdueAction], (method, url) =>
      method === 'POST' && url === '/api/v1/actions/2/updates' ? [412, { status: 412 }] : undefined,
    );
    wrap(<ActionPage id={2} />);
    const user = userEvent.setup();
    const form = await screen.findByRole('region', { name: 'Record progress' });
    await user.type(within(form).getByLabelText(/^Note/), 'A note');
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));
    expect(await within(form).findByText(/^Someone else changed this action meanwhile/)).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Load the latest version' }));
    await waitFor(() => expect(calls(fetchMock, 'GET', '/api/v1/actions/2')).toHaveLength(2));
    expect(within(form).queryByText(/^Someone else changed/)).toBeNull();
  });

  it('lets the person who carries it out update it, and says who may when the server refuses', async () => {
    window.history.replaceState(null, '', '/actions/2');
    actionsApi('participant', [overdueAction], (method, url) => (method === 'POST' && url === '/api/v1/actions/2/updates' ? [403, { status: 403 }] : undefined), [overdueAction]);
    wrap(<ActionPage id={2} />);
    const user = userEvent.setup();
    const form = await screen.findByRole('region', { name: 'Record progress' });
    // Participants do not read the register: names without links, the way back to My work.
    expect(screen.getByText('Åsa Lindqvist').closest('a')).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to My work' }).getAttribute('href')).toBe('/my-work');
    await user.type(within(form).getByLabelText(/^Note/), 'Called the regions.');
    await user.click(within(form).getByRole('button', { name: 'Save the update' }));
    expect(await within(form).findByText('Only coordinators and the people who answer for or carry out this action can update it.')).toBeTruthy();
  });
});

describe('the action form', () => {
  const withIndicator = action({
    id: 6,
    version: 4,
    responsible: [{ person_id: 99, organisation_id: null, name: 'Gone Person' }],
    indicators: [
      {
        id: 11,
        name: 'Countries with the map',
        unit: 'countries',
        direction: 'increase',
        baseline: 1,
        target: null,
        measurements: [
          { date: '2027-01-15', value: 1, note: '' },
          { date: '2027-02-01', value: 2, note: 'Norway' },
        ],
      },
    ],
  });

  it('sends the whole action with If-Match and shows each error beside its field, named by its path', async () => {
    window.history.replaceState(null, '', '/actions/6/edit');
    let attempt = 0;
    const fetchMock = actionsApi('coordinator', [withIndicator], (method, url, init) => {
      if (method !== 'PUT' || url !== '/api/v1/actions/6') return undefined;
      attempt += 1;
      if (attempt === 1)
        return [
          422,
          {
            status: 422,
            errors: [fieldError('indicators[0].measurements[1].date', 'date_format'), fieldError('responsible[0].person_id', 'no_person_with_id', { id: '99' }), fieldError('title', 'not_empty')],
          },
        ];
      return [200, { ...withIndicator, ...bodyOf([url, init]), version: 5 }];
    });
    wrap(<ActionFormPage id={6} />);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: `Edit: ${withIndicator.title}` })).toBeTruthy();
    const date = document.getElementById('field-indicators[0].measurements[1].date') as HTMLInputElement;
    expect(date.value).toBe('2027-02-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(date.getAttribute('aria-describedby')!)!.textContent).toContain('must be a date written YYYY-MM-DD');
    const summary = document.getElementById('error-summary')!;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const links = within(summary).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Indicator 1, measurement 2: Date: must be a date written YYYY-MM-DD', '#field-indicators[0].measurements[1].date'],
      ['Responsible 1: no person has the id 99', '#field-responsible[0]'],
      ['Title: must not be empty', '#field-title'],
    ]);
    const party = document.getElementById('field-responsible[0]')!;
    expect(party.textContent).toContain('no person has the id 99');
    expect(within(party).getByRole('button', { name: 'Remove Gone Person' }).getAttribute('aria-describedby')).toBeTruthy();

    const [put] = calls(fetchMock, 'PUT', '/api/v1/actions/6');
    expect(header(put, 'If-Match')).toBe('"4"');
    const sent = bodyOf(put);
    expect(sent).toEqual({
      plan_id: 3,
      title: 'Share the first-contact map',
      description: 'With the other countries.',
      themes: ['stigma_reduction'],
      accountable: { organisation_id: 4 },
      responsible: [{ person_id: 99 }],
      consulted: [],
      informed: [],
      start_date: null,
      due_date: '2027-02-28',
      depends_on: [],
      indicators: [
        {
          id: 11,
          name: 'Countries with the map',
          unit: 'countries',
          direction: 'increase',
          baseline: 1,
          target: null,
          measurements: [
            { date: '2027-01-15', value: 1, note: '' },
            { date: '2027-02-01', value: 2, note: 'Norway' },
          ],
        },
      ],
    });
    expect('status' in sent || 'progress' in sent).toBe(false);

    // Remove the unknown person and save again: the action's page opens.
    await user.click(within(party).getByRole('button', { name: 'Remove Gone Person' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.pathname).toBe('/actions/6'));
    expect(bodyOf(calls(fetchMock, 'PUT', '/api/v1/actions/6')[1]).responsible).toEqual([]);
  });

  it('checks the measured values in the browser, at their fields, before sending', async () => {
    window.history.replaceState(null, '', '/actions/new?plan_id=3');
    const fetchMock = actionsApi('coordinator', [overdueAction], (method, url, init) =>
      method === 'POST' && url === '/api/v1/actions' ? [201, action({ ...bodyOf([url, init]), id: 12 })] : undefined,
    );
    wrap(<ActionFormPage />);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'New action' })).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText(/^Action plan/) as HTMLSelectElement).value).toBe('3'));
    await user.type(screen.getByLabelText(/^Title/), 'Translate the map');
    await user.click(screen.getByRole('button', { name: 'Add an indicator' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('field-indicators[0].name'));
    await user.keyboard('Languages');
    await user.click(screen.getByRole('button', { name: 'Add a measurement to indicator 1' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('field-indicators[0].measurements[0].date'));
    await user.type(document.getElementById('field-indicators[0].measurements[0].value')!, 'many');
    await user.type(document.getElementById('field-indicators[0].baseline')!, '2,5');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const value = document.getElementById('field-indicators[0].measurements[0].value')!;
    await waitFor(() => expect(value.getAttribute('aria-invalid')).toBe('true'));
    expect(within(document.getElementById('error-summary')!).getByRole('link').textContent).toBe('Indicator 1, measurement 1: Value: must be a number, such as 4 or 2.5');
    expect(calls(fetchMock, 'POST', '/api/v1/actions')).toHaveLength(0);

    await user.clear(value);
    await user.type(value, '3');
    await user.type(document.getElementById('field-indicators[0].measurements[0].date')!, '2027-03-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.pathname).toBe('/actions/12'));
    const sent = bodyOf(calls(fetchMock, 'POST', '/api/v1/actions')[0]);
    expect(sent.plan_id).toBe(3);
    expect(sent.accountable).toBeNull();
    expect(sent.indicators).toEqual([{ name: 'Languages', unit: '', direction: 'increase', baseline: 2.5, target: null, measurements: [{ date: '2027-03-01', value: 3, note: '' }] }]);
  });
});
