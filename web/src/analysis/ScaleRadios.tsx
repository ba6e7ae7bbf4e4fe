// One score of an assessment as a row of radio buttons (1–5, or −2…+2 for attitude): every
// value is visible, reached with the arrow keys, and named with its number and, at the ends,
// its meaning. The fieldset carries the field's id so the error summary can link to it.
import { useI18n } from '../i18n/i18n';
import { steps, type Scale } from './scales';

export function ScaleRadios({ scale, value, onChange, error }: { scale: Scale; value: number | null; onChange: (value: number) => void; error?: string }) {
  const { t } = useI18n();
  const id = `field-${scale.name}`;
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const sign = (n: number) => (scale.min < 0 && n > 0 ? `+${n}` : n < 0 ? `−${-n}` : String(n));
  return (
    <fieldset
      className={error ? 'field field-invalid' : 'field'}
      id={id}
      tabIndex={-1}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
    >
      <legend>
        {t(scale.label)} <span className="required">({t('form.required')})</span>
      </legend>
      <p className="hint" id={hintId}>
        {t(scale.hint)}
      </p>
      {error && (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div className="scale">
        {steps(scale.min, scale.max).map((n) => (
          <label key={n} className="checkbox scale-step">
            <input type="radio" name={scale.name} value={n} checked={value === n} onChange={() => onChange(n)} />
            {sign(n)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
