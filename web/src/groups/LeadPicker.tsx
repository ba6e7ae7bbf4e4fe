// The group's lead: one person from the register, found by name (the register's search, as
// the other pickers), or nobody. Once chosen, the name with Change and Remove buttons; focus
// follows the choice. For the lead themself the field is read-only: only coordinators hand
// the lead to someone else.
import { useEffect, useId, useRef, useState } from 'react';
import { SearchMatches } from '../app/SearchMatches';
import { useI18n } from '../i18n/i18n';
import type { PersonChoice } from './groupForm';

export function LeadPicker({ chosen, onChange, error, readOnly }: { chosen: PersonChoice | null; onChange: (lead: PersonChoice | null) => void; error?: string; readOnly?: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'search' | 'change' | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (focusNext.current === 'change') changeRef.current?.focus();
    if (focusNext.current === 'search') searchRef.current?.focus();
    focusNext.current = null;
  }, [chosen]);
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={error ? 'field field-invalid picker' : 'field picker'} id="field-lead_person_id" aria-describedby={errorId}>
      <legend>{t('followUp.lead')}</legend>
      <p className="hint">{readOnly ? t('followUp.leadReadOnly') : t('followUp.leadHint')}</p>
      {error && (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {said}
      </p>
      {readOnly ? (
        <p>
          <strong>{chosen?.name ?? t('followUp.noLead')}</strong>
        </p>
      ) : chosen ? (
        <div className="chosen-one">
          <span>
            <strong>{chosen.name}</strong>
          </span>
          <span className="inline-actions">
            <button
              ref={changeRef}
              type="button"
              className="button-secondary"
              aria-label={t('stakeholderPicker.changeNamed', { name: chosen.name })}
              onClick={() => {
                focusNext.current = 'search';
                setSaid('');
                onChange(null);
              }}
            >
              {t('stakeholderPicker.change')}
            </button>
          </span>
        </div>
      ) : (
        <>
          <p>{t('followUp.noLead')}</p>
          <SearchMatches
            inputId={`${id}-q`}
            inputRef={searchRef}
            searchLabel={t('stakeholderPicker.searchPeople')}
            kind="person"
            keep={() => true}
            noMatches={t('stakeholderPicker.noMatches')}
            pickLabel={t('stakeholderPicker.choose')}
            pickNamed={(name) => t('stakeholderPicker.chooseNamed', { name })}
            onPick={(m) => {
              focusNext.current = 'change';
              setSaid(t('stakeholderPicker.chosen', { name: m.name }));
              onChange({ id: m.id, name: m.name });
            }}
          />
        </>
      )}
    </fieldset>
  );
}
