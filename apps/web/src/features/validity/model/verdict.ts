import { ValidityVerdict } from '@calibrate/contracts';

/** A verdict's words; its colour only ever accompanies them. */
export const verdictLabels: Record<ValidityVerdict, string> = {
  predicts: 'Predicts',
  predicts_nothing: 'Predicts nothing',
  backwards: 'Backwards',
  too_few: 'Too few',
};

/** Light badge colours (the theme prints their text dark enough on the tint for AA). */
export const verdictColors: Record<Exclude<ValidityVerdict, 'too_few'>, string> = {
  predicts: 'green',
  predicts_nothing: 'gray',
  backwards: 'red',
};

/** What a verdict means, for a badge's title and screen readers. */
export function describeVerdict(verdict: ValidityVerdict, minN: number): string {
  switch (verdict) {
    case 'predicts':
      return 'Higher scores go with better outcomes: both 95% intervals are on that side.';
    case 'predicts_nothing':
      return 'No useful relation: an interval includes 0, or the corrected r is under 0.10.';
    case 'backwards':
      return 'Higher scores go with worse outcomes.';
    case 'too_few':
      return `Fewer than ${minN} hires with this outcome: no verdict yet.`;
  }
}
