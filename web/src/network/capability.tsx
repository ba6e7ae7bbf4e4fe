// The network: the graph of ties, its rankings, trends, communities and introductions.
import './network.css';
import type { Capability } from '../app/capability';
import { NetworkPage } from './NetworkPage';

export const capability: Capability = {
  name: 'network',
  routes: [{ pattern: '/network', action: 'read_register', render: () => <NetworkPage /> }],
  nav: [{ to: '/network', label: 'nav.network', action: 'read_register', group: 'network', order: 80 }],
};
