// Downloads of the network as filtered, for Gephi, yEd or a spreadsheet; only for roles that
// may export the register (the server refuses the others anyway).
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { networkExportUrl, type ExportFormat } from './networkApi';

const formats: Array<[ExportFormat, string]> = [
  ['graphml', 'GraphML'],
  ['gexf', 'GEXF'],
  ['nodes.csv', 'nodes.csv'],
  ['edges.csv', 'edges.csv'],
];

export function NetworkExportLinks({ filters }: { filters: Record<string, string> }) {
  const { t } = useI18n();
  const session = useSession();
  if (!session.can('export_register')) return null;
  return (
    <section aria-labelledby="network-export">
      <h2 id="network-export">{t('network.exportTitle')}</h2>
      <p className="hint">{t('network.exportIntro')}</p>
      <p className="export-links network-exports">
        {formats.map(([format, name]) => (
          <a key={format} className="button-link" href={networkExportUrl(format, filters)} download>
            {name}
          </a>
        ))}
      </p>
    </section>
  );
}
