// Names for the follow-up groups API's wire types. They come from api-schema.ts, generated from
// the server's OpenAPI document (npm run api-types), so a changed endpoint breaks the build
// instead of the page.
import type { components } from '../app/api-schema';

type Schemas = components['schemas'];
export type Group = Schemas['Group'];
export type GroupInput = Schemas['GroupInput'];
export type GroupList = Schemas['GroupList'];
export type GroupKind = Group['kind'];
export type Member = Group['members'][number];
export type MemberRole = NonNullable<Member['role']>;
export type Deliverable = Group['deliverables'][number];
export type DeliverableStatus = NonNullable<Deliverable['status']>;
