/**
 * The validity model's public API: pure functions over typed arrays, no I/O. A service gathers
 * each predictor's values for the hires and the selection score's SD in the applicant pool, the
 * hires' outcomes, and calls validityTable; simulateValidity is the known-truth funnel the tests check it against.
 */
export type {
  ValidityOutcomeKey,
  ValidityOutcomeSpec,
  ValiditySimulation,
  ValiditySimulationOptions,
  ValiditySimulationTruth,
} from './validity-simulator';
export {
  defaultValiditySimulation,
  simulateValidity,
  validityInputs,
  validityOutcomes,
} from './validity-simulator';
export type { CorrelationInterval, RocAuc } from './validity-statistics';
export {
  correctForRangeRestriction,
  correlationInterval,
  hanleyMcNeilSe,
  rocAuc,
  sd,
  sdFromSums,
} from './validity-statistics';
export type {
  Interval,
  OutcomeInput,
  OutcomeKind,
  PredictorInput,
  ValidityCell,
  ValidityTableOptions,
  Verdict,
} from './validity-table';
export { validityTable } from './validity-table';
