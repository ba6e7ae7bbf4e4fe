// A list of people and organisations for one letter of RACI (responsible, consulted,
// informed): the chosen ones each with a Remove button and the error the server gave for it
// (responsible[0] …), then whom to search among and a search whose matches each have an Add
// button. Focus returns to the search after each change, and a status line says what changed.
import { useId, useRef, useState } from 'react';
import { SearchMatches } from '../app/SearchMatches';
import type { StakeholderKind, StakeholderMatch } from '../app/stakeholderSearch';
import { useI18n } from '../i18n/i18n';

export interface PartyChoice {
  kind: StakeholderKind;
  id: number;
  name: string;
}

export function PartyListPicker({ name, legend, hint, chosen, onChange, error, itemError }: {
  name: string;
  legend: string;
  hint?: string;
  chosen: PartyChoice[];
  onChange: (parties: PartyChoice[]) => void;
  // Already in the user's language: the list's own error, and each chosen one's.
  error?: string;
  itemError: (index: number) => string | undefined;
}) {
  const { t } = useI18n();
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<StakeholderKind>('person');
  const [said, setSaid] = useState('');
  const kindName = (k: StakeholderKind) => t(k === 'person' ? 'stakeholderPicker.person' : 'stakeholderPicker.organisation');

  const add = (m: StakeholderMatch) => {
    onChange([...chosen, { kind: m.kind, id: m.id, name: m.name }]);
    setSaid(t('picker.added', { name: m.name }));
    searchRef.current?.focus();
  };
  const remove = (index: number) => {
    const gone = chosen[index];
    onChange(chosen.filter((_, i) => i !== index));
    setSaid(t('picker.removed', { name: gone.name }));
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
          {chosen.map((p, i) => {
            const problem = itemError(i);
            const problemId = problem ? `${id}-${i}-error` : undefined;
            return (
              <li key={`${p.kind}-${p.id}`} id={`field-${name}[${i}]`} tabIndex={-1} className={problem ? 'field-invalid' : undefined}>
                <span>
                  {p.name} <span className="muted">({kindName(p.kind)})</span>
                </span>
                {problem && (
                  <span className="field-error" id={problemId}>
                    <span aria-hidden="true">⚠ </span>
                    {problem}
                  </span>
                )}
                <button type="button" className="button-secondary" aria-label={t('picker.removeNamed', { name: p.name })} aria-describedby={problemId} onClick={() => remove(i)}>
                  {t('picker.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <fieldset className="field">
        <legend>{t('stakeholderPicker.among')}</legend>
        <div className="checkboxes">
          {(['person', 'organisation'] as const).map((k) => (
            <label key={k} className="checkbox">
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(k === 'person' ? 'stakeholderPicker.people' : 'stakeholderPicker.organisations')}
            </label>
          ))}
        </div>
      </fieldset>
      <SearchMatches
        inputId={`${id}-q`}
        inputRef={searchRef}
        searchLabel={t(kind === 'person' ? 'stakeholderPicker.searchPeople' : 'stakeholderPicker.searchOrganisations')}
        kind={kind}
        keep={(m) => !chosen.some((c) => c.kind === m.kind && c.id === m.id)}
        noMatches={t('stakeholderPicker.noMatches')}
        pickLabel={t('picker.add')}
        pickNamed={(n) => t('picker.addNamed', { name: n })}
        onPick={add}
      />
    </fieldset>
  );
}
