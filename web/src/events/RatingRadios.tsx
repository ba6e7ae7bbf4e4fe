// One statement of the evaluation rated 1 to 5: a fieldset whose legend is the statement and
// five native radio buttons (arrow keys move between them), the ends named in words in their
// labels. The fieldset carries the field's id so the error summary can link to it.
import { useI18n } from '../i18n/i18n';
import { ratingSteps } from './evaluationFields';

export function RatingRadios({ name, legend, value, onChange, error }: { name: string; legend: string; value: number | undefined; onChange: (value: number) => void; error?: string }) {
  const { t } = useI18n();
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  const end = (n: number) => (n === 1 ? t('rsvpEvaluation.low') : n === 5 ? t('rsvpEvaluation.high') : null);
  return (
    <fieldset className={error ? 'field field-invalid' : 'field'} id={id} tabIndex={-1} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {error && (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div className="rating">
        {ratingSteps.map((n) => (
          <label key={n} className="rating-step">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span className="rating-number">{n}</span>
            {/* The space keeps the number and the words apart in the radio's accessible name. */}
            {end(n) && (
              <>
                {' '}
                <span className="rating-end">{end(n)}</span>
              </>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
