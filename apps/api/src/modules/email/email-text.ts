/** Small text helpers for e-mails (pure functions, no Nest). */

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "Mon 2 Mar 2026, 09:30 UTC": e-mails do not know the reader's time zone, so they say UTC (the
 * .ics carries the instant, and calendars show it in local time). Built by hand: ICU's output
 * varies between Node builds.
 */
export function formatWhen(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ` +
    `${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`
  );
}

/** The address of "Name <address>" (or the whole text when there are no angle brackets). */
export function mailboxAddress(mailbox: string): string {
  const match = /<([^<>]+)>\s*$/.exec(mailbox);
  return (match?.[1] ?? mailbox).trim();
}

/** The footer every notification e-mail ends with: why it came and where to change that. */
export const NOTIFICATION_FOOTER =
  'You get this e-mail because e-mail notifications are on in your notification settings ' +
  '(the bell, then "Notification settings").';

/** A notification as an e-mail's text: what it says, and the link to act on it. */
export function notificationText(body: string, link: string | null, appUrl: string): string {
  const parts = [body.trim()];
  if (link) parts.push(`Open it: ${appUrl}${link}`);
  parts.push(`— Calibrate\n${NOTIFICATION_FOOTER}`);
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
