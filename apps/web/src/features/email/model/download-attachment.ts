import { EmailAttachment } from '@calibrate/contracts';

/** Saves an attachment (kept as text, e.g. an .ics) as a file from the browser. */
export function downloadAttachment(attachment: EmailAttachment) {
  const blob = new Blob([attachment.content], { type: attachment.contentType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.filename;
  link.click();
  // After the click has started the download: revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
