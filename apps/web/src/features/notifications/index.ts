export { notificationQueries } from './api/notifications';
export { NotificationBell } from './components/notification-bell';
