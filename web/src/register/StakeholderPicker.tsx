// Choosing one person or organisation by name: whom to search among, a search, the matches
// each with a Choose button; once chosen, the name with a Change button. The same steps as
// PeoplePicker (which keeps a list), for a relationship's other end. Focus follows the choice:
// to Change after choosing, back to the search after Change.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { serverMessage, useI18n } from '../i18n/i18n';
import { searchStakeholders, type StakeholderKind, type StakeholderMatch } from './stakeholderSearch';

export interface StakeholderChoice {
  kind: StakeholderKind;
  id: number;
  name: string;
}

export function StakeholderPicker({ name, legend, hint, chosen, onChange, exclude, error }: {
  name: string;
  legend: string;
  hint?: string;
  chosen: StakeholderChoice | null;
  onChange: (choice: StakeholderChoice | null) => void;
  // Left out of the matches (the record whose relationship this is).
  exclude?: { kind: StakeholderKind; id: number };
  error?: string;
}) {
  const { t, lang, label } = useI18n();
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const [kind, setKind] = useState<StakeholderKind>(chosen?.kind ?? 'person');
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<StakeholderMatch[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [said, setSaid] = useState('');
  const focusNext = useRef<'search' | 'change' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'change') changeRef.current?.focus();
    if (focusNext.current === 'search') searchRef.current?.focus();
    focusNext.current = null;
  }, [chosen]);

  const search = () => {
    setFailed(false);
    searchStakeholders(kind, query, lang, (s) => label('sector', s)).then(setMatches, () => setFailed(true));
  };
  // Enter searches instead of submitting the form around the picker.
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      search();
    }
  };
  const choose = (m: StakeholderMatch) => {
    focusNext.current = 'change';
    setSaid(t('stakeholderPicker.chosen', { name: m.name }));
    onChange({ kind: m.kind, id: m.id, name: m.name });
  };
  const change = () => {
    focusNext.current = 'search';
    setSaid('');
    onChange(null);
  };
  const kindName = (k: StakeholderKind) => t(k === 'person' ? 'stakeholderPicker.person' : 'stakeholderPicker.organisation');
  const open = (matches ?? []).filter((m) => m.kind === kind && !(exclude && exclude.kind === m.kind && exclude.id === m.id));
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={error ? 'field field-invalid picker' : 'field picker'} id={`field-${name}`} aria-describedby={errorId}>
      <legend>
        {legend}
        <span className="required"> ({t('form.required')})</span>
      </legend>
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
      {chosen ? (
        <div className="chosen-one">
          <span>
            <strong>{chosen.name}</strong> <span className="muted">({kindName(chosen.kind)})</span>
          </span>
          <button ref={changeRef} type="button" className="button-secondary" aria-label={t('stakeholderPicker.changeNamed', { name: chosen.name })} onClick={change}>
            {t('stakeholderPicker.change')}
          </button>
        </div>
      ) : (
        <>
          <fieldset className="field">
            <legend>{t('stakeholderPicker.among')}</legend>
            <div className="checkboxes">
              {(['person', 'organisation'] as const).map((k) => (
                <label key={k} className="checkbox">
                  <input
                    type="radio"
                    name={`${id}-kind`}
                    value={k}
                    checked={kind === k}
                    onChange={() => {
                      setKind(k);
                      setMatches(null);
                    }}
                  />
                  {t(k === 'person' ? 'stakeholderPicker.people' : 'stakeholderPicker.organisations')}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="inline-search">
            <div className="field">
              <label htmlFor={`${id}-q`}>{t(kind === 'person' ? 'stakeholderPicker.searchPeople' : 'stakeholderPicker.searchOrganisations')}</label>
              <input id={`${id}-q`} ref={searchRef} type="search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKey} />
            </div>
            <button type="button" className="button-secondary" onClick={search}>
              {t('kickoff.search')}
            </button>
          </div>
          {failed && <p className="field-error">{t('error.unexpected')}</p>}
          {matches && open.length === 0 && <p>{t('stakeholderPicker.noMatches')}</p>}
          {open.length > 0 && (
            <ul className="match-list">
              {open.map((m) => (
                <li key={m.id}>
                  <span>
                    {m.name}
                    {m.detail && <span className="muted"> – {m.detail}</span>}
                  </span>
                  <button type="button" className="button-secondary" aria-label={t('stakeholderPicker.chooseNamed', { name: m.name })} onClick={() => choose(m)}>
                    {t('stakeholderPicker.choose')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
