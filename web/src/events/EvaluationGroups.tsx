// The results broken down by country or perspective: per group, each statement's mean before
// and after and the change among those who answered both. The server leaves out groups of
// fewer than 5 people, so nobody can be picked out; the section above says how many.
import type { EvaluationResults } from '../app/schema';
import { useVocabulary } from '../app/vocabulary';
import { TableWrap } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { itemText } from './evaluationFields';
import { useEvaluationFormat } from './evaluationFormat';

export function EvaluationGroups({ results }: { results: EvaluationResults }) {
  const { t, lang, label } = useI18n();
  const f = useEvaluationFormat();
  const vocabulary = useVocabulary(lang);
  const groupName = (group: string) => (results.by === 'country' ? vocabulary.data?.countryName(group) ?? group : label('perspective', group));
  const withN = (value: string, n: number) => t('evaluation.withN', { value, n: f.count(n) });
  return (
    <>
      {results.groups.map((g) => {
        const caption = t('evaluation.groupCaption', { group: groupName(g.group), count: f.count(g.people) });
        return (
          <div key={g.group} className="evaluation-result">
            <h3>{caption}</h3>
            <TableWrap label={caption}>
              <table>
                <caption className="visually-hidden">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('evaluation.statement')}</th>
                    <th scope="col">{t('evaluation.meanBefore')}</th>
                    <th scope="col">{t('evaluation.meanAfter')}</th>
                    <th scope="col">{t('evaluation.meanChange')}</th>
                    <th scope="col">{t('evaluation.pValue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.items
                    .filter((r) => r.item.kind === 'scale')
                    .map((r) => (
                      <tr key={r.item.id}>
                        <th scope="row" className="plain-row-header">
                          {itemText(r.item, lang)}
                        </th>
                        <td>{withN(f.mean(r.before.mean), r.before.n)}</td>
                        <td>{withN(f.mean(r.after.mean), r.after.n)}</td>
                        <td>{withN(f.meanShift(r.shift.mean_shift), r.shift.n)}</td>
                        <td>{r.shift.wilcoxon ? f.p(r.shift.wilcoxon.p_value) : '–'}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </TableWrap>
          </div>
        );
      })}
    </>
  );
}
