// The search box and its matches that both pickers share (PeoplePicker keeps a list of people,
// StakeholderPicker one person or organisation): Enter searches instead of submitting the form
// around it, and each match has one button that picks it. The matches are forgotten when the
// kind to search among changes.
import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { useI18n } from '../i18n/i18n';
import { searchStakeholders, type StakeholderKind, type StakeholderMatch } from './stakeholderSearch';

export function SearchMatches({ inputId, inputRef, searchLabel, kind, keep, noMatches, pickLabel, pickNamed, onPick }: {
  inputId: string;
  inputRef: RefObject<HTMLInputElement>;
  searchLabel: string;
  kind: StakeholderKind;
  // Which matches to offer (not those already chosen, not the record itself).
  keep: (m: StakeholderMatch) => boolean;
  noMatches: string;
  pickLabel: string;
  pickNamed: (name: string) => string;
  onPick: (m: StakeholderMatch) => void;
}) {
  const { t, lang, label } = useI18n();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<StakeholderMatch[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => setMatches(null), [kind]);

  const search = () => {
    setFailed(false);
    searchStakeholders(kind, query, lang, (s) => label('sector', s)).then(setMatches, () => setFailed(true));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      search();
    }
  };
  const open = (matches ?? []).filter((m) => m.kind === kind && keep(m));
  return (
    <>
      <div className="inline-search">
        <div className="field">
          <label htmlFor={inputId}>{searchLabel}</label>
          <input id={inputId} ref={inputRef} type="search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKey} />
        </div>
        <button type="button" className="button-secondary" onClick={search}>
          {t('kickoff.search')}
        </button>
      </div>
      {failed && <p className="field-error">{t('error.unexpected')}</p>}
      {matches && open.length === 0 && <p>{noMatches}</p>}
      {open.length > 0 && (
        <ul className="match-list">
          {open.map((m) => (
            <li key={m.id}>
              <span>
                {m.name}
                {m.detail && <span className="muted"> – {m.detail}</span>}
              </span>
              <button type="button" className="button-secondary" aria-label={pickNamed(m.name)} onClick={() => onPick(m)}>
                {pickLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
