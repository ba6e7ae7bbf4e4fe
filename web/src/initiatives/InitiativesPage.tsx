// The initiative list of a programme (/initiatives): what the formation workshops proposed, best
// first by the raters' weighted score, each with the raters' spread per criterion; raters score
// them in a dialog, coordinators accept or decline them and make their action plans, set the
// criteria's weights, and anyone who plans events proposes a new one.
import { useState } from 'react';
import { useSession } from '../app/session';
import { ErrorAlert, Loading, PageTitle, SelectField, Status, TextArea, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { ProgrammeChooser, useChosenProgramme } from '../app/ProgrammeScope';
import type { Programme } from '../programme/types';
import { InitiativeRow } from './InitiativeRow';
import { getInitiatives, getWeights, postInitiative } from './initiativesApi';
import './initiatives.css';
import type { Initiative } from './types';
import { WeightsPanel } from './WeightsPanel';

function NewInitiative({ programme, onMade }: { programme: Programme; onMade: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [workstream, setWorkstream] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  return (
    <section aria-labelledby="new-initiative" className="panel">
      <h2 id="new-initiative">{t('initiatives.new')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setError(undefined);
          postInitiative({ title, description, programme_id: programme.id, workstream_id: workstream ? Number(workstream) : null })
            .then(() => {
              setTitle('');
              setDescription('');
              setSaid(t('initiatives.proposed'));
              onMade();
            })
            .catch(setError);
        }}
      >
        <TextField label={t('initiatives.title')} name="title" value={title} onChange={(e) => setTitle(e.target.value)} required />
        <TextArea label={t('initiatives.description')} name="description" value={description} onChange={(e) => setDescription(e.target.value)} />
        {programme.workstreams.length > 0 && (
          <SelectField
            label={t('initiatives.workstreamField')}
            name="workstream_id"
            value={workstream}
            onChange={(e) => setWorkstream(e.target.value)}
            emptyLabel={t('initiatives.noWorkstream')}
            options={programme.workstreams.map((w) => ({ value: String(w.id), label: w.name }))}
          />
        )}
        {error !== undefined && <ErrorAlert error={error} />}
        <button type="submit">{t('initiatives.propose')}</button>
        {said && <Status>{said}</Status>}
      </form>
    </section>
  );
}

export function InitiativesPage() {
  const { t } = useI18n();
  const session = useSession();
  const { programmes, programme, choose } = useChosenProgramme();
  const [reload, setReload] = useState(0);
  const list = useAsync(() => (programme ? getInitiatives(programme.id) : Promise.resolve(undefined)), [programme?.id, reload]);
  const weights = useAsync(() => (programme ? getWeights(programme.id) : Promise.resolve(undefined)), [programme?.id, reload]);
  const title = t('initiatives.pageTitle');
  if (!programmes.data || !programme)
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        {programmes.error !== undefined ? <ErrorAlert error={programmes.error} /> : <Loading />}
      </>
    );
  const refresh = () => setReload((n) => n + 1);
  const items: Initiative[] = list.data?.items ?? [];
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <ProgrammeChooser programmes={programmes.data.items} programme={programme} choose={choose} />
      <p>{t('initiatives.intro')}</p>
      {list.error !== undefined && <ErrorAlert error={list.error} />}
      {!list.data ? (
        list.error === undefined && <Loading />
      ) : items.length === 0 ? (
        <p>{t('initiatives.none')}</p>
      ) : (
        <ol className="initiative-list" aria-label={t('initiatives.listLabel', { count: items.length })}>
          {items.map((i, index) => (
            <InitiativeRow key={i.id} initiative={i} rank={index + 1} onChanged={refresh} />
          ))}
        </ol>
      )}
      {weights.data && <WeightsPanel weights={weights.data} canChange={session.can('manage_programme')} onChanged={refresh} />}
      {session.can('plan_events') && <NewInitiative programme={programme} onMade={refresh} />}
    </>
  );
}
