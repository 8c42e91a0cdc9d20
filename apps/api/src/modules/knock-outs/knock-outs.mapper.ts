import { KnockOut } from '@calibrate/contracts';

/**
 * The knock-outs a viewer may see: a question's knock-out speaks of the panel's ratings, so it
 * is left out wherever the score is hidden (an interviewer who has not submitted their own).
 */
export function visibleKnockOuts(knockOuts: KnockOut[], scoreHidden: boolean): KnockOut[] {
  return scoreHidden ? knockOuts.filter((knockOut) => knockOut.kind !== 'question') : knockOuts;
}
