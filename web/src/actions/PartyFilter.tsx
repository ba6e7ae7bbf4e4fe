// One person or organisation to filter the board by, found by name (the search the register's
// pickers share); optional, so it can be removed again. The URL holds only the id: the name of
// one that came with the URL is read from the register.
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../app/api';
import { SearchMatches } from '../app/SearchMatches';
import { path } from '../app/schema';
import type { StakeholderKind } from '../app/stakeholderSearch';
import { useI18n } from '../i18n/i18n';

async function nameOf(kind: StakeholderKind, id: string): Promise<string> {
  const record = await api.get<{ name: string }>(kind === 'person' ? path('/api/v1/people/{id}', { id }) : path('/api/v1/organisations/{id}', { id }));
  return record.name;
}

export function PartyFilter({ kind, name, legend, value, onChange }: { kind: StakeholderKind; name: string; legend: string; value: string; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [said, setSaid] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'search' | 'remove' | null>(null);

  useEffect(() => {
    if (!value || chosen?.id === value) return;
    let live = true;
    nameOf(kind, value).then(
      (n) => live && setChosen({ id: value, name: n }),
      () => live && setChosen({ id: value, name: `#${value}` }),
    );
    return () => {
      live = false;
    };
  }, [kind, value, chosen?.id]);

  useEffect(() => {
    if (focusNext.current === 'remove') removeRef.current?.focus();
    if (focusNext.current === 'search') searchRef.current?.focus();
    focusNext.current = null;
  }, [value]);

  const shown = value && chosen?.id === value ? chosen.name : '…';
  return (
    <fieldset className="field picker" id={`field-${name}`}>
      <legend>{legend}</legend>
      <p role="status" className="visually-hidden">
        {said}
      </p>
      {value ? (
        <div className="chosen-one">
          <strong>{shown}</strong>
          <button
            ref={removeRef}
            type="button"
            className="button-secondary"
            aria-label={t('picker.removeNamed', { name: shown })}
            onClick={() => {
              focusNext.current = 'search';
              setSaid(t('picker.removed', { name: shown }));
              onChange('');
            }}
          >
            {t('picker.remove')}
          </button>
        </div>
      ) : (
        <SearchMatches
          inputId={`${id}-q`}
          inputRef={searchRef}
          searchLabel={t(kind === 'person' ? 'stakeholderPicker.searchPeople' : 'stakeholderPicker.searchOrganisations')}
          kind={kind}
          keep={() => true}
          noMatches={t('stakeholderPicker.noMatches')}
          pickLabel={t('stakeholderPicker.choose')}
          pickNamed={(n) => t('stakeholderPicker.chooseNamed', { name: n })}
          onPick={(m) => {
            focusNext.current = 'remove';
            setChosen({ id: String(m.id), name: m.name });
            setSaid(t('stakeholderPicker.chosen', { name: m.name }));
            onChange(String(m.id));
          }}
        />
      )}
    </fieldset>
  );
}
