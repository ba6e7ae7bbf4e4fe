// The programme a page shows, and the control that changes it: the pages that hang from a
// programme (initiatives, dashboard) share the choice, remembered in this browser.
import { useState } from 'react';
import { SelectField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { chosenProgramme, rememberProgramme } from './chosenProgramme';
import { getProgrammes } from './programmeApi';
import type { Programme } from './types';

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
