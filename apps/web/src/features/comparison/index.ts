export { ComparisonPage } from './components/comparison-page';
