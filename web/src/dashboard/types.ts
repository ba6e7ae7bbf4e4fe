// Names for the dashboard's wire types, from api-schema.ts (generated from the server's OpenAPI
// document by npm run api-types).
import type { components } from '../app/api-schema';

export type Dashboard = components['schemas']['Dashboard'];
export type QuarterFigures = Dashboard['quarters'][number];
