/**
 * The question analysis's statistics: pure functions, no I/O. The service reads each rubric's
 * corrected ratings per scorecard and per round and calls these.
 */
export type { ItemRatings, ItemRest } from './item-rest';
export { itemRestCorrelations } from './item-rest';
export type { PanelIcc } from './panel-icc';
export { panelIcc } from './panel-icc';
