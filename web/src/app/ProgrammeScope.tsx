// The programme a page shows, and the control that changes it: the pages that hang from a
// programme (its home, initiatives, dashboard) and the older lists (events, groups, action plans,
// reports, kickoff lists) share one choice, remembered in this browser, so every page follows the
// same switch. With one programme there is nothing to choose; with more, the page offers the
// choice above its list, and new records made from such a page go into the chosen programme.
// Shared (app/): the capabilities import it, and it imports none of them.
import { useState, type ReactNode } from 'react';
import { api } from './api';
import type { components } from './api-schema';
import { chosenProgramme, rememberProgramme } from './chosenProgramme';
import { path } from './schema';
import { ErrorAlert, SelectField } from './ui';
import { useAsync, type Async } from './useAsync';
import { useI18n } from '../i18n/i18n';

type Programme = components['schemas']['Programme'];
type ProgrammeList = components['schemas']['ProgrammeList'];

export const getProgrammes = () => api.get<ProgrammeList>(path('/api/v1/programmes'));

export function useChosenProgramme() {
  const programmes = useAsync(getProgrammes, []);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const programme = programmes.data ? chosenProgramme(programmes.data.items, picked) : undefined;
  const choose = (id: number) => {
    rememberProgramme(id);
    setPicked(id);
  };
  return { programmes, programme, choose };
}

// A choice when there is more than one programme, else the programme's name.
export function ProgrammeChooser({ programmes, programme, choose }: { programmes: Programme[]; programme: Programme; choose: (id: number) => void }) {
  const { t } = useI18n();
  if (programmes.length <= 1) return <p>{programme.name}</p>;
  return (
    <SelectField
      label={t('programme.switch')}
      value={String(programme.id)}
      onChange={(e) => choose(Number(e.target.value))}
      options={programmes.map((p) => ({ value: String(p.id), label: p.name }))}
    />
  );
}

export interface ProgrammeScope {
  programme: Programme | undefined; // undefined while the programmes load, or if they cannot
  ready: boolean; // the programmes are known (or failed to load: the list then shows them all)
  chooser: ReactNode;
}

export function useProgrammeScope(): ProgrammeScope {
  const { t } = useI18n();
  const { programmes, programme, choose } = useChosenProgramme();
  let chooser: ReactNode = null;
  if (programmes.error !== undefined) chooser = <ErrorAlert error={programmes.error} />;
  else if (programmes.data && programme && programmes.data.items.length > 1)
    chooser = (
      <div className="programme-scope" aria-label={t('programme.scope')} role="group">
        <ProgrammeChooser programmes={programmes.data.items} programme={programme} choose={choose} />
      </div>
    );
  return { programme, ready: programmes.data !== undefined || programmes.error !== undefined, chooser };
}

// The chosen programme's id for a new record's body, once known (else the server's default).
export function useNewRecordProgramme(): number | undefined {
  return useChosenProgramme().programme?.id;
}

// `load` for the scope's programme, once the programmes are known (while they load, the answer
// waits; if they cannot be read, `load` gets no programme and the server answers for all).
export function useProgrammeAsync<T>(scope: ProgrammeScope, load: (programmeId?: number) => Promise<T>, deps: unknown[]): Async<T> {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useAsync(() => (scope.ready ? load(scope.programme?.id) : new Promise<never>(() => undefined)), [scope.ready, scope.programme?.id, ...deps]);
}
