export { interviewQueries } from './api/interviews';
export { MyInterviewsPage } from './components/my-interviews-page';
export { PanelProgress } from './components/panel-progress';
export { RoundActions } from './components/round-actions';
export { interviewsToKeepOffline } from './model/interviews-to-keep-offline';
export { applyProgressEvent } from './model/panel-progress';
