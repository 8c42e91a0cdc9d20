import { CalibrationData } from './model';

/** One submitted scorecard's mean rating in one category lineage, as the repository reads it. */
export interface CategoryObservationRow {
  scorecard_id: string;
  candidate_id: string;
  interviewer_id: string;
  /** The rubric a round was scored with: a round type, pooled across the rubric's versions. */
  rubric_id: string;
  round_id: string;
  /** The calendar month (UTC) the round took place: year × 12 + month − 1. */
  month: number;
  lineage_id: string;
  weight: number;
  rating: number;
  answered: number;
}

/** The model's input and the ids behind its indexes. */
export interface CalibrationInput {
  data: CalibrationData;
  candidateIds: string[];
  interviewerIds: string[];
  categoryLineageIds: string[];
}

type TypedArray = Int32Array | Uint16Array | Uint8Array | Float32Array;

/** A typed array that grows by doubling: 36M observations as plain arrays would take ~1 GB. */
class Growable<T extends TypedArray> {
  private array: T;
  length = 0;
  constructor(private readonly make: (size: number) => T) {
    this.array = make(1024);
  }
  push(value: number): void {
    if (this.length === this.array.length) {
      const next = this.make(this.array.length * 2);
      next.set(this.array);
      this.array = next;
    }
    this.array[this.length++] = value;
  }
  /** A copy holding exactly the values pushed. */
  toArray(): T {
    return this.array.slice(0, this.length) as T;
  }
}

/** Dense indexes for ids, in the order they are first seen. */
class Index {
  readonly ids: string[] = [];
  private readonly positions = new Map<string, number>();
  of(id: string): number {
    let position = this.positions.get(id);
    if (position === undefined) {
      position = this.ids.length;
      this.positions.set(id, position);
      this.ids.push(id);
    }
    return position;
  }
}

/**
 * Builds the model's struct-of-arrays from rows grouped by scorecard (rows of one scorecard
 * arrive together, as `ORDER BY scorecard` gives them), batch by batch, so a million candidates'
 * rows never sit in memory as objects all at once.
 */
export class CalibrationInputBuilder {
  private readonly candidates = new Index();
  private readonly interviewers = new Index();
  private readonly roundTypes = new Index();
  private readonly rounds = new Index();
  private readonly categories = new Index();
  private readonly weights: number[] = [];
  private readonly candidate = new Growable((n) => new Int32Array(n));
  private readonly interviewer = new Growable((n) => new Int32Array(n));
  private readonly roundType = new Growable((n) => new Int32Array(n));
  private readonly round = new Growable((n) => new Int32Array(n));
  private readonly period = new Growable((n) => new Int32Array(n));
  private readonly obsStart = new Growable((n) => new Int32Array(n));
  private readonly category = new Growable((n) => new Uint16Array(n));
  private readonly rating = new Growable((n) => new Float32Array(n));
  private readonly answered = new Growable((n) => new Uint8Array(n));
  private lastScorecard: string | null = null;

  constructor() {
    this.obsStart.push(0);
  }

  add(rows: CategoryObservationRow[]): void {
    for (const row of rows) {
      if (row.scorecard_id !== this.lastScorecard) {
        if (this.lastScorecard !== null) this.obsStart.push(this.category.length);
        this.lastScorecard = row.scorecard_id;
        this.candidate.push(this.candidates.of(row.candidate_id));
        this.interviewer.push(this.interviewers.of(row.interviewer_id));
        this.roundType.push(this.roundTypes.of(row.rubric_id));
        this.round.push(this.rounds.of(row.round_id));
        this.period.push(row.month);
      }
      const category = this.categories.of(row.lineage_id);
      // A category's weight as its latest rubric version states it (rows of later versions win).
      this.weights[category] = row.weight;
      this.category.push(category);
      this.rating.push(row.rating);
      // Answered questions per category (kept, at most 255; the fit does not weight by them).
      this.answered.push(Math.min(row.answered, 255));
    }
  }

  /** The model's input; call once, after the last batch. */
  build(): CalibrationInput {
    if (this.lastScorecard !== null) this.obsStart.push(this.category.length);
    const totalWeight = this.weights.reduce((sum, weight) => sum + weight, 0);
    return {
      data: {
        nCandidates: this.candidates.ids.length,
        nInterviewers: this.interviewers.ids.length,
        nRoundTypes: this.roundTypes.ids.length,
        nCategories: this.categories.ids.length,
        nRounds: this.rounds.ids.length,
        candidate: this.candidate.toArray(),
        interviewer: this.interviewer.toArray(),
        roundType: this.roundType.toArray(),
        round: this.round.toArray(),
        obsStart: this.obsStart.toArray(),
        period: this.period.toArray(),
        category: this.category.toArray(),
        rating: this.rating.toArray(),
        answered: this.answered.toArray(),
        categoryWeight:
          totalWeight > 0
            ? Float64Array.from(this.weights, (weight) => weight / totalWeight)
            : undefined,
      },
      candidateIds: this.candidates.ids,
      interviewerIds: this.interviewers.ids,
      categoryLineageIds: this.categories.ids,
    };
  }
}
