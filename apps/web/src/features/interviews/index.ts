export { interviewQueries } from './api/interviews';
export { MyInterviewsPage } from './components/my-interviews-page';
export { RoundActions } from './components/round-actions';
export { interviewsToKeepOffline } from './model/interviews-to-keep-offline';
