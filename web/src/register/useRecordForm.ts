// Saving a create/edit form: field errors from a 422 go beside their fields (and into a
// summary that takes focus), a 412 says someone else changed the record meanwhile.
import { useEffect, useState } from 'react';
import { ApiError } from '../app/api';

export function useRecordForm<T>(save: () => Promise<T>, onSaved: (saved: T) => void) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
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
  return { fieldErrors, error, stale, busy, submit, clearStale: () => setStale(false) };
}
