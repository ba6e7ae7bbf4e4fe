import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, wrap, type Handler } from '../app/fakeApi';
import { fieldError } from '../app/fixtures';
import type { Report } from '../app/schema';
import { LifecyclePanel } from '../events/LifecyclePanel';
import { workshop } from '../events/fixtures';
import { EventReportPage } from './EventReportPage';
import { comment, report } from './fixtures';
import { ReportPage } from './ReportPage';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

// What the test adds, else the report and its comments.
function reportApi(role: string, r: Report, more: Handler = () => undefined) {
  return fakeApi(role, (method, url, init) => {
    const own = more(method, url, init);
    if (own) return own;
    if (url === '/api/v1/reports/7' && method === 'GET') return [200, r];
    if (url === '/api/v1/reports/7/comments' && method === 'GET') return role === 'observer' ? [403, { status: 403 }] : [200, { items: [comment], total: 1, next: null }];
    return undefined;
  });
}

const calls = (fetchMock: ReturnType<typeof fakeApi>, method: string, url: string) => fetchMock.mock.calls.filter(([u, init]) => String(u) === url && (init?.method ?? 'GET') === method);
const header = (call: unknown[], name: string) => ((call[1] as RequestInit).headers as Record<string, string>)[name];

describe('the texts editor', () => {
  it('saves the texts with If-Match and shows the server’s field errors beside their fields', async () => {
    let attempt = 0;
    const fetchMock = reportApi('facilitator', report(), (method, url, init) => {
      if (url !== '/api/v1/reports/7' || method !== 'PATCH') return undefined;
      attempt += 1;
      if (attempt === 1) return [422, { status: 422, errors: [fieldError('conclusions_en', 'max_characters', { max: '20000' })] }];
      return [200, report({ ...JSON.parse(init!.body as string), version: 4 })];
    });
    wrap(<ReportPage id={7} />);
    const user = userEvent.setup();
    const next = await screen.findByLabelText('Next steps in English');
    expect(screen.getByLabelText('Introduction in Swedish').getAttribute('lang')).toBe('sv');
    await user.type(next, 'Meet again in May.');
    await user.click(screen.getByRole('button', { name: 'Save the texts' }));

    const link = await screen.findByRole('link', { name: /^Next steps in English: / });
    expect(link.getAttribute('href')).toBe('#field-conclusions_en');
    expect(next.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(next.getAttribute('aria-describedby')!)!.textContent).toContain('20000');
    await waitFor(() => expect(document.activeElement?.id).toBe('error-summary'));

    await user.click(screen.getByRole('button', { name: 'Save the texts' }));
    expect(await screen.findByText('The texts are saved.')).toBeTruthy();
    const patches = calls(fetchMock, 'PATCH', '/api/v1/reports/7');
    expect(patches).toHaveLength(2);
    expect(header(patches[1], 'If-Match')).toBe('"3"');
    expect(JSON.parse(patches[1][1]!.body as string)).toEqual({
      intro_sv: 'Workshoppen samlade regionerna.',
      intro_en: 'The workshop gathered the regions.',
      conclusions_sv: '',
      conclusions_en: 'Meet again in May.',
    });
    expect(next.getAttribute('aria-invalid')).toBeNull();
  });

  it('says when someone else saved first, and is not offered once the report has left draft', async () => {
    reportApi('coordinator', report(), (method, url) => (url === '/api/v1/reports/7' && method === 'PATCH' ? [412, { status: 412 }] : undefined));
    const { unmount } = wrap(<ReportPage id={7} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save the texts' }));
    expect(await screen.findByText(/^Someone else changed this record while you were editing it\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Load the latest version (your changes are lost)' })).toBeTruthy();
    unmount();
    vi.restoreAllMocks();

    reportApi('coordinator', report({ status: 'approved', approved_at: '2027-02-20T10:00:00Z', approved_by: 'alex' }));
    wrap(<ReportPage id={7} />);
    expect(await screen.findByText('The texts can be changed only while the report is a draft.')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText(/^alex, 20 Feb 2027/)).toBeTruthy();
  });
});

describe('the lifecycle buttons', () => {
  const buttonsFor = async (role: string, r: Report) => {
    reportApi(role, r);
    const { unmount } = wrap(<ReportPage id={7} />);
    const section = (await screen.findByRole('heading', { name: 'Review and publication' })).closest('section')!;
    const names = within(section).queryAllByRole('button').map((b) => b.textContent);
    unmount();
    vi.restoreAllMocks();
    return names;
  };

  it('offers each role only the steps it may take', async () => {
    expect(await buttonsFor('facilitator', report())).toEqual(['Send for review']);
    expect(await buttonsFor('facilitator', report({ status: 'in_review' }))).toEqual([]);
    expect(await buttonsFor('coordinator', report({ status: 'in_review' }))).toEqual(['Approve', 'Send back to draft']);
    expect(await buttonsFor('admin', report({ status: 'approved' }))).toEqual(['Publish']);
    expect(await buttonsFor('coordinator', report({ status: 'published' }))).toEqual(['Take back the publication']);
    expect(await buttonsFor('observer', report({ status: 'approved' }))).toEqual([]);
    // A report over several events is the coordinators' alone.
    expect(await buttonsFor('facilitator', report({ event_id: null, theme: 'stigma_reduction' }))).toEqual([]);
  });

  it('publishes with If-Match and says so', async () => {
    const fetchMock = reportApi('coordinator', report({ status: 'approved' }), (method, url) =>
      url === '/api/v1/reports/7/transitions' && method === 'POST' ? [200, report({ status: 'published', published_at: '2027-03-01T10:00:00Z', version: 5 })] : undefined,
    );
    wrap(<ReportPage id={7} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('The report is now: Published.')).toBeTruthy();
    const [post] = calls(fetchMock, 'POST', '/api/v1/reports/7/transitions');
    expect(JSON.parse(post[1]!.body as string)).toEqual({ to: 'published' });
    expect(header(post, 'If-Match')).toBe('"3"');
    expect(screen.getByRole('heading', { name: 'Public link' })).toBeTruthy();
  });

  it('links from the event’s lifecycle to its Report tab when marking it reported needs an approved report', async () => {
    fakeApi('coordinator', (method, url) =>
      url === '/api/v1/events/3/transitions' && method === 'POST' ? [422, { status: 422, errors: [fieldError('to', 'needs_approved_report')] }] : undefined,
    );
    wrap(<LifecyclePanel event={{ ...workshop, status: 'held' }} onChanged={() => undefined} onReload={() => undefined} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Mark as reported' }));
    const refusal = await waitFor(() => document.getElementById('report-refusal')!);
    expect(within(refusal).getByRole('link', { name: "Go to the event's report" }).getAttribute('href')).toBe('/events/3/report');
    await waitFor(() => expect(document.activeElement).toBe(refusal));
  });
});

describe('the review comments', () => {
  it('lists the comments and adds one while in review, with its error beside the field', async () => {
    const fetchMock = reportApi('coordinator', report({ status: 'in_review' }), (method, url, init) =>
      url === '/api/v1/reports/7/comments' && method === 'POST'
        ? [201, { id: 2, report_id: 7, author: 'kim', body: JSON.parse(init!.body as string).body, created_at: '2027-02-19T10:00:00Z' }]
        : undefined,
    );
    wrap(<ReportPage id={7} />);
    const user = userEvent.setup();
    const section = (await screen.findByRole('heading', { name: 'Review comments' })).closest('section')!;
    await within(section).findByText('The figures match the attendance list.');
    await user.click(within(section).getByRole('button', { name: 'Add the comment' }));
    const field = within(section).getByLabelText('Your comment');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toContain('Write a comment first.');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(calls(fetchMock, 'POST', '/api/v1/reports/7/comments')).toHaveLength(0);

    await user.type(field, 'Add the Tartu pilot.');
    await user.click(within(section).getByRole('button', { name: 'Add the comment' }));
    expect(await within(section).findByText('The comment is added.')).toBeTruthy();
    expect(within(section).getAllByRole('listitem').map((li) => li.querySelector('p')!.textContent)).toEqual(['The figures match the attendance list.', 'Add the Tartu pilot.']);
    expect(JSON.parse(calls(fetchMock, 'POST', '/api/v1/reports/7/comments')[0][1]!.body as string)).toEqual({ body: 'Add the Tartu pilot.' });
  });

  it('offers no comment box outside review, and no comments to an observer', async () => {
    reportApi('coordinator', report({ status: 'approved' }));
    const { unmount } = wrap(<ReportPage id={7} />);
    expect(await screen.findByText('Comments can be added while the report is in review.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add the comment' })).toBeNull();
    unmount();
    vi.restoreAllMocks();

    const fetchMock = reportApi('observer', report({ status: 'approved' }));
    wrap(<ReportPage id={7} />);
    await screen.findByRole('heading', { name: 'Preview' });
    expect(screen.queryByRole('heading', { name: 'Review comments' })).toBeNull();
    expect(calls(fetchMock, 'GET', '/api/v1/reports/7/comments')).toHaveLength(0);
  });
});

describe('reading the report', () => {
  it('links every format in both languages and previews it in the chosen language', async () => {
    reportApi('observer', report({ status: 'published' }));
    wrap(<ReportPage id={7} />);
    const user = userEvent.setup();
    const downloads = (await screen.findByRole('heading', { name: 'Download' })).closest('section')!;
    const links = within(downloads).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.hasAttribute('download')])).toEqual([
      ['Web page (HTML) in Swedish', '/api/v1/reports/7?format=html&lang=sv', true],
      ['Web page (HTML) in English', '/api/v1/reports/7?format=html&lang=en', true],
      ['PDF in Swedish', '/api/v1/reports/7?format=pdf&lang=sv', true],
      ['PDF in English', '/api/v1/reports/7?format=pdf&lang=en', true],
      ['Word (DOCX) in Swedish', '/api/v1/reports/7?format=docx&lang=sv', true],
      ['Word (DOCX) in English', '/api/v1/reports/7?format=docx&lang=en', true],
      ['Markdown in Swedish', '/api/v1/reports/7?format=md&lang=sv', true],
      ['Markdown in English', '/api/v1/reports/7?format=md&lang=en', true],
    ]);
    const frame = screen.getByTitle('The report “Workshop: co-produced stigma reduction” in English');
    expect(frame.getAttribute('src')).toBe('/api/v1/reports/7?format=html&lang=en');
    await user.click(screen.getByRole('radio', { name: 'in Swedish' }));
    expect(screen.getByTitle('The report “Workshop: co-produced stigma reduction” in Swedish').getAttribute('src')).toBe('/api/v1/reports/7?format=html&lang=sv');
    // Publishing and the public link are the coordinators'.
    expect(screen.queryByRole('heading', { name: 'Public link' })).toBeNull();
  });

  it('shows a new public link once, in full, with a button to copy it', async () => {
    const fetchMock = reportApi('coordinator', report({ status: 'published' }), (method, url) =>
      url === '/api/v1/reports/7/public-link' && method === 'POST' ? [200, { token: 'abc123', path: '/api/v1/public/reports/abc123' }] : undefined,
    );
    wrap(<ReportPage id={7} />);
    const user = userEvent.setup();
    expect(await screen.findByText(/^There is no public link\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Make a public link' }));
    const field = (await screen.findByLabelText('The public link')) as HTMLInputElement;
    expect(field.value).toBe(`${window.location.origin}/api/v1/public/reports/abc123`);
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('The link is shown only now. Copy it before you leave this page.');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.getByRole('button', { name: 'Copy the link' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove the link' })).toBeTruthy();
    expect(calls(fetchMock, 'POST', '/api/v1/reports/7/public-link')).toHaveLength(1);
  });
});

describe('an event’s Report tab', () => {
  it('offers to start the report when the event has none, then shows it', async () => {
    const fetchMock = fakeApi('facilitator', (method, url, init) => {
      if (url === '/api/v1/events/3' && method === 'GET') return [200, workshop];
      if (url === '/api/v1/reports' && method === 'GET') return [200, { items: [report({ id: 5, event_id: 9 })], total: 1, next: null }];
      if (url === '/api/v1/reports' && method === 'POST') return [201, report({ ...JSON.parse(init!.body as string), intro_sv: '', intro_en: '' })];
      if (url === '/api/v1/reports/7/comments') return [200, { items: [], total: 0, next: null }];
      return undefined;
    });
    wrap(<EventReportPage id={3} />);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Report: Workshop: co-produced stigma reduction' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Report' }).getAttribute('href')).toBe('/events/3/report');
    await user.click(await screen.findByRole('button', { name: 'Start the report' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Introduction in Swedish')));
    expect(JSON.parse(calls(fetchMock, 'POST', '/api/v1/reports')[0][1]!.body as string)).toEqual({ event_id: 3 });
    expect(screen.getByRole('link', { name: "Open the report's own page" }).getAttribute('href')).toBe('/reports/7');
  });

  it('tells an observer in a sentence when there is no report to read yet', async () => {
    fakeApi('observer', (method, url) => {
      if (url === '/api/v1/events/3' && method === 'GET') return [200, workshop];
      if (url === '/api/v1/reports' && method === 'GET') return [200, { items: [], total: 0, next: null }];
      return undefined;
    });
    wrap(<EventReportPage id={3} />);
    expect(await screen.findByText('There is no report of this event to read yet.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
