import { toActivityInput, blankActivity } from './ActivityForm';
import { groupCentres, groupLetter, placePoints } from './opinionMap';
import { forgetPendingRsvp, normaliseCode, pendingRsvp, setPendingRsvp } from './participantStore';
import { forTheRoom } from './PresenterPage';
import { promotionsOf, targetsFor } from './PromoteForm';
import { clock, currentActivity, dotsLeft, initialRanking, placedOn, inputRows, moved, nextStatement, percent, pollRows, reticence, secondsLeft, statementRows } from './results';
import type { ActivityState, Promotion } from './types';

function activity(over: Partial<ActivityState>): ActivityState {
  return {
    id: 1,
    kind: 'poll',
    title: 'Q',
    poll_type: 'single',
    options: [],
    budget: null,
    seconds: null,
    about_lived_experience: false,
    hold_results: false,
    status: 'open',
    position: 1,
    opened_at: '2025-01-01T10:00:00Z',
    closed_at: null,
    version: 1,
    inputs: [],
    results: {},
    ...over,
  };
}

const scale = (v: number) => `s${v}`;
const mean = (m: number) => `m${m}`;

describe('results as rows', () => {
  it('says why there is no breakdown', () => {
    expect(reticence({ held: true })).toBe('held');
    expect(reticence({ respondents: 2, withheld: 'fewer_than_3' })).toBe('fewer_than_3');
    expect(reticence({ respondents: 9, withheld: 'lived_experience' })).toBe('lived_experience');
    expect(reticence({ respondents: 3, counts: [1, 2] })).toBeNull();
  });

  it('gives a choice poll its options in order, the bars scaled to the largest', () => {
    const rows = pollRows(activity({ options: ['Yes', 'No', 'Maybe'], results: { respondents: 4, counts: [1, 2, 0] } }), scale, mean);
    expect(rows.map((r) => [r.label, r.value, r.scale])).toEqual([
      ['Yes', 1, 0.5],
      ['No', 2, 1],
      ['Maybe', 0, 0],
    ]);
  });

  it('gives a scale its five steps, named at both ends', () => {
    const rows = pollRows(activity({ poll_type: 'scale', results: { respondents: 3, counts: [0, 0, 1, 2, 0], mean: 3.7 } }), scale, mean);
    expect(rows.map((r) => `${r.label}:${r.value}`)).toEqual(['s1:0', 's2:0', 's3:1', 's4:2', 's5:0']);
  });

  it('gives a ranking its options by points, most first, with the mean place', () => {
    const rows = pollRows(activity({ poll_type: 'ranking', options: ['A', 'B', 'C'], results: { respondents: 3, points: [2, 5, 2], mean_rank: [2.3, 1.3, 2.3] } }), scale, mean);
    expect(rows.map((r) => [r.label, r.value, r.note])).toEqual([
      ['B', 5, 'm1.3'],
      ['A', 2, 'm2.3'],
      ['C', 2, 'm2.3'],
    ]);
  });

  it('gives nothing while results are held or withheld', () => {
    expect(pollRows(activity({ options: ['a', 'b'], results: { held: true } }), scale, mean)).toEqual([]);
    expect(pollRows(activity({ options: ['a', 'b'], results: { respondents: 2, withheld: 'fewer_than_3' } }), scale, mean)).toEqual([]);
  });

  it('lists ideas by upvotes and leaves out hidden and merged ones', () => {
    const a = activity({
      kind: 'ideas',
      inputs: [
        { id: 1, text: 'one' },
        { id: 2, text: 'two', hidden: true },
        { id: 3, text: 'three' },
        { id: 4, text: 'four', merged_into: 3 },
      ],
      results: { respondents: 2, per_input: [{ input_id: 1, upvotes: 1 }, { input_id: 3, upvotes: 2 }] },
    });
    expect(inputRows(a).map((r) => [r.label, r.value])).toEqual([
      ['three', 2],
      ['one', 1],
    ]);
    const dots = activity({ kind: 'dots', inputs: [{ id: 5, text: 'x' }], results: { per_input: [{ input_id: 5, dots: 7 }] } });
    expect(inputRows(dots)[0].value).toBe(7);
  });

  it('shows how a statement divided the room only when three voted on it', () => {
    const rows = statementRows(
      activity({
        kind: 'statements',
        inputs: [
          { id: 1, text: 'a' },
          { id: 2, text: 'b' },
        ],
        results: { per_input: [{ input_id: 1, voters: 3, agree: 2, disagree: 1, pass: 0 }, { input_id: 2, voters: 2, withheld: 'fewer_than_3' }] },
      }),
    );
    expect(rows).toEqual([
      { id: 1, text: 'a', voters: 3, agree: 2, disagree: 1, pass: 0 },
      { id: 2, text: 'b', voters: 2, agree: null, disagree: null, pass: null },
    ]);
  });

  it('rounds a share, and never divides by nothing', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(1, 0)).toBe(0);
  });
});

