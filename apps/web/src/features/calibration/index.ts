export { CalibrationPage } from './components/calibration-page';
export { formatLeniency } from './model/format';
export { describeLeniency, readingLabels, readLeniency } from './model/leniency';
