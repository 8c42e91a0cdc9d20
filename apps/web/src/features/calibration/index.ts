export { useMyCalibration } from './api/get-calibration';
export { CalibrationPage } from './components/calibration-page';
export { formatFitTime } from './model/fit';
export { formatLeniency } from './model/format';
export { describeLeniency, readingLabels, readLeniency } from './model/leniency';
export type { OwnCalibration } from './model/own-calibration';
export { describeOwnCalibration } from './model/own-calibration';
