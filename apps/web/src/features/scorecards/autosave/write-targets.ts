import { Recommendation, SaveAnswer } from '@calibrate/contracts';

/** One answer as the interviewer sets it: what PUT …/scores/:questionId takes and gives back. */
export type AnswerValue = SaveAnswer;

/** The scorecard's own fields: what PATCH /scorecards/:id takes and gives back. */
export interface WrapUpValue {
  recommendation: Recommendation | null;
  summary: string;
}

/**
 * Everything the save queue writes, per kind of target: where a write goes, and the value the
 * server holds there (what is sent, what a save returns, what a conflict shows).
 */
export interface WriteTargets {
  answer: { address: { scorecardId: string; questionId: string }; value: AnswerValue };
  scorecard: { address: { scorecardId: string }; value: WrapUpValue };
}

export type WriteKind = keyof WriteTargets;

/** Where a write goes: a union discriminated by `kind`, or one kind's target. */
export type WriteTarget<K extends WriteKind = WriteKind> = {
  [P in K]: { kind: P } & WriteTargets[P]['address'];
}[K];

export type WriteValue<K extends WriteKind = WriteKind> = WriteTargets[K]['value'];

/** What the server holds for a target after a save: its version and value. */
export interface SaveResult<K extends WriteKind = WriteKind> {
  version: number;
  value: WriteValue<K>;
}

/** A save the server confirmed (or, on "take theirs", the server's version the user chose). */
export interface SavedWrite<K extends WriteKind = WriteKind> {
  target: WriteTarget<K>;
  result: SaveResult<K>;
}

const idOf: { [K in WriteKind]: (target: WriteTarget<K>) => string } = {
  answer: (target) => `${target.scorecardId}:answer:${target.questionId}`,
  scorecard: (target) => `${target.scorecardId}:scorecard`,
};

/** One pending write per target: its key in the queue and in storage. */
export const writeId = <K extends WriteKind>(target: WriteTarget<K>): string =>
  idOf[target.kind](target);

/**
 * A saved result of one kind of target, with that kind's value (TypeScript does not narrow
 * `saved` itself on `saved.target.kind`).
 */
export function savedFor<K extends WriteKind>(kind: K, saved: SavedWrite): saved is SavedWrite<K> {
  return saved.target.kind === kind;
}
