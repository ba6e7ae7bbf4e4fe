// A facilitator's one-field form (a statement or item of their own, a group's title): busy while
// it is sent, the server's refusal kept for the field or the form, emptied once it arrived.
import { useState, type FormEvent } from 'react';
import { fieldProblems } from '../app/formErrors';
import { useI18n } from '../i18n/i18n';

export function useTextForm(send: (text: string) => Promise<unknown>, onSent: () => void) {
  const { lang } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const { problem, problems } = fieldProblems(error, lang);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await send(text.trim());
      setText('');
      onSent();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  // A refusal that names no field: shown for the whole form.
  const formError = error !== undefined && Object.keys(problems).length === 0 ? error : undefined;
  return { text, setText, busy, problem, formError, submit };
}
