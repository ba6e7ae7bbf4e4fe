// Forms that check their values in the browser before sending (the analysis's, the events'
// selection and RSVP, the network's introductions, the register's ties) share these helpers.
// A failed check is thrown as the same 422 problem the server would send, so useRecordForm
// shows both kinds of error the same way: beside the field and in the summary that takes focus.
import { ApiError, type FieldErrors, type FieldProblem } from './api';
import { serverMessage, type Lang } from '../i18n/i18n';

export function refuse(errors: FieldProblem[]): never {
  throw new ApiError(422, { status: 422, title: 'Unprocessable Content', errors });
}

// Throws when `errors` is not empty; otherwise does nothing.
export function refuseAny(errors: FieldProblem[]) {
  if (errors.length > 0) refuse(errors);
}

// A number typed into a field, or null when it is empty or not a number.
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

// Runs `save`, giving the server's field errors other names: two forms on one page may both
// send a `reason`, but each needs its own field id for the error summary's links.
export async function renamingFields<T>(save: () => Promise<T>, names: Record<string, string>): Promise<T> {
  try {
    return await save();
  } catch (e) {
    if (!(e instanceof ApiError) || !e.problem.errors) throw e;
    throw new ApiError(e.status, { ...e.problem, errors: e.problem.errors.map((p) => ({ ...p, field: names[p.field] ?? p.field })) });
  }
}

// A failed save's field errors (none for any other error), and each field's message in `lang`
// for the `error` of its field: for forms that show the server's errors beside their fields
// without useRecordForm.
export function fieldProblems(error: unknown, lang: Lang): { problems: FieldErrors; problem: (field: string) => string | undefined } {
  const problems = error instanceof ApiError ? error.fieldErrors() : {};
  return { problems, problem: (field) => (problems[field] ? serverMessage(lang, problems[field]) : undefined) };
}
