import {
  changedOutcomes,
  mergeOutcomes,
  outcomeImportColumnFor,
  outcomeRangeText,
  parseHandleTime,
  parseOutcomeImportRow,
  parsePercent,
  parseYesNo,
} from './outcome-imports.schema';
import { RecordOutcomes } from './validity.schema';

describe('outcome import columns', () => {
  it.each([
    ['Email', 'email'],
    [' Agent  E-mail ', 'email'],
    ['Candidate Email', 'email'],
    ['Nesting QA', 'nestingQaScore'],
    ['QA Score', 'nestingQaScore'],
    ['Nesting QA score', 'nestingQaScore'],
    ['AHT', 'averageHandleTimeSeconds'],
    ['AHT (sec)', 'averageHandleTimeSeconds'],
    ['Average handle time', 'averageHandleTimeSeconds'],
    ['FCR %', 'firstContactResolutionPercent'],
    ['First-contact resolution', 'firstContactResolutionPercent'],
    ['CSAT %', 'csatPercent'],
    ['30 day', 'employedAt30Days'],
    ['Active at 30 days', 'employedAt30Days'],
    ['90_day', 'employedAt90Days'],
    ['Retained 90', 'employedAt90Days'],
    ['Still employed 90 days', 'employedAt90Days'],
    ['Still Employed (30 Days)', 'employedAt30Days'],
    ['Still employed at 90 days', 'employedAt90Days'],
    ['csatPercent', 'csatPercent'],
  ])('reads “%s” as %s', (header, column) => {
    expect(outcomeImportColumnFor(header)).toBe(column);
  });

  it('knows no other column', () => {
    expect(outcomeImportColumnFor('Team leader')).toBeUndefined();
  });
});

describe('outcome import cells', () => {
  it('reads yes/no words', () => {
    for (const word of ['yes', 'Y', 'TRUE', '1', 'active', 'Retained'])
      expect(parseYesNo(word)).toBe(true);
    for (const word of ['no', 'n', 'false', '0', 'Left', 'terminated', 'resigned'])
      expect(parseYesNo(word)).toBe(false);
    expect(parseYesNo('maybe')).toBeUndefined();
  });

  it('reads handle times in seconds or as durations', () => {
    expect(parseHandleTime('395')).toBe(395);
    expect(parseHandleTime('395 sec')).toBe(395);
    expect(parseHandleTime('6:35')).toBe(395);
    expect(parseHandleTime('0:06:35')).toBe(395);
    expect(parseHandleTime('1:02:03')).toBe(3723);
    expect(parseHandleTime('6:75')).toBeUndefined();
    expect(parseHandleTime('six minutes')).toBeUndefined();
  });

  it('reads percentages with or without the sign', () => {
    expect(parsePercent('78')).toBe(78);
    expect(parsePercent('78%')).toBe(78);
    expect(parsePercent(' 78.5 % ')).toBe(78.5);
    expect(parsePercent('high')).toBeUndefined();
  });

  it('takes the ranges from recordOutcomesSchema', () => {
    expect(outcomeRangeText('csatPercent')).toBe('from 0 to 100');
    expect(outcomeRangeText('averageHandleTimeSeconds')).toBe('from 1 to 7200 seconds');
  });
});

describe('parseOutcomeImportRow', () => {
  it('gives the row’s figures only, in the file’s formats', () => {
    expect(
      parseOutcomeImportRow({
        row: 2,
        email: ' Maria@Example.com ',
        nestingQaScore: '82.5',
        averageHandleTimeSeconds: '6:35',
        csatPercent: '91%',
        employedAt90Days: 'left',
      }),
    ).toEqual({
      email: 'maria@example.com',
      figures: {
        nestingQaScore: 82.5,
        averageHandleTimeSeconds: 395,
        csatPercent: 91,
        employedAt90Days: false,
      },
      errors: [],
    });
  });

  it('rounds a handle time to the second', () => {
    expect(
      parseOutcomeImportRow({ row: 2, email: 'a@b.co', averageHandleTimeSeconds: '395.6' }).figures,
    ).toEqual({ averageHandleTimeSeconds: 396 });
  });

  it('reports every problem, naming the column', () => {
    const { errors } = parseOutcomeImportRow({
      row: 3,
      email: 'not-an-email',
      nestingQaScore: '120',
      averageHandleTimeSeconds: '9000',
      firstContactResolutionPercent: 'lots',
      csatPercent: '-1%',
      employedAt30Days: 'maybe',
    });
    expect(errors.map((error) => error.field)).toEqual([
      'email',
      'nestingQaScore',
      'averageHandleTimeSeconds',
      'firstContactResolutionPercent',
      'csatPercent',
      'employedAt30Days',
    ]);
    expect(errors[1]?.message).toBe('Nesting QA score must be from 0 to 100; this row has 120.');
    expect(errors[2]?.message).toMatch(/^Average handle time must be from 1 to 7200 seconds/);
    expect(errors[5]?.message).toMatch(/^Still employed at 30 days: “maybe” is not yes or no/);
  });

  it('asks for an email', () => {
    expect(parseOutcomeImportRow({ row: 2, csatPercent: '80' }).errors).toEqual([
      { field: 'email', message: expect.any(String) },
    ]);
  });
});

describe('merging a row into the stored record', () => {
  const stored: RecordOutcomes = {
    nestingQaScore: 70,
    averageHandleTimeSeconds: 400,
    firstContactResolutionPercent: null,
    csatPercent: 88,
    employedAt30Days: true,
    employedAt90Days: null,
  };

  it('replaces the figures the row gives and keeps the rest', () => {
    const merged = mergeOutcomes(stored, { nestingQaScore: 75, employedAt90Days: false });
    expect(merged).toEqual({ ...stored, nestingQaScore: 75, employedAt90Days: false });
    expect(changedOutcomes(stored, merged)).toEqual(['nestingQaScore', 'employedAt90Days']);
  });

  it('changes nothing when the row repeats the record or gives nothing', () => {
    expect(changedOutcomes(stored, mergeOutcomes(stored, { csatPercent: 88 }))).toEqual([]);
    expect(changedOutcomes(stored, mergeOutcomes(stored, {}))).toEqual([]);
    expect(changedOutcomes(null, mergeOutcomes(null, {}))).toEqual([]);
  });

  it('starts from nothing when no record is stored', () => {
    const merged = mergeOutcomes(null, { csatPercent: 90 });
    expect(merged.csatPercent).toBe(90);
    expect(merged.nestingQaScore).toBeNull();
    expect(changedOutcomes(null, merged)).toEqual(['csatPercent']);
  });
});
