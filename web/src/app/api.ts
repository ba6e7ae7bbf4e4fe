// The one door to the samla API: JSON in and out, the CSRF token on every write, RFC 9457
// problems turned into ApiError, and a 401 reported so the app can send the user to login.

import type { components } from './api-schema';

type FieldError = components['schemas']['FieldError'];

// One field's error. The server's carry a code from its message table and the code's
// parameters, from which serverMessage words them in the user's language; the browser's own
// checks give only a message, already in the user's language.
export type FieldProblem = Pick<FieldError, 'field' | 'message'> & Partial<Pick<FieldError, 'code' | 'params'>>;

// A form's field errors: field → its first error.
export type FieldErrors = Record<string, FieldProblem>;

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  // The detail's code in the server's message table and its parameters, so the app words it
  // in the user's language (serverMessage).
  code?: string;
  params?: Record<string, string>;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
  // The 422 field errors as field → error (the first error per field).
  fieldErrors(): FieldErrors {
    const out: FieldErrors = {};
    for (const e of this.problem.errors ?? []) if (!(e.field in out)) out[e.field] = e;
    return out;
  }
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

// Remembers the session's CSRF token, sent as X-CSRF-Token on every write.
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

// Called when a request other than login answers 401: the session has expired.
export function onUnauthorized(handler: (() => void) | null) {
  unauthorizedHandler = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

// Builds a query string, leaving out empty values.
export function queryString(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  // A raw body (a CSV text, an Excel file) with its content type, instead of JSON.
  rawBody?: { data: string | Blob; contentType: string };
  // The version this write is based on; sent as If-Match so a stale write gets 412.
  version?: number;
  // Login itself answers 401 for a wrong password; that is not an expired session.
  expectUnauthorized?: boolean;
  // Extra headers (the RSVP page's X-RSVP-Token).
  headers?: Record<string, string>;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  etag: string | null;
  // The response's Date header (the server's clock, to the second), if it came with one.
  date?: string | null;
}

// Performs one API call; resolves with the parsed body, rejects with ApiError.
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body: string | Blob | undefined;
  if (options.rawBody) {
    headers['Content-Type'] = options.rawBody.contentType;
    body = options.rawBody.data;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
  let response: Response;
  try {
    response = await fetch(path + queryString(options.query), { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { title: 'network' });
  }
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { detail: text };
    }
  }
  if (!response.ok) {
    if (response.status === 401 && !options.expectUnauthorized) unauthorizedHandler?.();
    throw new ApiError(response.status, (parsed ?? {}) as Problem);
  }
  return { data: parsed as T, status: response.status, etag: response.headers.get('ETag'), date: response.headers.get('Date') };
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }).then((r) => r.data),
  post: <T>(path: string, body: unknown, options: RequestOptions = {}) => request<T>('POST', path, { ...options, body }).then((r) => r.data),
  put: <T>(path: string, body: unknown, version: number) => request<T>('PUT', path, { body, version }).then((r) => r.data),
  patch: <T>(path: string, body: unknown, version?: number) => request<T>('PATCH', path, { body, version }).then((r) => r.data),
  del: (path: string, version?: number) => request<null>('DELETE', path, { version }).then(() => undefined),
};
