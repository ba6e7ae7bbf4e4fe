// Sending one idea or answer from the participant's page: busy while it goes, the server's
// refusal kept for the form to show beside its field, a word of thanks when it arrived.
import { useRef, useState } from 'react';
import { fieldProblems } from '../app/formErrors';
import { useI18n } from '../i18n/i18n';
import type { ActivityState } from './types';

export function useSender(onAnswered: (state: ActivityState) => void) {
  const { lang } = useI18n();
  const [busy, setBusy] = useState(false);
  // Buttons stay focusable while something is sent (aria-disabled): a second press is ignored here.
  const sending = useRef(false);
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const { problems, problem } = fieldProblems(error, lang);

  // Runs `send`; true when it arrived (false too when another is still on its way).
  const run = async (send: () => Promise<ActivityState>, thanks: string): Promise<boolean> => {
    if (sending.current) return false;
    sending.current = true;
    setBusy(true);
    setError(undefined);
    setSaid('');
    try {
      const state = await send();
      onAnswered(state);
      setSaid(thanks);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };
  // An error that belongs to no field of the form (the activity closed, too many at once).
  const otherError = (fields: string[]) => (error !== undefined && !fields.some((f) => f in problems) ? error : undefined);
  return { busy, error, said, problem, otherError, run, setSaid };
}
