import { cellErrors, readScore, toBatch } from './assessmentTable';

const m = { required: (min: number, max: number) => `fill ${min}–${max}`, range: (min: number, max: number) => `${min} to ${max}` };

describe('the assessment table', () => {
  it('reads scores as people type them', () => {
    expect(readScore(' 3 ')).toBe(3);
    expect(readScore('+2')).toBe(2);
    expect(readScore('\u22122')).toBe(-2);
    expect(readScore('')).toBeNull();
    expect(readScore('3.5')).toBeUndefined();
    expect(readScore('x')).toBeUndefined();
  });

  it('sends the rows with something typed in, each a dated assessment', () => {
    const batch = toBatch(
      [
        { subject: { type: 'person', id: 4 }, cells: { influence: '4', interest: '5', attitude: '\u22121', legitimacy: '3', urgency: '2', 'relevance:stigma_reduction': '3', 'relevance:suicide_prevention': '2' } },
        { subject: { type: 'organisation', id: 5 }, cells: {} },
        { subject: { type: 'person', id: 6 }, cells: { influence: ' ' } },
      ],
      '2026-12-01',
      ['stigma_reduction', 'suicide_prevention'],
      m,
    );
    expect(batch.errors).toEqual({});
    expect(batch.subjects).toEqual(['p4']);
    expect(batch.items).toEqual([
      { subject_type: 'person', subject_id: 4, assessed_on: '2026-12-01', influence: 4, interest: 5, attitude: -1, legitimacy: 3, urgency: 2, relevance: { stigma_reduction: 3, suicide_prevention: 2 }, rationale: '' },
    ]);
  });

  it('assesses an organisation as its own subject', () => {
    const batch = toBatch([{ subject: { type: 'organisation', id: 9 }, cells: { influence: '5', interest: '4', attitude: '2', legitimacy: '5', urgency: '3' } }], '2026-12-01', [], m);
    expect(batch.errors).toEqual({});
    expect(batch.subjects).toEqual(['o9']);
    expect([batch.items[0].subject_type, batch.items[0].subject_id, batch.items[0].relevance]).toEqual(['organisation', 9, {}]);
  });

  it('counts only the columns shown: text left in an unticked relevance column does not fill a row', () => {
    const batch = toBatch([{ subject: { type: 'person', id: 3 }, cells: { 'relevance:gone': '2' } }], '2026-12-01', ['kept'], m);
    expect(batch).toEqual({ items: [], subjects: [], errors: {} });
  });

  it('names every wrong or missing cell of a row', () => {
    const batch = toBatch([{ subject: { type: 'person', id: 7 }, cells: { influence: '9', interest: '3', attitude: '3', legitimacy: '', urgency: '2', 'relevance:x': '5' } }], '2026-12-01', ['x'], m);
    expect(Object.keys(batch.errors).sort()).toEqual(['p7-attitude', 'p7-influence', 'p7-legitimacy', 'p7-relevance:x']);
    expect(batch.errors['p7-influence'].message).toBe('1 to 5');
    expect(batch.errors['p7-attitude'].message).toBe('-2 to 2');
    expect(batch.errors['p7-legitimacy'].message).toBe('fill 1–5');
  });

  it('puts the server’s errors back on their cells by the item’s index', () => {
    const errors = cellErrors(
      [
        { field: 'items[1].interest', message: 'bad', code: 'whole_number_range', params: {} },
        { field: 'items[0].subject_id', message: 'no such person' },
        { field: 'items[1].relevance.stigma', message: 'no theme' },
        { field: 'items[9].urgency', message: 'beyond the batch' },
      ],
      ['p11', 'o12'],
    );
    expect(Object.keys(errors).sort()).toEqual(['o12-interest', 'o12-relevance:stigma', 'p11-influence']);
    expect(errors['o12-interest'].code).toBe('whole_number_range');
  });
});
