// Names for the network API's wire types (issue 7). They come from api-schema.ts, which is
// generated from the server's OpenAPI document, so a changed endpoint breaks this build.
import type { components } from '../app/api-schema';

type Schemas = components['schemas'];
export type NetworkView = Schemas['NetworkView'];
export type NetworkNode = NetworkView['nodes'][number];
export type NetworkEdge = NetworkView['edges'][number];
export type NetworkSummary = NetworkView['summary'];
export type NetworkTrends = Schemas['NetworkTrends'];
export type TrendPoint = NetworkTrends['points'][number];
export type Introductions = Schemas['Introductions'];
export type Introduction = Introductions['items'][number];
export type IntroductionSide = Introduction['a'];
export type IntroductionNote = Schemas['IntroductionNote'];
export type IntroductionNoteInput = Schemas['IntroductionNoteInput'];
