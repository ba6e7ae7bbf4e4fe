// Names for the initiative list's wire types, from api-schema.ts (generated from the server's
// OpenAPI document by npm run api-types).
import type { components } from '../app/api-schema';

type Schemas = components['schemas'];
export type Initiative = Schemas['Initiative'];
export type InitiativeInput = Schemas['InitiativeInput'];
export type InitiativeList = Schemas['InitiativeList'];
export type RatingInput = Schemas['RatingInput'];
export type RatingList = Schemas['RatingList'];
export type Weights = Schemas['InitiativeWeights'];
export type WeightsInput = Schemas['InitiativeWeightsInput'];
export type Criterion = Initiative['score']['criteria'][number]['criterion'];
