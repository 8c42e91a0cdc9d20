export { useRubrics } from './api/rubrics';
export { useRubricActions } from './components/rubric/use-rubric-actions';
export { RubricPage } from './components/rubric-page';
export { RubricVersionPage } from './components/rubric-version-page';
export { RubricsPage } from './components/rubrics-page';
