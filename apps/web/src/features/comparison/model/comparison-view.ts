import {
  Comparison,
  recommendationLabels,
  recommendations,
  RoundGroup,
  roundGroupLabel,
  RoundGroupScore,
} from '@calibrate/contracts';
import Papa from 'papaparse';

/** "A", "B", … "H": blind mode's names, in the order the candidates were picked. */
export const blindLetter = (index: number) => String.fromCharCode(65 + index);

/** What a candidate is called on screen and in exports: their name, or a letter in blind mode. */
export function candidateLabel(name: string, index: number, blind: boolean): string {
  return blind ? `Candidate ${blindLetter(index)}` : name;
}

/** The candidate ids of a comparison URL (`?candidates=a,b,c`), each once, in order. */
export function readCandidateIds(value: string | null): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

const fixed = (value: number | null, digits: number) =>
  value === null ? '' : value.toFixed(digits);

type ComparedCandidate = Comparison['candidates'][number];

/** A candidate's figures for a round group (an empty group when the API sent none). */
export function groupScoresOf(candidate: ComparedCandidate, key: string): RoundGroupScore {
  return (
    candidate.roundGroups.find((group) => group.key === key) ?? {
      key,
      weightedScore100: null,
      correctedScore100: null,
      scoredRounds: 0,
      categories: [],
    }
  );
}

/** A group's category scores of a candidate, by name (undefined: not scored). */
export const groupCategoryOf = (candidate: ComparedCandidate, key: string, category: string) =>
  groupScoresOf(candidate, key).categories.find((c) => c.name === category);

/** The round groups with the label each prints under (the rubric added when two share a name). */
export function labelledGroups(comparison: Comparison): (RoundGroup & { label: string })[] {
  return comparison.roundGroups.map((group) => ({
    ...group,
    label: roundGroupLabel(group, comparison.roundGroups),
  }));
}

/**
 * The comparison as a spreadsheet: a column per candidate; per round group (plan order) each
 * category (raw, then corrected for leniency) and the group's subtotal; then the overall weighted
 * total (raw, then corrected); each question's mean, recommendations and interviewers as rows.
 * Row labels name the round. Blind mode exports letters.
 */
export function comparisonCsv(comparison: Comparison, blind: boolean): string {
  const candidates = comparison.candidates;
  const header = ['', ...candidates.map((c, index) => candidateLabel(c.name, index, blind))];
  const groups = labelledGroups(comparison);
  const labelOf = new Map(groups.map((group) => [group.key, group.label]));
  const rows: (string | number)[][] = [
    ...groups.flatMap((group) => [
      ...group.categories.flatMap((category) => {
        const scores = candidates.map((c) => groupCategoryOf(c, group.key, category));
        return [
          [`${group.label}: ${category} (1-5)`, ...scores.map((s) => fixed(s?.score ?? null, 2))],
          [
            `${group.label}: ${category} corrected (1-5)`,
            ...scores.map((s) => fixed(s?.correctedScore ?? null, 2)),
          ],
        ];
      }),
      [
        `${group.label} subtotal (0-100)`,
        ...candidates.map((c) => fixed(groupScoresOf(c, group.key).weightedScore100, 1)),
      ],
      [
        `${group.label} subtotal corrected (0-100)`,
        ...candidates.map((c) => fixed(groupScoresOf(c, group.key).correctedScore100, 1)),
      ],
    ]),
    [
      'Overall weighted score (0-100)',
      ...candidates.map((c) => fixed(c.overall.weightedScore100, 1)),
    ],
    [
      'Overall corrected score (0-100)',
      ...candidates.map((c) => fixed(c.overall.correctedScore100, 1)),
    ],
    ...comparison.questions.map((question) => [
      `${labelOf.get(question.roundGroup) ?? ''}: ${question.category}: ${question.text} (mean 1-5)`,
      ...question.candidates.map((cell) => fixed(cell.mean, 2)),
    ]),
    ...recommendations.map((recommendation) => [
      `Recommended ${recommendationLabels[recommendation].toLowerCase()}`,
      ...candidates.map((c) => c.overall.recommendations[recommendation]),
    ]),
    ['Interviewers', ...candidates.map((c) => c.overall.interviewers)],
    ['Scored rounds', ...candidates.map((c) => c.overall.scoredRounds)],
  ];
  // A leading = + - @ would run as a formula in a spreadsheet: keep text as text.
  const safe = (cell: string | number): string =>
    typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : String(cell);
  return Papa.unparse(
    { fields: header.map(safe), data: rows.map((row) => row.map(safe)) },
    { newline: '\r\n' },
  );
}
