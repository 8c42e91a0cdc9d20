/**
 * The rules of a scorecard's answers, once: interview mode, submit and amend all ask these
 * (the API's one-statement save and submit checks repeat them in SQL, pinned by tests).
 */
export interface AnswerLike {
  rating: number | null;
  notAsked: boolean;
  note: string;
}

/** Ratings at the ends of the scale need written evidence: a note saying what was heard. */
export const EVIDENCE_RATINGS: readonly number[] = [1, 5];

/** A question counts as answered once rated or marked "not asked" ("not asked" never counts as zero). */
export function isAnswered(answer: AnswerLike | undefined): boolean {
  return answer !== undefined && (answer.rating !== null || answer.notAsked);
}

/** A 1 or a 5 without a note: not yet submittable. */
export function needsEvidence(answer: AnswerLike | undefined): boolean {
  return (
    answer !== undefined &&
    answer.rating !== null &&
    EVIDENCE_RATINGS.includes(answer.rating) &&
    answer.note.trim() === ''
  );
}

export function evidenceMessage(rating: number): string {
  return `A rating of ${rating} needs a note as evidence.`;
}
