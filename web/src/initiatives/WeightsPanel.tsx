// How much each criterion counts in the programme's scores: shown to all, changed by
// coordinators (0–10 each, not all 0; the server names the field otherwise).
import { useEffect, useState } from 'react';
import { ErrorAlert, Status, TextField } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { putWeights } from './initiativesApi';
import { criteria } from './RateDialog';
import type { Weights } from './types';

export function WeightsPanel({ weights, canChange, onChanged }: { weights: Weights; canChange: boolean; onChanged: (w: Weights) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(weights);
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  useEffect(() => setDraft(weights), [weights]);
  return (
    <section aria-labelledby="weights" className="panel">
      <h2 id="weights">{t('initiatives.weights')}</h2>
      <p>{t('initiatives.weightsHint')}</p>
      {canChange ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setError(undefined);
            setSaid('');
            putWeights(weights.programme_id, { impact: draft.impact, feasibility: draft.feasibility, urgency: draft.urgency, fit: draft.fit }, weights.version)
              .then((w) => {
                onChanged(w);
                setSaid(t('initiatives.weightsSaved'));
              })
              .catch(setError);
          }}
        >
          <div className="weights">
            {criteria.map((c) => (
              <TextField
                key={c}
                label={t(`initiatives.criterion.${c}`)}
                type="number"
                min={0}
                max={10}
                step={1}
                name={`weight-${c}`}
                value={String(draft[c])}
                onChange={(e) => setDraft((d) => ({ ...d, [c]: Number(e.target.value) }))}
                required
              />
            ))}
          </div>
          {error !== undefined && <ErrorAlert error={error} />}
          <button type="submit">{t('initiatives.saveWeights')}</button>
          {said && <Status>{said}</Status>}
        </form>
      ) : (
        <p>{criteria.map((c) => `${t(`initiatives.criterion.${c}`)} ${weights[c]}`).join(', ')}</p>
      )}
    </section>
  );
}
