export { questionAnalysisQueries } from './api/get-question-analysis';
export { QuestionAnalysisPage } from './components/question-analysis-page';
