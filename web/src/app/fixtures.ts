// Test support: field errors as the server sends them in a 422 answer, each with its code from
// the message table, the code's parameters and the message in the request's language (English:
// a test's fetch sends no Accept-Language). A code the table lacks does not compile.
import serverMessages from '../i18n/server-messages.json';
import { fillServerMessage } from '../i18n/i18n';
import type { FieldProblem } from './api';
import type { components } from './api-schema';

export type FieldErrorCode = components['schemas']['FieldError']['code'];

export function fieldError(field: string, code: FieldErrorCode, params: Record<string, string> = {}): Required<FieldProblem> {
  const message = fillServerMessage(serverMessages[code].en, params, 'en');
  if (message === null) throw new Error(`fieldError: ${code} needs parameters that were not given`);
  return { field, code, params, message };
}
