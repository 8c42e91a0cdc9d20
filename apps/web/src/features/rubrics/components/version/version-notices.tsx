import { RubricVersion } from '@calibrate/contracts';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';

import { formatDateTime } from '@/lib/format-date';

/** Someone else saved the draft after it was opened here: the two ways out. */
export interface DraftConflict {
  theirs: RubricVersion;
  takeTheirs: () => void;
  keepMine: () => void;
}

/**
 * Why a published version is locked; on a draft, a save conflict, restored edits and what blocks
 * publishing.
 */
export function VersionNotices({
  version,
  restored,
  errorCount,
  conflict,
}: {
  version: RubricVersion;
  restored: boolean;
  errorCount: number;
  conflict?: DraftConflict;
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
      {conflict && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title="Someone else saved this draft while you were editing"
        >
          <Text size="sm">
            Their version was saved {formatDateTime(conflict.theirs.updatedAt)}. Your edits are kept
            in this browser and nothing more is saved until you choose.
          </Text>
          <Group gap="sm" mt="sm">
            <Button size="xs" color="red" onClick={conflict.keepMine}>
              Keep my edits
            </Button>
            <Button size="xs" variant="default" onClick={conflict.takeTheirs}>
              Load their version
            </Button>
          </Group>
        </Alert>
      )}
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
