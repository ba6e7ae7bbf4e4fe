// Who belongs together, who links groups, and who is not yet connected: the communities with
// their members, the brokers and the isolates, each name a link to its record.
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { useNetworkFormat } from './format';
import { nodePath } from './graphElements';
import type { NetworkNode, NetworkView } from './types';

function Names({ nodes }: { nodes: NetworkNode[] }) {
  const { compare } = useI18n();
  return (
    <ul className="name-list">
      {[...nodes]
        .sort((a, b) => compare(a.name, b.name))
        .map((n) => (
          <li key={n.id}>
            <Link to={nodePath(n)}>{n.name}</Link>
          </li>
        ))}
    </ul>
  );
}

export function CommunityLists({ network }: { network: NetworkView }) {
  const { t, number } = useI18n();
  const f = useNetworkFormat();
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const pick = (ids: string[]) => ids.map((id) => byId.get(id)).filter((n): n is NetworkNode => n !== undefined);
  // A community of one is an isolate (or someone whose only ties are filtered out); those
  // are listed once, under "not yet connected", instead of as dozens of one-person groups.
  const communities = network.summary.community_sizes
    .map((size, index) => ({ index, size, members: network.nodes.filter((n) => n.community === index) }))
    .filter((c) => c.size > 1);
  const isolates = pick(network.isolates);
  const brokers = pick(network.brokers);
  return (
    <>
      <h2 id="network-communities">{t('network.communitiesTitle')}</h2>
      <p className="hint">{t('network.communitiesIntro')}</p>
      {communities.length === 0 ? (
        <p>{t('network.noCommunities')}</p>
      ) : (
        communities.map((c) => (
          <section key={c.index} aria-labelledby={`community-${c.index}`}>
            <h3 id={`community-${c.index}`}>
              {f.community(c.index)}: {t('network.members', { count: number(c.size) })}
            </h3>
            <Names nodes={c.members} />
          </section>
        ))
      )}
      <h2 id="network-brokers">{t('network.brokersTitle')}</h2>
      <p className="hint">{t('network.brokersIntro')}</p>
      {brokers.length === 0 ? <p>{t('network.noBrokers')}</p> : <Names nodes={brokers} />}
      <h2 id="network-isolates">{t('network.isolatesTitle')}</h2>
      <p className="hint">{t('network.isolatesIntro')}</p>
      {isolates.length === 0 ? <p>{t('network.noIsolates')}</p> : <Names nodes={isolates} />}
    </>
  );
}
