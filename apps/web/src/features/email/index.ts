export { emailQueries } from './api/email-outbox';
export { OutboxPage } from './components/outbox-page';
