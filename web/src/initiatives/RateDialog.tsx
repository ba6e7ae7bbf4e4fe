// A rater's scores of one initiative: impact, feasibility, urgency and fit from 1 to 5, as four
// groups of radio buttons (keyboard and screen reader alike), and a note. Saving replaces the
// rater's earlier scores.
import { useState } from 'react';
import { DialogButton } from '../app/Dialog';
import { ErrorAlert, RadioGroup, TextArea } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { rate } from './initiativesApi';
import type { Criterion, Initiative } from './types';

export const criteria: Criterion[] = ['impact', 'feasibility', 'urgency', 'fit'];

export function RateDialog({ initiative, onRated }: { initiative: Initiative; onRated: (i: Initiative) => void }) {
  const { t, lang } = useI18n();
  const mine = initiative.my_rating;
  const [scores, setScores] = useState<Record<Criterion, string>>({
    impact: String(mine?.impact ?? ''),
    feasibility: String(mine?.feasibility ?? ''),
    urgency: String(mine?.urgency ?? ''),
    fit: String(mine?.fit ?? ''),
  });
  const [note, setNote] = useState(mine?.note ?? '');
  const [error, setError] = useState<unknown>(undefined);
  const options = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`initiatives.scale.${n}` as 'initiatives.scale.1') }));
  return (
    <DialogButton
      label={mine ? t('initiatives.changeRating') : t('initiatives.rate')}
      ariaLabel={t(mine ? 'initiatives.changeRatingOf' : 'initiatives.rateOf', { title: initiative.title })}
      title={t('initiatives.rateTitle', { title: initiative.title })}
    >
      {(close) => (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setError(undefined);
            rate(initiative.id, { impact: Number(scores.impact), feasibility: Number(scores.feasibility), urgency: Number(scores.urgency), fit: Number(scores.fit), note }, lang)
              .then((changed) => {
                close();
                onRated(changed);
              })
              .catch(setError);
          }}
        >
          {criteria.map((c) => (
            <RadioGroup
              key={c}
              legend={t(`initiatives.criterion.${c}`)}
              name={`rate-${c}`}
              options={options}
              value={scores[c]}
              onChange={(value) => setScores((s) => ({ ...s, [c]: value }))}
              required
            />
          ))}
          <TextArea label={t('initiatives.note')} value={note} onChange={(e) => setNote(e.target.value)} name="note" />
          {error !== undefined && <ErrorAlert error={error} />}
          <div className="actions">
            <button type="submit" disabled={criteria.some((c) => !scores[c])}>
              {t('initiatives.saveRating')}
            </button>
            <button type="button" className="button-secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </DialogButton>
  );
}
