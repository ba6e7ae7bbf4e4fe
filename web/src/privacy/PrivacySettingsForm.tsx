// The privacy settings: whether free text about people is shown to every reader of the register,
// and how long evaluation texts are kept and after how long without activity someone is listed
// for review. Only those who see special-category data change them.
import { useEffect, useState } from 'react';
import { fieldProblems } from '../app/formErrors';
import { useSession } from '../app/session';
import { ErrorAlert, ErrorSummary, Status, TextField } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { putPrivacySettings, type PrivacySettings } from './privacyApi';

export function PrivacySettingsForm({ settings, onSaved }: { settings: PrivacySettings; onSaved: (s: PrivacySettings) => void }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [freeText, setFreeText] = useState(settings.free_text_for_all_readers);
  const [evaluation, setEvaluation] = useState(String(settings.evaluation_texts_months));
  const [inactive, setInactive] = useState(String(settings.inactive_after_months));
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  useEffect(() => {
    setFreeText(settings.free_text_for_all_readers);
    setEvaluation(String(settings.evaluation_texts_months));
    setInactive(String(settings.inactive_after_months));
  }, [settings]);
  const { problems, problem } = fieldProblems(error, lang);
  const labels = { evaluation_texts_months: t('privacySettings.evaluationMonths'), inactive_after_months: t('privacySettings.inactiveMonths') };
  const canChange = session.can('read_special_category');
  return (
    <form
      aria-labelledby="privacy-settings"
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        setSaid('');
        putPrivacySettings({ ...settings, free_text_for_all_readers: freeText, evaluation_texts_months: Number(evaluation), inactive_after_months: Number(inactive) }).then((s) => {
          setSaid(t('privacySettings.saved'));
          onSaved(s);
        }, setError);
      }}
    >
      <h2 id="privacy-settings">{t('privacySettings.title')}</h2>
      <div className="field">
        <label>
          <input type="checkbox" name="free_text_for_all_readers" checked={freeText} disabled={!canChange} onChange={(e) => setFreeText(e.target.checked)} /> {t('privacySettings.freeText')}
        </label>
      </div>
      <TextField label={labels.evaluation_texts_months} name="evaluation_texts_months" type="number" min={1} max={240} value={evaluation} disabled={!canChange} onChange={(e) => setEvaluation(e.target.value)} error={problem('evaluation_texts_months')} />
      <TextField label={labels.inactive_after_months} name="inactive_after_months" type="number" min={1} max={240} value={inactive} disabled={!canChange} onChange={(e) => setInactive(e.target.value)} error={problem('inactive_after_months')} />
      {error !== undefined && (Object.keys(problems).length > 0 ? <ErrorSummary errors={problems} labels={labels} /> : <ErrorAlert error={error} />)}
      {canChange && <button type="submit">{t('privacySettings.save')}</button>}
      {said && <Status>{said}</Status>}
    </form>
  );
}
