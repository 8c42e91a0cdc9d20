export { FeedbackOwedPage } from './components/feedback-owed-page';
