// The web application's capabilities, each registered once; App, the navigation and the
// person and organisation pages read everything from this list. Record sections appear on
// those pages in this order, after the register's own.
import { capability as access } from '../access/capability';
import { capability as actions } from '../actions/capability';
import { capability as analysis } from '../analysis/capability';
import { capability as audit } from '../audit/capability';
import { capability as dashboard } from '../dashboard/capability';
import { capability as events } from '../events/capability';
import { capability as groups } from '../groups/capability';
import { capability as initiatives } from '../initiatives/capability';
import { capability as interactions } from '../interactions/capability';
import { capability as jobs } from '../jobs/capability';
import { capability as live } from '../live/capability';
import { capability as network } from '../network/capability';
import { capability as privacy } from '../privacy/capability';
import { capability as programme } from '../programme/capability';
import { capability as register } from '../register/capability';
import { capability as reports } from '../reports/capability';
import { capability as resources } from '../resources/capability';
import { combine, type Capability } from './capability';

export const capabilities: Capability[] = [programme, initiatives, dashboard, resources, register, analysis, network, events, live, reports, actions, groups, interactions, privacy, access, audit, jobs];

export const { routes, signedOutRoutes, publicRoutes, fullScreenRoutes, navItems, sections } = combine(capabilities);
