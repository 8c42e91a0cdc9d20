/**
 * The calibration model's public API: pure functions over typed arrays, no I/O. The service
 * builds a CalibrationData, calls fitLeniency (in a worker), and stores what it returns.
 */
export type { Components } from './connectedness';
export { connectedComponents } from './connectedness';
export type { CategoryFit } from './fit-categories';
export type {
  CandidateResults,
  FitOptions,
  FitWarning,
  InterviewerResults,
  LeniencyFit,
  WarningCode,
} from './fit-leniency';
export { defaultFitOptions, fitLeniency } from './fit-leniency';
export type { CalibrationData } from './layout';
export { scorecardScores, validateData } from './layout';
export type { MonthlyLeniency } from './monthly-leniency';
export { monthIndex, monthlyLeniency, monthOfIndex } from './monthly-leniency';
export type { PanelAgreement } from './panel-agreement';
export type { RaterDiagnostics } from './rater-diagnostics';
export type {
  AlphaMetric,
  BootstrapSettings,
  Estimate,
  IccForms,
  ModelReliability,
  Units,
} from './reliability';
export {
  alphaWithInterval,
  icc,
  iccWithIntervals,
  krippendorffAlpha,
  modelReliability,
  unitsFromTable,
} from './reliability';
export type { PopulationReliability } from './simulated-truth';
export { populationReliability } from './simulated-truth';
export type { Simulation, SimulationOptions, SimulationTruth } from './simulator';
export { defaultSimulation, simulate } from './simulator';
export type { VarianceComponents } from './variance-components';
