// Suggested introductions: two people who share themes but are not yet tied, and what meeting
// would bridge. The reason is written here from the server's parts (shared themes, bridged
// communities and countries) so it reads in the user's language with the themes' names;
// the server's own `reason` is English with theme identifiers. Planners may invite both to an
// event, and those who may change the register keep the suggestion as a note on both records;
// a saved note is announced with links to the two people.
import { useState } from 'react';
import { DataTable } from '../app/results';
import { Link } from '../app/router';
import { Status } from '../app/ui';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import type { Vocabulary } from '../app/vocabulary';
import { useNetworkFormat } from './format';
import { interpolate } from '../app/interpolate';
import { InviteBoth, SaveNote } from './IntroductionActions';
import type { Introduction, IntroductionSide } from './types';

function Person({ side }: { side: IntroductionSide }) {
  return <Link to={`/people/${side.person_id}`}>{side.name}</Link>;
}

export function useReason(vocabulary: Vocabulary | undefined) {
  const { t } = useI18n();
  const f = useNetworkFormat();
  const country = (code: string | null) => (code ? vocabulary?.countryName(code) || code : t('network.unknown.country'));
  return (item: Introduction): string => {
    const themes = item.shared_themes.map((s) => vocabulary?.themeName(s) ?? s).join(', ');
    if (item.first_contact) {
      const [alone, contact] = item.a.degree === 0 ? [item.a, item.b] : [item.b, item.a];
      return t('network.reasonFirstContact', { alone: alone.name, contact: contact.name, themes });
    }
    const parts = [t('network.reasonThemes', { themes: item.shared_themes.map((s) => vocabulary?.themeName(s) ?? s).join(', ') })];
    if (item.bridges_communities) parts.push(t('network.reasonCommunities', { a: f.community(item.a.community), b: f.community(item.b.community) }));
    if (item.bridges_countries) parts.push(t('network.reasonCountries', { a: country(item.a.country), b: country(item.b.country) }));
    return parts.join(' ');
  };
}

export function IntroductionsTable({ items, vocabulary }: { items: Introduction[]; vocabulary: Vocabulary | undefined }) {
  const { t } = useI18n();
  const session = useSession();
  const canInvite = session.can('plan_events');
  const canNote = session.can('write_register');
  const [noted, setNoted] = useState<Introduction | null>(null);
  const reason = useReason(vocabulary);
  const bridges = (item: Introduction) =>
    [item.first_contact && t('network.firstContact'), item.bridges_communities && t('network.bridgesCommunities'), item.bridges_countries && t('network.bridgesCountries')].filter(Boolean).join(', ') || t('network.bridgesNothing');
  return (
    <>
      {noted && <Status>{interpolate(t('intro.noted'), { a: <Person side={noted.a} />, b: <Person side={noted.b} /> })}</Status>}
      <DataTable
        label={t('network.introductionsTitle')}
        headers={[t('network.personA'), t('network.personB'), t('network.sharedThemes'), t('network.bridges'), t('network.reason'), (canInvite || canNote) && t('common.actions')]}
      >
        {items.map((item) => (
          <tr key={`${item.a.id}-${item.b.id}`}>
            <td>
              <Person side={item.a} />
            </td>
            <td>
              <Person side={item.b} />
            </td>
            <td>{item.shared_themes.map((s) => vocabulary?.themeName(s) ?? s).join(', ')}</td>
            <td>{bridges(item)}</td>
            <td>{reason(item)}</td>
            {(canInvite || canNote) && (
              <td>
                <div className="row-actions">
                  {canInvite && <InviteBoth item={item} />}
                  {canNote && <SaveNote item={item} reason={reason(item)} onSaved={setNoted} />}
                </div>
              </td>
            )}
          </tr>
        ))}
      </DataTable>
    </>
  );
}
