import { EmailKind, EmailStatus } from '@calibrate/contracts';

export const statusLabels: Record<EmailStatus, string> = {
  queued: 'Queued',
  sent: 'Sent',
  failed: 'Failed',
};

export const statusColors: Record<EmailStatus, string> = {
  queued: 'yellow',
  sent: 'teal',
  failed: 'red',
};

export const kindLabels: Record<EmailKind, string> = {
  notification: 'Notification',
  invitation: 'Invitation',
  digest: 'Daily digest',
};
