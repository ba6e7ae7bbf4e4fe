// The programme's coverage gaps on its home: how many cells of the coverage of its member-state
// group (or of the whole register) have nobody yet, the first of them in words, and a link to
// the coverage page that shows them all.
import { api } from '../app/api';
import { Link } from '../app/router';
import { path, type CountryGroupList } from '../app/schema';
import { ErrorAlert, Loading } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { getCoverage } from '../analysis/analysisApi';
import { useI18n } from '../i18n/i18n';
import type { Programme } from './types';

const shown = 5;

export function CoverageGapsPanel({ programme }: { programme: Programme }) {
  const { t, lang, number } = useI18n();
  const coverage = useAsync(async () => {
    const groups = await api.get<CountryGroupList>(path('/api/v1/country-groups'), { lang });
    const group = groups.items.find((g) => g.id === programme.country_group_id);
    const filters: Record<string, string> = group ? { country_group: group.slug } : {};
    return { group, filters, coverage: await getCoverage(filters, lang, programme.id) };
  }, [programme.id, programme.country_group_id, lang]);
  let body;
  if (!coverage.data) body = coverage.error !== undefined ? <ErrorAlert error={coverage.error} /> : <Loading />;
  else {
    const { group, filters, coverage: c } = coverage.data;
    const where = group ? group.name : t('programme.gapsEverywhere');
    const link = `/analysis/coverage${filters.country_group ? `?country_group=${encodeURIComponent(filters.country_group)}` : ''}`;
    body =
      c.gaps.length === 0 ? (
        <p>{t('programme.noGaps', { where })}</p>
      ) : (
        <>
          <p>{t('programme.gapCount', { count: number(c.gaps.length), where })}</p>
          <ul>
            {c.gaps.slice(0, shown).map((g) => (
              <li key={`${g.row}-${g.dimension}-${g.column}-${g.kind}`}>{g.message}</li>
            ))}
          </ul>
          <p>
            <Link to={link}>{t('programme.allGaps')}</Link>
          </p>
        </>
      );
  }
  return (
    <section aria-labelledby="coverage-gaps" className="panel">
      <h2 id="coverage-gaps">{t('programme.gapsTitle')}</h2>
      {body}
    </section>
  );
}
