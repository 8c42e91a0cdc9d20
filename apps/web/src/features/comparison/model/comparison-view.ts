import { Comparison, recommendationLabels, recommendations } from '@calibrate/contracts';
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

/**
 * The comparison as a spreadsheet: a column per candidate; the weighted total (raw, then corrected
 * for leniency), each category (raw, then corrected) and each question's mean, recommendations
 * and interviewers as rows. Blind mode exports letters.
 */
export function comparisonCsv(comparison: Comparison, blind: boolean): string {
  const candidates = comparison.candidates;
  const header = ['', ...candidates.map((c, index) => candidateLabel(c.name, index, blind))];
  const rows: (string | number)[][] = [
    ['Weighted score (0-100)', ...candidates.map((c) => fixed(c.overall.weightedScore100, 1))],
    ['Corrected score (0-100)', ...candidates.map((c) => fixed(c.overall.correctedScore100, 1))],
    ...comparison.categories.flatMap((category) => {
      const scores = candidates.map((c) => c.overall.categories.find((x) => x.name === category));
      return [
        [`${category} (1-5)`, ...scores.map((s) => fixed(s?.score ?? null, 2))],
        [`${category} corrected (1-5)`, ...scores.map((s) => fixed(s?.correctedScore ?? null, 2))],
      ];
    }),
    ...comparison.questions.map((question) => [
      `${question.category}: ${question.text} (mean 1-5)`,
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
