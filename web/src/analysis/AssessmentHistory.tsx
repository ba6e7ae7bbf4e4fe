// Every assessment of one stakeholder, newest first: who judged what on which day, and why.
// Assessments are never changed, so this is the full record of how the judgement evolved.
import { DataTable } from '../app/results';
import { useI18n } from '../i18n/i18n';
import { useVocabulary } from '../app/vocabulary';
import type { Assessment } from './types';

export function AssessmentHistory({ items }: { items: Assessment[] }) {
  const { t, lang, number } = useI18n();
  const vocabulary = useVocabulary(lang);
  const signedInt = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
  const relevance = (a: Assessment) =>
    Object.entries(a.relevance)
      .filter(([, v]) => v > 0)
      .map(([slug, v]) => `${vocabulary.data?.themeName(slug) ?? slug}: ${v}`)
      .join(', ');
  return (
    <DataTable
      label={t('history.title')}
      headers={[t('assess.date'), t('history.assessor'), t('analysis.influence'), t('analysis.interest'), t('analysis.attitude'), t('analysis.legitimacy'), t('analysis.urgency'), t('analysis.relevance'), t('assess.rationale')]}
    >
      {items.map((a) => (
        <tr key={a.id}>
          <td>{a.assessed_on}</td>
          <td>{a.assessor_name}</td>
          <td>{number(a.influence)}</td>
          <td>{number(a.interest)}</td>
          <td>{signedInt(a.attitude)}</td>
          <td>{number(a.legitimacy)}</td>
          <td>{number(a.urgency)}</td>
          <td>{relevance(a) || <span className="muted">{t('common.none')}</span>}</td>
          <td className="prewrap">{a.rationale && a.rationale_special ? `${a.rationale} (${t('field.notesSpecialShort')})` : a.rationale}</td>
        </tr>
      ))}
    </DataTable>
  );
}
