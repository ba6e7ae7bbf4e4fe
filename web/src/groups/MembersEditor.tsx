// A group's members in its edit form: each membership a group of fields (role, from, until)
// named by the server's path (members[2].from_date), with its own error at the row when the
// person is unknown or already a member at that time, and a Remove button; then a search of
// the register whose matches each have an Add button. A person whose memberships have all
// ended may be added again (they came back). Focus goes to the new member's role, or back to
// the search after a removal; a status line says what changed.
import { useEffect, useId, useRef, useState } from 'react';
import { SearchMatches } from '../app/SearchMatches';
import { SelectField, TextField } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { newMember, type MemberDraft } from './groupForm';
import { isFormer, memberRoles, roleKeys } from './groupVocabulary';
import type { MemberRole } from './types';

export function MembersEditor({ members, onChange, errorOf }: { members: MemberDraft[]; onChange: (next: MemberDraft[]) => void; errorOf: (field: string) => string | undefined }) {
  const { t } = useI18n();
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    if (focusId === 'search') searchRef.current?.focus();
    else document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, members]);

  const change = (i: number, part: Partial<MemberDraft>) => onChange(members.map((m, k) => (k === i ? { ...m, ...part } : m)));
  const listError = errorOf('members');
  return (
    <fieldset className={listError ? 'form-section field-invalid' : 'form-section'} id="field-members">
      <legend>{t('followUp.members')}</legend>
      <p className="hint">{t('followUp.membersHint')}</p>
      {listError && (
        <p className="field-error">
          <span aria-hidden="true">⚠ </span>
          {listError}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {said}
      </p>
      {members.length === 0 && <p className="muted">{t('followUp.noMembers')}</p>}
      {members.map((m, i) => {
        const at = `members[${i}]`;
        const rowError = errorOf(at);
        const rowErrorId = rowError ? `${id}-${m.key}-error` : undefined;
        const date = (field: 'from_date' | 'to_date') => ({
          name: `${at}.${field}`,
          value: m[field],
          error: errorOf(`${at}.${field}`),
          onChange: (e: { target: { value: string } }) => change(i, { [field]: e.target.value }),
        });
        return (
          <fieldset key={m.key} className={rowError ? 'agenda-item member-edit field-invalid' : 'agenda-item member-edit'} id={`field-${at}`} tabIndex={-1} aria-describedby={rowErrorId}>
            <legend>
              {t('followUp.memberN', { n: i + 1, name: m.name })}
              {isFormer(m) && <span className="muted"> ({t('followUp.formerMember')})</span>}
            </legend>
            {rowError && (
              <p className="field-error" id={rowErrorId}>
                <span aria-hidden="true">⚠ </span>
                {rowError}
              </p>
            )}
            <div className="member-fields">
              <SelectField
                label={t('followUp.role')}
                name={`${at}.role`}
                value={m.role}
                error={errorOf(`${at}.role`)}
                options={memberRoles.map((r) => ({ value: r, label: t(roleKeys[r]) }))}
                onChange={(e) => change(i, { role: e.target.value as MemberRole })}
              />
              <TextField label={t('followUp.fromDate')} type="date" required {...date('from_date')} />
              <TextField label={t('followUp.toDate')} type="date" hint={t('followUp.toDateHint')} {...date('to_date')} />
            </div>
            <div className="row-actions">
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  onChange(members.filter((_, k) => k !== i));
                  setSaid(t('picker.removed', { name: m.name }));
                  setFocusId('search');
                }}
              >
                {t('followUp.removeMember', { n: i + 1, name: m.name })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <fieldset className="field add-member">
        <legend>{t('followUp.addMember')}</legend>
        <SearchMatches
          inputId={`${id}-q`}
          inputRef={searchRef}
          searchLabel={t('stakeholderPicker.searchPeople')}
          kind="person"
          keep={(match) => !members.some((m) => m.person_id === match.id && !isFormer(m))}
          noMatches={t('stakeholderPicker.noMatches')}
          pickLabel={t('picker.add')}
          pickNamed={(name) => t('picker.addNamed', { name })}
          onPick={(match) => {
            onChange([...members, newMember({ id: match.id, name: match.name })]);
            setSaid(t('picker.added', { name: match.name }));
            setFocusId(`field-members[${members.length}].role`);
          }}
        />
      </fieldset>
    </fieldset>
  );
}
