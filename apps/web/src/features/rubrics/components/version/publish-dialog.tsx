import { RubricVersion } from '@calibrate/contracts';
import { Alert, Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { usePublishVersion, useRubricVersion } from '../../api/rubrics';
import { asPublishedVersion, EditorContent } from '../../model/editor-content';
import { describeDiff, diffVersions } from '../../model/version-diff';
import { VersionDiffView } from '../version-diff-view';
import { KnockOutWhatIf } from './knock-out-what-if';

interface PublishProps {
  content: EditorContent;
  version: RubricVersion;
  /** The rubric's current version, which this one replaces; null before the first. */
  previousId: string | null;
  /** Saves what is still unsaved; true once the server holds everything. */
  flush: () => Promise<boolean>;
  /** Edits not saved yet (the knock-out what-if counts the saved draft). */
  unsaved: boolean;
  onClose: () => void;
}

/** "Publish version N?": what changes since the current version, then publish. */
export function PublishDialog({ opened, ...props }: PublishProps & { opened: boolean }) {
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={`Publish version ${props.version.version}?`}
      size="xl"
    >
      {opened && <PublishConfirm {...props} />}
    </Modal>
  );
}

function PublishConfirm({ content, version, previousId, flush, unsaved, onClose }: PublishProps) {
  const previous = useRubricVersion(previousId ?? undefined);
  const publish = usePublishVersion();
  const [error, setError] = useState<string | null>(null);
  const after = asPublishedVersion(content, version);
  const diff =
    previousId && previous.data ? diffVersions(previous.data, after) : diffVersions(null, after);

  const confirm = async () => {
    setError(null);
    if (!(await flush())) {
      setError('The draft could not be saved. Check your connection and try again.');
      return;
    }
    publish.mutate(version.id, {
      onSuccess: () => {
        notifications.show({ message: `Version ${version.version} is published.` });
        onClose();
      },
      onError: (e) => setError(e.message),
    });
  };

  return (
    <Stack>
      <Text size="sm">
        Interviewers will score new rounds with this version. Rounds already scheduled keep the
        version they were scheduled with. A published version cannot be edited.
      </Text>
      {previousId && previous.isPending ? (
        <Skeleton height={80} />
      ) : (
        <>
          <Text fw={600}>
            {previousId && previous.data
              ? `Changes since version ${previous.data.version}: ${describeDiff(diff)}`
              : `First version: ${describeDiff(diff)}`}
          </Text>
          <VersionDiffView diff={diff} />
        </>
      )}
      <KnockOutWhatIf version={version} unsaved={unsaved} headingOrder={3} />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Keep editing
        </Button>
        <Button onClick={() => void confirm()} loading={publish.isPending} data-autofocus>
          Publish
        </Button>
      </Group>
    </Stack>
  );
}
