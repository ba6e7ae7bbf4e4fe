// Choosing one person or organisation by name: whom to search among, a search, the matches
// each with a Choose button; once chosen, the name with a Change button. The same steps as
// PeoplePicker (which keeps a list), for a relationship's other end. Focus follows the choice:
// to Change after choosing, back to the search after Change.
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { SearchMatches } from '../app/SearchMatches';
import type { StakeholderKind, StakeholderMatch } from '../app/stakeholderSearch';

export interface StakeholderChoice {
  kind: StakeholderKind;
  id: number;
  name: string;
}

export function StakeholderPicker({ name, legend, hint, chosen, onChange, exclude, error, only }: {
  name: string;
  legend: string;
  hint?: string;
  chosen: StakeholderChoice | null;
  onChange: (choice: StakeholderChoice | null) => void;
  // Left out of the matches (the record whose relationship this is).
  exclude?: { kind: StakeholderKind; id: number };
  // The error to show, already in the user's language.
  error?: string;
  // Search among these only (no choice of whom to search among).
  only?: StakeholderKind;
}) {
  const { t } = useI18n();
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const [kind, setKind] = useState<StakeholderKind>(only ?? chosen?.kind ?? 'person');
  const [said, setSaid] = useState('');
  const focusNext = useRef<'search' | 'change' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'change') changeRef.current?.focus();
    if (focusNext.current === 'search') searchRef.current?.focus();
    focusNext.current = null;
  }, [chosen]);

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
          {error}
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
          {!only && <fieldset className="field">
            <legend>{t('stakeholderPicker.among')}</legend>
            <div className="checkboxes">
              {(['person', 'organisation'] as const).map((k) => (
                <label key={k} className="checkbox">
                  <input
                    type="radio"
                    name={`${id}-kind`}
                    value={k}
                    checked={kind === k}
                    onChange={() => setKind(k)}
                  />
                  {t(k === 'person' ? 'stakeholderPicker.people' : 'stakeholderPicker.organisations')}
                </label>
              ))}
            </div>
          </fieldset>}
          <SearchMatches
            inputId={`${id}-q`}
            inputRef={searchRef}
            searchLabel={t(kind === 'person' ? 'stakeholderPicker.searchPeople' : 'stakeholderPicker.searchOrganisations')}
            kind={kind}
            keep={(m) => !(exclude && exclude.kind === m.kind && exclude.id === m.id)}
            noMatches={t('stakeholderPicker.noMatches')}
            pickLabel={t('stakeholderPicker.choose')}
            pickNamed={(name) => t('stakeholderPicker.chooseNamed', { name })}
            onPick={choose}
          />
        </>
      )}
    </fieldset>
  );
}
