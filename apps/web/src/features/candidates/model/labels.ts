import { CandidateStage } from '@calibrate/contracts';

export { sourceLabels, stageLabels } from '@calibrate/contracts';

/** Stage colours carry meaning only together with the stage's name, never alone. */
export const stageColors: Record<CandidateStage, string> = {
  applied: 'gray',
  screening: 'blue',
  interviewing: 'indigo',
  offer: 'grape',
  hired: 'teal',
  rejected: 'red',
  withdrawn: 'orange',
};
