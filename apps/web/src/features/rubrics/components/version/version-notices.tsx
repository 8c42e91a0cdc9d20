import { RubricVersion } from '@calibrate/contracts';
import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';

/** Why a published version is locked; on a draft, restored edits and what blocks publishing. */
export function VersionNotices({
  version,
  restored,
  errorCount,
}: {
  version: RubricVersion;
  restored: boolean;
  errorCount: number;
}) {
  if (version.status === 'published')
    return (
      <Alert color="gray" icon={<IconLock size={18} />}>
        A published version never changes: {version.roundCount} interview round
        {version.roundCount === 1 ? ' is' : 's are'} scored with it. “New version” starts a draft
        from the newest version.
      </Alert>
    );
  return (
    <>
      {restored && (
        <Alert color="blue" variant="light">
          Restored changes that had not reached the server yet; they are being saved now.
        </Alert>
      )}
      {errorCount > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
          {errorCount} thing{errorCount === 1 ? '' : 's'} to fix before publishing, marked below.
          The draft is saved as it is meanwhile.
        </Alert>
      )}
    </>
  );
}
