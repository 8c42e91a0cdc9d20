/**
 * The question analysis's statistics: pure functions, no I/O. The calibration aggregation adds
 * corrected ratings into per-job sums as it streams the scorecards; the report adds jobs up and
 * turns the sums into figures.
 */
export type { PairSums } from '../../calibration/model/stats';
export { addPair, emptyPairSums, mergePairSums } from '../../calibration/model/stats';
export type { ItemRatings, ItemRest } from './item-rest';
export { itemRestCorrelations, itemRestFromSums } from './item-rest';
export type { PanelIcc, PanelSums } from './panel-icc';
export { addPanel, emptyPanelSums, mergePanelSums, panelIcc, panelIccFromSums } from './panel-icc';
