import { ApiError, onUnauthorized, queryString, request, setCsrfToken } from './api';
import { fieldError } from './fixtures';
import { matchPath } from './router';
import { path } from './schema';
import { navItems } from './capabilities';
import { activeNavItem } from './Shell';

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('request', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    setCsrfToken(null);
    onUnauthorized(null);
  });

  it('sends the CSRF token and If-Match on writes, not on reads', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer(200, { id: 1 }, { ETag: '"4"' }));
    setCsrfToken('csrf-1');
    const r = await request('PUT', '/api/v1/people/1', { body: { name: 'A' }, version: 3 });
    expect(r.etag).toBe('"4"');
    const [, init] = fetchMock.mock.calls[0];
    const headers = init!.headers as Record<string, string>;
    expect(headers['X-CSRF-Token']).toBe('csrf-1');
    expect(headers['If-Match']).toBe('"3"');
    expect(init!.body).toBe('{"name":"A"}');
    await request('GET', '/api/v1/people');
    expect((fetchMock.mock.calls[1][1]!.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
  });

  it('turns a 422 problem into field errors', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
      answer(422, { title: 'Unprocessable', status: 422, errors: [fieldError('email', 'email_format'), fieldError('email', 'already_used_by_person', { id: '7' })] }),
    );
    const error = await request('POST', '/api/v1/people', { body: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.fieldErrors()).toEqual({ email: { field: 'email', code: 'email_format', params: {}, message: 'is not an e-mail address' } });
  });

  it('reports a 401 as an ended session, except for login itself', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer(401, { title: 'Unauthorized' }));
    const handler = vi.fn();
    onUnauthorized(handler);
    await request('POST', '/api/v1/session', { body: {}, expectUnauthorized: true }).catch(() => {});
    expect(handler).not.toHaveBeenCalled();
    await request('GET', '/api/v1/people').catch(() => {});
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('builds query strings without empty values', () => {
    expect(queryString({ q: 'å ä', country: '', sort: 'name', cursor: undefined })).toBe('?q=%C3%A5+%C3%A4&sort=name');
    expect(queryString({})).toBe('');
  });
});

describe('routes and API paths', () => {
  it('matches route patterns', () => {
    expect(matchPath('/people/:id/edit', '/people/12/edit')).toEqual({ id: '12' });
    expect(matchPath('/people/:id', '/people/12/edit')).toBeNull();
    expect(matchPath('/people/new', '/people/new')).toEqual({});
  });
  it('marks the most specific navigation entry as the current page', () => {
    expect(activeNavItem(navItems, '/analysis')?.to).toBe('/analysis');
    expect(activeNavItem(navItems, '/analysis/kickoff/3')?.to).toBe('/analysis/kickoff');
    expect(activeNavItem(navItems, '/analysis/coverage')?.to).toBe('/analysis/coverage');
    expect(activeNavItem(navItems, '/people/4/edit')?.to).toBe('/people');
    expect(activeNavItem(navItems, '/login')).toBeUndefined();
  });
  it('fills API path parameters', () => {
    expect(path('/api/v1/people/{id}', { id: 7 })).toBe('/api/v1/people/7');
  });
});
