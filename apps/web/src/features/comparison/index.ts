export { comparisonQueries } from './api/get-comparison';
export { ComparisonPage } from './components/comparison-page';
export { readCandidateIds } from './model/comparison-view';