describe('the participant’s one thing at a time', () => {
  const a = (id: number, status: ActivityState['status'], opened: string | null, closed: string | null = null) => activity({ id, status, opened_at: opened, closed_at: closed, position: id });

  it('shows the open activity opened last, else the one closed last, else nothing', () => {
    const list = [a(1, 'closed', '2025-01-01T10:00:00Z', '2025-01-01T10:05:00Z'), a(2, 'open', '2025-01-01T10:06:00Z'), a(3, 'open', '2025-01-01T10:07:00Z')];
    expect(currentActivity(list, null)?.id).toBe(3);
    expect(currentActivity(list, 2)?.id).toBe(2);
    // A chosen activity that closed gives way.
    expect(currentActivity([list[0], list[2]], 2)?.id).toBe(3);
    expect(currentActivity([list[0], a(4, 'closed', '2025-01-01T10:01:00Z', '2025-01-01T10:09:00Z')], null)?.id).toBe(4);
    expect(currentActivity([], null)).toBeUndefined();
  });

  it('ranks: starts from the last answer or the options’ order, and moves one place at a time', () => {
    expect(initialRanking(['a', 'b', 'c'], undefined)).toEqual([0, 1, 2]);
    expect(initialRanking(['a', 'b', 'c'], [2, 0, 1])).toEqual([2, 0, 1]);
    expect(initialRanking(['a', 'b', 'c'], [2, 0])).toEqual([0, 1, 2]);
    expect(moved([0, 1, 2], 2, -1)).toEqual([0, 2, 1]);
    expect(moved([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
    expect(moved([0, 1, 2], 2, 1)).toEqual([0, 1, 2]);
  });

  it('counts the dots left of the budget', () => {
    expect(dotsLeft(5, { 1: 2, 2: 1 })).toBe(2);
    expect(dotsLeft(3, { 1: 4 })).toBe(0);
    expect(dotsLeft(null, {})).toBe(0);
  });

  it('counts and sends only the dots on items still on offer', () => {
    const inputs = [{ id: 1 }, { id: 2, hidden: true }, { id: 3, merged_into: 1 }, { id: 4 }];
    // Item 5 is gone altogether (hidden ones are not sent to participants).
    const placed = placedOn({ 1: 2, 2: 1, 3: 1, 4: 0, 5: 2 }, inputs);
    expect(placed).toEqual({ 1: 2 });
    expect(dotsLeft(5, placed)).toBe(3);
  });

  it('gives the next statement not yet voted on', () => {
    const s = activity({ kind: 'statements', inputs: [{ id: 1, text: 'a' }, { id: 2, text: 'b' }, { id: 3, text: 'c' }], my_answer: { votes: { '1': 'agree', '3': 'pass' } } });
    expect(nextStatement(s)).toBe(2);
    expect(nextStatement({ ...s, my_answer: { votes: { '1': 'agree', '2': 'disagree', '3': 'pass' } } })).toBeUndefined();
  });

  it('counts a timer down from when it opened', () => {
    const opened = '2025-01-01T10:00:00Z';
    const at = (s: number) => Date.parse(opened) + s * 1000;
    expect(secondsLeft(opened, 120, at(0))).toBe(120);
    expect(secondsLeft(opened, 120, at(59.5))).toBe(61);
    expect(secondsLeft(opened, 120, at(200))).toBe(0);
    expect(clock(61)).toBe('1:01');
    expect(clock(0)).toBe('0:00');
  });
});

describe('the presenter', () => {
  it('keeps held results from the room until the activity closes', () => {
    const open = activity({ hold_results: true, options: ['a', 'b'], results: { respondents: 4, counts: [3, 1] } });
    expect(forTheRoom(open).results).toEqual({ held: true, respondents: 4 });
    expect(forTheRoom({ ...open, status: 'closed' }).results.counts).toEqual([3, 1]);
    expect(forTheRoom({ ...open, hold_results: false }).results.counts).toEqual([3, 1]);
  });
});

describe('the opinion-group map', () => {
  it('fills the frame with the same scale on both axes, y upwards', () => {
    const points = placePoints(
      [
        { x: -1, y: 0, group: 0 },
        { x: 1, y: 0, group: 0 },
        { x: 0, y: 1, group: 1 },
      ],
      { width: 220, height: 120, pad: 10 },
    );
    // Width 2 and height 1 fit 200 × 100 at a scale of 100.
    expect(points).toEqual([
      { x: 10, y: 110, group: 0 },
      { x: 210, y: 110, group: 0 },
      { x: 110, y: 10, group: 1 },
    ]);
    expect(groupCentres(points).get(0)).toEqual({ x: 110, y: 110 });
    expect(groupLetter(0)).toBe('A');
    expect(groupLetter(4)).toBe('E');
  });

  it('puts a single point in the middle', () => {
    expect(placePoints([{ x: 3, y: 3, group: 0 }], { width: 100, height: 100, pad: 10 })).toEqual([{ x: 50, y: 50, group: 0 }]);
    // All on one line across: centred up and down.
    expect(placePoints([{ x: 0, y: 2, group: 0 }, { x: 4, y: 2, group: 1 }], { width: 100, height: 60, pad: 10 }).map((p) => [p.x, p.y])).toEqual([[10, 30], [90, 30]]);
    expect(placePoints([], { width: 100, height: 100, pad: 10 })).toEqual([]);
  });
});

describe('the console’s forms', () => {
  it('sends only what the kind of activity takes', () => {
    expect(toActivityInput({ ...blankActivity, title: ' Ideas? ' })).toEqual({ kind: 'ideas', title: 'Ideas?', hold_results: false });
    expect(toActivityInput({ ...blankActivity, kind: 'poll', poll_type: 'ranking', title: 'Rank', options: 'a\n\n b \nc\n' })).toEqual({
      kind: 'poll',
      title: 'Rank',
      poll_type: 'ranking',
      options: ['a', 'b', 'c'],
      hold_results: false,
      about_lived_experience: false,
    });
    expect(toActivityInput({ ...blankActivity, kind: 'poll', poll_type: 'scale', title: 'How', about_lived_experience: true })).toEqual({ kind: 'poll', title: 'How', poll_type: 'scale', hold_results: false, about_lived_experience: true });
    expect(toActivityInput({ ...blankActivity, kind: 'dots', title: 'D', budget: '3' }).budget).toBe(3);
    expect(toActivityInput({ ...blankActivity, kind: 'dots', title: 'D', budget: ' ' }).budget).toBeNull();
    expect(toActivityInput({ ...blankActivity, kind: 'timer', title: 'T', seconds: '90' })).toEqual({ kind: 'timer', title: 'T', hold_results: false, seconds: 90 });
  });

  it('offers each source the records that take it, and finds what was promoted from it', () => {
    expect(targetsFor('dots')).toEqual(['initiative']);
    expect(targetsFor('result')).not.toContain('initiative');
    expect(targetsFor('statement')).toEqual(['key_insight', 'outcome', 'action_point']);
    expect(targetsFor('cluster')).toContain('initiative');
    const p = (id: number, input_id: number | null, cluster_id: number | null): Promotion => ({ id, to: 'outcome', activity_id: 1, input_id, cluster_id, outcome_id: 9, initiative_id: null, text: '', created_by: '', created_at: '' });
    const all = [p(1, 5, null), p(2, null, 3), p(3, null, null)];
    expect(promotionsOf(all, { input_id: 5 }).map((x) => x.id)).toEqual([1]);
    expect(promotionsOf(all, { cluster_id: 3 }).map((x) => x.id)).toEqual([2]);
    expect(promotionsOf(all, {}).map((x) => x.id)).toEqual([3]);
    expect(promotionsOf(undefined, {})).toEqual([]);
  });
});

describe('what the tab remembers', () => {
  it('compares codes as people type them, and keeps the link’s token for its code only', () => {
    expect(normaliseCode(' abc-234 ')).toBe('ABC234');
    setPendingRsvp('ABC234', 'secret');
    expect(pendingRsvp('abc 234')).toBe('secret');
    expect(pendingRsvp('XYZ789')).toBeNull();
    forgetPendingRsvp();
    expect(pendingRsvp('ABC234')).toBeNull();
  });
});
