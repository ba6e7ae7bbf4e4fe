import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { fakeApi, wrap } from '../app/fakeApi';
import { ApiError, type FieldErrors, type FieldProblem } from '../app/api';
import { fieldError } from '../app/fixtures';
import { I18nProvider } from '../i18n/i18n';
import { AgendaEditor } from './AgendaEditor';
import { fieldsOf, toEventInput, type AgendaDraft } from './eventFields';
import { EventPage } from './EventPage';
import { EventPlannerPage } from './EventPlannerPage';
import { themesWithoutLesson } from './ReadinessRefusal';
import { invitation, invitationList, workshop } from './fixtures';

afterEach(() => vi.restoreAllMocks());

function Harness({ errors = {} }: { errors?: FieldErrors }) {
  const [items, setItems] = useState<AgendaDraft[]>(fieldsOf(workshop).agenda);
  return (
    <I18nProvider lang="en">
      <AgendaEditor items={items} onChange={setItems} errors={errors} />
      <div data-testid="titles">{items.map((i) => i.title).join('|')}</div>
    </I18nProvider>
  );
}

const titles = () => screen.getByTestId('titles').textContent;

describe('the agenda editor', () => {
  it('adds, reorders and removes items with buttons, keeping focus on the moved item', async () => {
    render(<Harness />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Move down: item 1, Welcome' }));
    expect(titles()).toBe('Pilots|Welcome');
    // Welcome is now last: "Move down" is disabled, so focus goes to its "Move up".
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up: item 2, Welcome' })));
    expect(screen.getByRole('status').textContent).toBe('Item moved to position 2.');

    await user.click(screen.getByRole('button', { name: 'Add an agenda item' }));
    const time = screen.getAllByLabelText(/^Time/)[2];
    await waitFor(() => expect(document.activeElement).toBe(time));
    await user.type(time, '12:00');
    await user.type(screen.getAllByLabelText(/^Title/)[2], 'Lunch');
    expect(titles()).toBe('Pilots|Welcome|Lunch');

    await user.click(screen.getByRole('button', { name: 'Remove item 1, Pilots' }));
    expect(titles()).toBe('Welcome|Lunch');
    expect(screen.getByRole('group', { name: 'Agenda item 1' })).toBeTruthy();
  });

  it('shows a server error on an item’s time beside that field', () => {
    render(<Harness errors={{ 'agenda[1].time': fieldError('agenda[1].time', 'time_format') }} />);
    const item = screen.getByRole('group', { name: 'Agenda item 2' });
    const time = within(item).getByLabelText(/^Time/);
    expect(time.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(time.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toContain('must be HH:MM');
    expect(within(screen.getByRole('group', { name: 'Agenda item 1' })).getByLabelText(/^Time/).getAttribute('aria-invalid')).toBeNull();
  });

  it('sends sub-items one per line and the times as typed', () => {
    const input = toEventInput({ ...fieldsOf(workshop), agenda: [{ key: 1, time: '09:00', title: ' Start ', owner: '', items: 'a\n\n b \n' }] });
    expect(input.agenda).toEqual([{ time: '09:00', title: 'Start', owner: '', items: ['a', 'b'] }]);
    expect(input.link).toBeNull();
  });
});

describe('the event planner', () => {
  it('duplicates the event as a new draft and opens it', async () => {
    const fetchMock = fakeApi('facilitator', (method, url) => {
      if (url === '/api/v1/events/3' && method === 'GET') return [200, workshop];
      if (method === 'POST' && url === '/api/v1/events/3/duplicate?lang=en') return [201, { ...workshop, id: 9, title: `${workshop.title} (copy)`, status: 'draft' }];
      if (url === '/api/v1/events/9') return [200, { ...workshop, id: 9 }];
      if (url === '/api/v1/events/3/invitations') return [200, invitationList([])];
      return undefined;
    });
    wrap(<EventPage id={3} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Duplicate as a new draft' }));
    // The copy opens in its design form: its date is the first thing to change.
    await waitFor(() => expect(window.location.pathname).toBe('/events/9/edit'));
    expect(fetchMock.mock.calls.some(([url, init]) => url === '/api/v1/events/3/duplicate?lang=en' && init?.method === 'POST')).toBe(true);
    window.history.replaceState(null, '', '/');
  });
  it('saves with If-Match and says so when someone else saved first (412)', async () => {
    const fetchMock = fakeApi('facilitator', (method, url) => {
      if (url === '/api/v1/events/3' && method === 'GET') return [200, workshop];
      if (url === '/api/v1/events/3' && method === 'PUT') return [412, { status: 412, title: 'Precondition Failed' }];
      return undefined;
    });
    wrap(<EventPlannerPage id={3} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Someone else changed this record/)).toBeTruthy();
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect((put[1]!.headers as Record<string, string>)['If-Match']).toBe('"4"');
  });

  it('puts the server’s agenda error beside the field and in the summary with a readable name', async () => {
    fakeApi('coordinator', (method, url) => {
      if (url === '/api/v1/events/3' && method === 'GET') return [200, workshop];
      if (url === '/api/v1/events/3' && method === 'PUT') return [422, { status: 422, errors: [fieldError('agenda[1].time', 'time_format')] }];
      return undefined;
    });
    wrap(<EventPlannerPage id={3} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const link = await screen.findByRole('link', { name: 'Agenda item 2: Time: must be HH:MM' });
    expect(link.getAttribute('href')).toBe('#field-agenda[1].time');
    expect(document.getElementById('field-agenda[1].time')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('names the themes the readiness gate misses and lets only an admin open anyway, with a reason', async () => {
    const refusal = { status: 422, detail: 'not ready', errors: [fieldError('themes', 'no_validated_lesson', { themes: 'stigma_reduction' })] };
    for (const role of ['facilitator', 'admin']) {
      const fetchMock = fakeApi(role, (method, url, init) => {
        if (url === '/api/v1/events/3' && method === 'GET') return [200, workshop];
        if (url === '/api/v1/events/3/invitations') return [200, invitationList([])];
        if (url === '/api/v1/events/3/transitions') {
          const body = JSON.parse(init!.body as string);
          return body.override_reason ? [200, { ...workshop, status: 'open_for_invitations', readiness_override: body.override_reason, version: 5 }] : [422, refusal];
        }
        return undefined;
      });
      const { unmount } = wrap(<EventPage id={3} />);
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Open for invitations' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('Stigma reduction');
      expect(within(alert).getByRole('link', { name: 'lessons on Stigma reduction' }).getAttribute('href')).toBe('/lessons?theme=stigma_reduction');
      await waitFor(() => expect(document.activeElement).toBe(alert));
      if (role === 'facilitator') expect(screen.queryByRole('button', { name: 'Open anyway' })).toBeNull();
      else {
        await user.click(screen.getByRole('button', { name: 'Open anyway' }));
        expect(screen.getByLabelText(/^Why open it anyway/).getAttribute('aria-invalid')).toBe('true');
        await user.type(screen.getByLabelText(/^Why open it anyway/), 'Lesson validated at the steering group');
        await user.click(screen.getByRole('button', { name: 'Open anyway' }));
        expect(await screen.findByText('The event is now: Open for invitations.')).toBeTruthy();
        const last = fetchMock.mock.calls.filter(([u]) => String(u).endsWith('/transitions')).at(-1)!;
        expect(JSON.parse(last[1]!.body as string)).toEqual({ to: 'open_for_invitations', override_reason: 'Lesson validated at the steering group' });
      }
      unmount();
      vi.restoreAllMocks();
    }
  });
});

describe('the event to read', () => {
  const hybrid = { ...workshop, format: 'hybrid' as const, link: 'https://meet.example.org/w', reply_by: '2027-02-01', invitation_text_en: 'Come and shape the guidance.', invitation_text_sv: 'Kom och forma vägledningen.' };
  const invitations = invitationList([
    invitation(1, 'Aino Mäkelä', 'accepted', { attendance_mode: 'online' }),
    invitation(2, 'Bo Ek', 'tentative', { attendance_mode: 'in_person' }),
    invitation(3, 'Cai Berg', 'invited'),
    invitation(4, 'Dana Holm', 'declined'),
  ]);
  invitations.summary!.attendance_mode = { online: 1, in_person: 1 };

  it('shows the facts, the invitation’s words, the reply-by day and who is coming, with no form', async () => {
    fakeApi('observer', (_method, url) => {
      if (url === '/api/v1/events/3') return [200, hybrid];
      if (url === '/api/v1/events/3/invitations') return [200, invitations];
      return undefined;
    });
    wrap(<EventPage id={3} />);
    expect(await screen.findByText('Come and shape the guidance.')).toBeTruthy();
    expect(screen.getByText('Answers are asked for by Monday, 1 February 2027.')).toBeTruthy();
    expect(await screen.findByText('1 of 12 places taken; 1 may come, 1 have not answered, 1 declined.')).toBeTruthy();
    expect(screen.getByText('In person: 1. Online: 1.')).toBeTruthy();
    const table = within(screen.getByRole('region', { name: 'Those coming, with their organisation' })).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['Aino MäkeläMindAcceptedOnline, through the link', 'Bo EkMindTentativeIn person']);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit the design' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Overview' }).getAttribute('href')).toBe('/events/3');
  });

  it('offers those who plan a link to the design form, which keeps the invitation’s words', async () => {
    const fetchMock = fakeApi('coordinator', (method, url) => {
      if (url === '/api/v1/events/3' && method === 'GET') return [200, hybrid];
      if (url === '/api/v1/events/3' && method === 'PUT') return [200, { ...hybrid, version: 5 }];
      if (url === '/api/v1/events/3/invitations') return [200, invitations];
      return undefined;
    });
    const { unmount } = wrap(<EventPage id={3} />);
    expect((await screen.findByRole('link', { name: 'Edit the design' })).getAttribute('href')).toBe('/events/3/edit');
    unmount();
    wrap(<EventPlannerPage id={3} />);
    const user = userEvent.setup();
    const swedish = (await screen.findByLabelText(/^Invitation text in Swedish/)) as HTMLTextAreaElement;
    expect(swedish.value).toBe('Kom och forma vägledningen.');
    expect((screen.getByLabelText(/^Reply by/) as HTMLInputElement).value).toBe('2027-02-01');
    await user.clear(screen.getByLabelText(/^Reply by/));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/was saved/);
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    const body = JSON.parse(put[1]!.body as string);
    expect([body.invitation_text_sv, body.invitation_text_en, body.reply_by]).toEqual(['Kom och forma vägledningen.', 'Come and shape the guidance.', null]);
  });
});

describe('a readiness refusal', () => {
  const refusal = (...errors: FieldProblem[]) => new ApiError(422, { status: 422, errors });
  it('is the code no_validated_lesson on themes, naming the event’s themes from its parameter', () => {
    expect(themesWithoutLesson(refusal(fieldError('themes', 'no_validated_lesson', { themes: 'a, b, z' })), ['a', 'b', 'c'])).toEqual(['a', 'b']);
    // A parameter naming none of the event's themes: all of them.
    expect(themesWithoutLesson(refusal(fieldError('themes', 'no_validated_lesson', { themes: 'z' })), ['a', 'b'])).toEqual(['a', 'b']);
    expect(themesWithoutLesson(refusal(fieldError('type', 'workshop_needs_lessons'), fieldError('themes', 'no_validated_lesson', { themes: 'b' })), ['a', 'b'])).toEqual(['b']);
  });
  it('is not another error on the themes, nor another answer', () => {
    expect(themesWithoutLesson(refusal(fieldError('themes', 'no_theme_with_slug', { slug: 'a' })), ['a'])).toBeNull();
    expect(themesWithoutLesson(refusal({ field: 'themes', message: 'no validated lesson yet for: a' }), ['a'])).toBeNull();
    expect(themesWithoutLesson(new ApiError(409, { status: 409 }), ['a'])).toBeNull();
  });
});

describe('an edited event', () => {
  it('sends back its agenda item ids and facilitator accounts, so outcomes keep their place', () => {
    const saved = {
      ...workshop,
      facilitator_user_ids: [7],
      agenda: workshop.agenda.map((item, i) => ({ ...item, id: i + 1 })),
    };
    const fields = fieldsOf(saved);
    const added = { key: 99, time: '11:00', title: 'Next steps', owner: '', items: '' };
    const input = toEventInput({ ...fields, agenda: [fields.agenda[1], added] });
    expect(input.facilitator_user_ids).toEqual([7]);
    expect(input.agenda?.map((item) => item.id)).toEqual([2, undefined]);
  });
});

describe('the facilitator accounts of an event', () => {
  const directory = { items: [
    { id: 7, name: 'Karin', role: 'facilitator', person_id: null },
    { id: 8, name: 'Olle', role: 'observer', person_id: null },
    { id: 9, name: 'Sara', role: 'coordinator', person_id: null },
  ], total: 3, next: null };

  it('lets a coordinator choose among the facilitator accounts and keeps whoever is named', async () => {
    const fetchMock = fakeApi('coordinator', (method, url) => {
      if (url === '/api/v1/events/3' && method === 'GET') return [200, { ...workshop, facilitator_user_ids: [9] }];
      if (url === '/api/v1/users/directory') return [200, directory];
      if (url === '/api/v1/events/3' && method === 'PUT') return [200, workshop];
      return undefined;
    });
    wrap(<EventPlannerPage id={3} />);
    const user = userEvent.setup();
    const group = await screen.findByRole('group', { name: 'Facilitators with an account (they may record the outcomes)' });
    expect(within(group).getAllByRole('checkbox').map((c) => c.parentElement!.textContent)).toEqual(['Karin', 'Sara (coordinator)']);
    await user.click(within(group).getByRole('checkbox', { name: 'Karin' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(true));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(JSON.parse(put[1]!.body as string).facilitator_user_ids).toEqual([9, 7]);
  });

  it('offers a facilitator only to name themself, and never reads the directory', async () => {
    const fetchMock = fakeApi('facilitator', (method, url) => {
      if (url === '/api/v1/events/3' && method === 'GET') return [200, workshop];
      return undefined;
    });
    wrap(<EventPlannerPage id={3} />);
    const group = await screen.findByRole('group', { name: 'Facilitators with an account (they may record the outcomes)' });
    expect(within(group).getAllByRole('checkbox').map((c) => c.parentElement!.textContent)).toEqual(['I facilitate this event and record its outcomes']);
    expect(fetchMock.mock.calls.some(([u]) => String(u).includes('/users/directory'))).toBe(false);
  });
});
