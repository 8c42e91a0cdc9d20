import { CalibrationData } from './model';

/**
 * One submitted scorecard as the repository streams it, in candidate, round, scorecard order:
 * its rated categories packed into one text column, because at a million candidates 36M
 * category rows as objects cost more to parse than to read (measured: 9 s against 6 s for
 * 141,748 bench scorecards; see the README's calibration scale figures).
 */
export interface ScorecardObservationRow {
  candidate_id: string;
  round_id: string;
  interviewer_id: string;
  /** The rubric a round was scored with: a round type, pooled across the rubric's versions. */
  rubric_id: string;
  /** The calendar month (UTC) the round took place: year × 12 + month − 1. */
  month: number;
  /**
   * "lineage:rating:answered" per rated category, comma-separated: the lineage as its 1-based
   * position in the fit's lineage list, the mean of its rated questions, their count; null when
   * nothing was rated.
   */
  cells: string | null;
}

/** Every category lineage a fit may meet, with its weight as its newest version states it. */
export interface CategoryLineage {
  id: string;
  name: string;
  weight: number;
}

/** The model's input and the ids behind its indexes. */
export interface CalibrationInput {
  data: CalibrationData;
  /** Counted before the fit: the data's arrays move to the worker thread. */
  scorecards: number;
  candidates: number;
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
 * Builds the model's struct-of-arrays from scorecards streamed in candidate, round order, batch
 * by batch: candidates and rounds are numbered as they change (no map of a million ids);
 * interviewers, round types and categories (a few thousand at most) through maps.
 */
export class CalibrationInputBuilder {
  private readonly interviewers = new Index();
  private readonly roundTypes = new Index();
  /** Dense category index per lineage position (1-based), for the lineages that occur. */
  private readonly categoryOf = new Map<number, number>();
  private readonly categoryLineageIds: string[] = [];
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
  private lastCandidate: string | null = null;
  private lastRound: string | null = null;
  private candidates = 0;
  private rounds = 0;

  constructor(private readonly lineages: CategoryLineage[]) {
    this.obsStart.push(0);
  }

  add(rows: ScorecardObservationRow[]): void {
    for (const row of rows) {
      // A submitted scorecard with every question "not asked" says nothing.
      if (!row.cells) continue;
      if (row.candidate_id !== this.lastCandidate) {
        this.lastCandidate = row.candidate_id;
        this.candidates++;
      }
      if (row.round_id !== this.lastRound) {
        this.lastRound = row.round_id;
        this.rounds++;
      }
      this.candidate.push(this.candidates - 1);
      this.interviewer.push(this.interviewers.of(row.interviewer_id));
      this.roundType.push(this.roundTypes.of(row.rubric_id));
      this.round.push(this.rounds - 1);
      this.period.push(row.month);
      for (const cell of row.cells.split(',')) {
        const [position = '', rating = '', answered = ''] = cell.split(':');
        this.category.push(this.categoryAt(Number(position)));
        this.rating.push(Number(rating));
        // Answered questions per category (kept, at most 255; the fit does not weight by them).
        this.answered.push(Math.min(Number(answered), 255));
      }
      this.obsStart.push(this.category.length);
    }
  }

  /** The model's input; call once, after the last batch. */
  build(): CalibrationInput {
    const totalWeight = this.weights.reduce((sum, weight) => sum + weight, 0);
    const candidate = this.candidate.toArray();
    return {
      data: {
        nCandidates: this.candidates,
        nInterviewers: this.interviewers.ids.length,
        nRoundTypes: this.roundTypes.ids.length,
        nCategories: this.categoryLineageIds.length,
        nRounds: this.rounds,
        candidate,
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
      scorecards: candidate.length,
      candidates: this.candidates,
      interviewerIds: this.interviewers.ids,
      categoryLineageIds: this.categoryLineageIds,
    };
  }

  private categoryAt(position: number): number {
    let category = this.categoryOf.get(position);
    if (category === undefined) {
      const lineage = this.lineages[position - 1];
      if (!lineage) throw new Error(`Unknown category lineage position ${position}.`);
      category = this.categoryLineageIds.length;
      this.categoryOf.set(position, category);
      this.categoryLineageIds.push(lineage.id);
      this.weights.push(lineage.weight);
    }
    return category;
  }
}

/** Every typed array of the data: handed to the worker thread rather than copied. */
export function transferables(data: CalibrationData): ArrayBuffer[] {
  const arrays = [
    data.candidate,
    data.interviewer,
    data.roundType,
    data.round,
    data.obsStart,
    data.category,
    data.rating,
    data.answered,
    data.categoryWeight,
    data.period,
  ];
  return arrays.flatMap((array) => (array ? [array.buffer as ArrayBuffer] : []));
}
