export { useCandidateOutcomes } from './api/get-candidate-outcomes';
export { validityQueries } from './api/get-validity';
export { useRecordCandidateOutcomes } from './api/record-candidate-outcomes';
export { ValidityPage } from './components/validity-page';
export type { Known, OutcomeFormValues } from './model/outcome-values';
export {
  binaryKeys,
  continuousKeys,
  formatOutcomeValue,
  formValuesOf,
  knownLabels,
  outcomeErrors,
  recordedLine,
  recordOf,
} from './model/outcome-values';
