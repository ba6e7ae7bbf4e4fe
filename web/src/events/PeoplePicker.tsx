// Choosing people from the register by name: a search, the matches each with an Add button,
// and the chosen people each with a Remove button. Used for pinned and excluded people in a
// selection and for inviting people by hand. Focus returns to the search after each change.
import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { SearchMatches } from '../app/SearchMatches';
import type { StakeholderMatch } from '../app/stakeholderSearch';
import type { PersonChoice } from './selectionDraft';

// `error` is shown as given: already in the user's language.
export function PeoplePicker({ name, legend, searchLabel, hint, chosen, onChange, error }: { name: string; legend: string; searchLabel: string; hint?: string; chosen: PersonChoice[]; onChange: (people: PersonChoice[]) => void; error?: string }) {
  const { t } = useI18n();
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState('');

  const add = (m: StakeholderMatch) => {
    onChange([...chosen, { id: m.id, name: m.name }]);
    setSaid(t('picker.added', { name: m.name }));
    searchRef.current?.focus();
  };
  const remove = (p: PersonChoice) => {
    onChange(chosen.filter((c) => c.id !== p.id));
    setSaid(t('picker.removed', { name: p.name }));
    searchRef.current?.focus();
  };
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={error ? 'field field-invalid picker' : 'field picker'} id={`field-${name}`} aria-describedby={errorId}>
      <legend>{legend}</legend>
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
      <SearchMatches
        inputId={`${id}-q`}
        inputRef={searchRef}
        searchLabel={searchLabel}
        kind="person"
        keep={(m) => !chosen.some((c) => c.id === m.id)}
        noMatches={t('kickoff.noMatches')}
        pickLabel={t('picker.add')}
        pickNamed={(name) => t('picker.addNamed', { name })}
        onPick={add}
      />
    </fieldset>
  );
}
