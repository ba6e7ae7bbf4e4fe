// How the network grew: one row after each held event, and one for the chosen date.
import { DataTable } from '../app/results';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { useNetworkFormat } from './format';
import type { TrendPoint } from './types';

export function TrendsTable({ points }: { points: TrendPoint[] }) {
  const { t, number } = useI18n();
  const f = useNetworkFormat();
  return (
    <DataTable label={t('network.trendsTitle')} headers={[t('network.date'), t('network.event'), t('network.summary.edges'), t('network.summary.largest'), t('network.summary.crossCountry')]}>
      {points.map((p) => (
        <tr key={`${p.as_of}-${p.event?.id ?? 'today'}`}>
          <th scope="row" className="nowrap">
            {p.as_of}
          </th>
          <td>{p.event?.id !== undefined ? <Link to={`/events/${p.event.id}`}>{p.event.title}</Link> : <span className="muted">{t('network.noEvent')}</span>}</td>
          <td>{number(p.edges)}</td>
          <td>{number(p.largest_component)}</td>
          <td>{f.percent(p.cross_country_share)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
