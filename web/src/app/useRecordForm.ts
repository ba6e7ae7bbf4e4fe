// Saving a create/edit form: field errors from a 422 go beside their fields (and into a
// summary that takes focus), a 412 says someone else changed the record meanwhile.
import { useEffect, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { ApiError, type FieldErrors } from './api';
import { serverMessage, type Lang } from '../i18n/i18n';

export function useRecordForm<T>(save: () => Promise<T>, onSaved: (saved: T) => void) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(undefined);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (Object.keys(fieldErrors).length > 0) document.getElementById('error-summary')?.focus();
  }, [fieldErrors]);

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    setStale(false);
    try {
      const saved = await save();
      setFieldErrors({});
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.status === 422 && (e.problem.errors?.length ?? 0) > 0) setFieldErrors(e.fieldErrors());
      else if (e instanceof ApiError && e.status === 412) {
        setFieldErrors({});
        setStale(true);
      } else {
        setFieldErrors({});
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
  return { fieldErrors, error, stale, busy, submit, onSubmit, clearStale: () => setStale(false) };
}

export type RecordForm = ReturnType<typeof useRecordForm>;

// Props for a text field or select bound to one of a form's fields, with its error from the API.
export function fieldBinder<F>(fields: F, setFields: Dispatch<SetStateAction<F>>, fieldErrors: FieldErrors, lang: Lang) {
  return (name: keyof F & string) => ({
    name,
    value: fields[name] as string,
    error: fieldErrors[name] && serverMessage(lang, fieldErrors[name]),
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
  });
}

