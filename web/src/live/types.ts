// The live session's wire types, from the OpenAPI document (api-schema.ts) where it describes
// them; an activity's results and the reader's own answer are `object` there, so their shapes
// (and the activity state that holds them) are written out here from src/live/results.cc and
// view.cc.
import type { components } from '../app/api-schema';

type Schemas = components['schemas'];
export type LiveSession = Schemas['LiveSession'];
export type LiveChanges = Schemas['LiveChanges'];
export type LiveChange = LiveChanges['changes'][number];

export type ActivityKind = 'ideas' | 'poll' | 'dots' | 'statements' | 'timer';
export type PollType = 'single' | 'multiple' | 'scale' | 'ranking' | 'words';
export type ActivityStatus = 'ready' | 'open' | 'closed';
export type Vote = 'agree' | 'disagree' | 'pass';
export type PromotionTarget = Schemas['LivePromotion']['to'];

// An idea, a question or a statement; `hidden` and `merged_into` only for the facilitator,
// `mine` only for a participant.
export interface LiveInput {
  id: number;
  text: string;
  hidden?: boolean;
  merged_into?: number | null;
  mine?: boolean;
  cluster_id?: number | null;
}

export type Cluster = Schemas['LiveCluster'];

// Why a breakdown is not shown: fewer than three answered, or the question is about lived
// experience (only the number who answered is ever shown).
export type Withheld = 'fewer_than_3' | 'lived_experience';

export interface InputResult {
  input_id: number;
  upvotes?: number;
  dots?: number;
  voters?: number;
  agree?: number;
  disagree?: number;
  pass?: number;
  withheld?: 'fewer_than_3';
}

// What the reader may see of an activity's answers. `held`: participants see the results once
// the activity closes.
export interface Results {
  held?: boolean;
  respondents?: number;
  withheld?: Withheld;
  counts?: number[];
  mean?: number;
  points?: number[];
  mean_rank?: (number | null)[];
  words?: { word: string; count: number }[];
  per_input?: InputResult[];
}

// The participant's own answers, in the shape they sent them.
export interface MyAnswer {
  choices?: number[];
  value?: number;
  words?: string;
  upvoted?: number[];
  votes?: Record<string, Vote>;
  dots?: { input_id: number; dots: number }[];
}

// Something carried into the event's record or the initiative list, and where it came from.
export type Promotion = Schemas['LivePromotion'];

export interface ActivityState {
  id: number;
  kind: ActivityKind;
  title: string;
  poll_type: PollType | null;
  options: string[];
  budget: number | null;
  seconds: number | null;
  about_lived_experience: boolean;
  hold_results: boolean;
  status: ActivityStatus;
  position: number;
  opened_at: string | null;
  closed_at: string | null;
  version: number;
  inputs: LiveInput[];
  results: Results;
  my_answer?: MyAnswer;
  clusters?: Cluster[];
  promotions?: Promotion[];
}

export interface LiveState {
  session: LiveSession;
  participants: number;
  activities: ActivityState[];
}

export interface Joined {
  participant_token: string;
  participant_id: number;
  attendance_recorded: boolean;
  state: LiveState;
}

export type ActivityInput = Schemas['LiveActivityInput'];

// A participant's answer (POST /api/v1/live/me/answers).
export interface AnswerInput {
  activity_id: number;
  choices?: number[];
  value?: number;
  words?: string;
  input_id?: number;
  vote?: Vote;
  dots?: { input_id: number; dots: number }[];
}

// Opinion groups of a statements activity: a map of the voters in two dimensions and the groups
// k-means found; withheld below six voters or two statements, or when no grouping has at least
// three in every group.
export type OpinionGroups = Schemas['LiveOpinionGroups'];

export type PromotionInput = Schemas['LivePromote'];
