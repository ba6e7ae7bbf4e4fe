// Choosing people from the register by name: a search, the matches each with an Add button,
// and the chosen people each with a Remove button. Used for pinned and excluded people in a
// selection and for inviting people by hand. Focus returns to the search after each change.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { serverMessage, useI18n } from '../i18n/i18n';
import { searchStakeholders, type StakeholderMatch } from '../register/stakeholderSearch';
import type { PersonChoice } from './selectionDraft';

type Match = StakeholderMatch;

export function PeoplePicker({ name, legend, searchLabel, hint, chosen, onChange, error }: { name: string; legend: string; searchLabel: string; hint?: string; chosen: PersonChoice[]; onChange: (people: PersonChoice[]) => void; error?: string }) {
  const { t, lang } = useI18n();
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [said, setSaid] = useState('');

  const search = () => {
    setFailed(false);
    searchStakeholders('person', query, lang).then(setMatches, () => setFailed(true));
  };
  // Enter searches instead of submitting the form around the picker.
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      search();
    }
  };
  const add = (m: Match) => {
    onChange([...chosen, { id: m.id, name: m.name }]);
    setSaid(t('picker.added', { name: m.name }));
    searchRef.current?.focus();
  };
  const remove = (p: PersonChoice) => {
    onChange(chosen.filter((c) => c.id !== p.id));
    setSaid(t('picker.removed', { name: p.name }));
    searchRef.current?.focus();
  };
  const open = (matches ?? []).filter((m) => !chosen.some((c) => c.id === m.id));
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={error ? 'field field-invalid picker' : 'field picker'} id={`field-${name}`} aria-describedby={errorId}>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {error && (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {serverMessage(lang, error)}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {said}
      </p>
      {chosen.length > 0 && (
        <ul className="chosen-list">
          {chosen.map((p) => (
            <li key={p.id}>
              <span>{p.name}</span>
              <button type="button" className="button-secondary" aria-label={t('picker.removeNamed', { name: p.name })} onClick={() => remove(p)}>
                {t('picker.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-search">
        <div className="field">
          <label htmlFor={`${id}-q`}>{searchLabel}</label>
          <input id={`${id}-q`} ref={searchRef} type="search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKey} />
        </div>
        <button type="button" className="button-secondary" onClick={search}>
          {t('kickoff.search')}
        </button>
      </div>
      {failed && <p className="field-error">{t('error.unexpected')}</p>}
      {matches && open.length === 0 && <p>{t('kickoff.noMatches')}</p>}
      {open.length > 0 && (
        <ul className="match-list">
          {open.map((m) => (
            <li key={m.id}>
              <span>
                {m.name}
                {m.detail && <span className="muted"> – {m.detail}</span>}
              </span>
              <button type="button" className="button-secondary" aria-label={t('picker.addNamed', { name: m.name })} onClick={() => add(m)}>
                {t('picker.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
