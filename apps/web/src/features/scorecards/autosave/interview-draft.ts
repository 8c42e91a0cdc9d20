import { Scorecard } from '@calibrate/contracts';
import { useSyncExternalStore } from 'react';

import { SaveQueue, writeFor } from './save-queue';
import { AnswerValue, savedFor, WrapUpValue } from './write-targets';

export const EMPTY_ANSWER: AnswerValue = Object.freeze({ rating: null, notAsked: false, note: '' });

const ANY = '*';

/**
 * What the interviewer has typed into one scorecard: the server's answers, overlaid by writes still
 * queued (after a reload, those are newer). Each question has its own subscription, so typing a
 * note re-renders that question only.
 */
export class InterviewDraft {
  private readonly answers = new Map<string, AnswerValue>();
  private readonly versions = new Map<string, number>();
  private wrapUp: WrapUpValue;
  private wrapUpVersion: number;
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly scorecardId: string;

  constructor(
    scorecard: Scorecard,
    private readonly queue: SaveQueue,
  ) {
    this.scorecardId = scorecard.id;
    // Passed around as a plain function (progress counts, submit checks).
    this.getAnswer = this.getAnswer.bind(this);
    for (const answer of scorecard.answers) {
      this.answers.set(answer.questionId, {
        rating: answer.rating,
        notAsked: answer.notAsked,
        note: answer.note,
      });
      this.versions.set(answer.questionId, answer.version);
    }
    this.wrapUp = { recommendation: scorecard.recommendation, summary: scorecard.summary };
    this.wrapUpVersion = scorecard.version;
    // A save that landed after the scorecard was read (e.g. unsent writes resumed on load).
    for (const saved of queue.savedSince(scorecard.id)) {
      if (savedFor('answer', saved)) {
        const known = this.versions.get(saved.target.questionId) ?? 0;
        if (saved.result.version <= known) continue;
        this.answers.set(saved.target.questionId, saved.result.value);
        this.versions.set(saved.target.questionId, saved.result.version);
      } else if (savedFor('scorecard', saved) && saved.result.version > this.wrapUpVersion) {
        this.wrapUp = saved.result.value;
        this.wrapUpVersion = saved.result.version;
      }
    }
    for (const write of queue.getSnapshot().writes) {
      if (write.target.scorecardId !== scorecard.id) continue;
      if (writeFor('answer', write)) this.answers.set(write.target.questionId, write.desired);
      else if (writeFor('scorecard', write)) this.wrapUp = { ...this.wrapUp, ...write.desired };
    }
  }

  /** Follows the queue: saved versions become the base of the next edit; "take theirs" shows theirs. */
  connect(): () => void {
    return this.queue.onSaved((saved, authoritative) => {
      if (saved.target.scorecardId !== this.scorecardId) return;
      if (savedFor('answer', saved)) {
        this.versions.set(saved.target.questionId, saved.result.version);
        if (authoritative) {
          this.answers.set(saved.target.questionId, saved.result.value);
          this.notify(saved.target.questionId);
        }
      } else if (savedFor('scorecard', saved)) {
        this.wrapUpVersion = saved.result.version;
        if (authoritative) {
          this.wrapUp = saved.result.value;
          this.notify('wrap-up');
        }
      }
    });
  }

  getAnswer(questionId: string): AnswerValue {
    return this.answers.get(questionId) ?? EMPTY_ANSWER;
  }

  getWrapUp = (): WrapUpValue => this.wrapUp;

  setAnswer(questionId: string, change: Partial<AnswerValue>): void {
    const before = this.getAnswer(questionId);
    const next: AnswerValue = { ...before, ...change };
    // A rating and "not asked" exclude each other; the API refuses both at once.
    if (change.rating !== undefined && change.rating !== null) next.notAsked = false;
    if (change.notAsked) next.rating = null;
    if (
      next.rating === before.rating &&
      next.notAsked === before.notAsked &&
      next.note === before.note
    )
      return;
    this.answers.set(questionId, next);
    this.notify(questionId);
    this.queue.enqueue(
      { kind: 'answer', scorecardId: this.scorecardId, questionId },
      { ...next },
      this.versions.get(questionId) ?? 0,
    );
  }

  setWrapUp(change: Partial<WrapUpValue>): void {
    this.wrapUp = { ...this.wrapUp, ...change };
    this.notify('wrap-up');
    this.queue.enqueue(
      { kind: 'scorecard', scorecardId: this.scorecardId },
      { ...this.wrapUp },
      this.wrapUpVersion,
    );
  }

  /** The scorecard version submit must name in If-Match, once its writes are saved. */
  get scorecardVersion(): number {
    return this.wrapUpVersion;
  }

  subscribe(key: string, listener: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Any answer changed: for progress counts, which subscribe with a cheap snapshot. */
  subscribeAll = (listener: () => void) => this.subscribe(ANY, listener);

  private notify(key: string): void {
    for (const listener of this.listeners.get(key) ?? []) listener();
    for (const listener of this.listeners.get(ANY) ?? []) listener();
  }
}

export function useAnswer(draft: InterviewDraft, questionId: string): AnswerValue {
  return useSyncExternalStore(
    (listener) => draft.subscribe(questionId, listener),
    () => draft.getAnswer(questionId),
  );
}

export function useWrapUp(draft: InterviewDraft): WrapUpValue {
  return useSyncExternalStore((listener) => draft.subscribe('wrap-up', listener), draft.getWrapUp);
}

/**
 * A value derived from all answers (e.g. "which are answered" as a string): the component
 * re-renders only when that value changes, not on every keystroke of a note.
 */
export function useDraftDerived<T extends string | number | boolean>(
  draft: InterviewDraft,
  derive: (get: (questionId: string) => AnswerValue) => T,
): T {
  return useSyncExternalStore(draft.subscribeAll, () => derive(draft.getAnswer));
}
