import { RubricVersion, RubricVersionSummary } from '@calibrate/contracts';
import { Button, Group } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';

import { useCreateVersion } from '../../api/rubrics';
import { SaveIndicator } from './save-indicator';
import { DraftSaveState } from './use-draft-autosave';

/**
 * Save state and preview for everyone; for editors, publishing a draft, or from a published
 * version its draft (opened or started).
 */
export function VersionActions({
  version,
  canEdit,
  readOnly,
  saveState,
  draftVersion,
  canPublish,
  onPreview,
  onPublish,
}: {
  version: RubricVersion;
  canEdit: boolean;
  readOnly: boolean;
  saveState: DraftSaveState;
  /** The rubric's draft, if it has one. */
  draftVersion: RubricVersionSummary | undefined;
  canPublish: boolean;
  onPreview: () => void;
  onPublish: () => void;
}) {
  const navigate = useNavigate();
  const createVersion = useCreateVersion();
  return (
    <Group gap="sm">
      {!readOnly && <SaveIndicator state={saveState} />}
      <Button variant="default" leftSection={<IconEye size={16} />} onClick={onPreview}>
        Preview
      </Button>
      {!canEdit ? null : version.status === 'published' ? (
        draftVersion ? (
          <Button component={Link} to={`/rubric-versions/${draftVersion.id}`}>
            Open the draft (version {draftVersion.version})
          </Button>
        ) : (
          <Button
            loading={createVersion.isPending}
            onClick={() =>
              createVersion.mutate(version.rubricId, {
                onSuccess: (draft) => void navigate(`/rubric-versions/${draft.id}`),
              })
            }
          >
            New version
          </Button>
        )
      ) : (
        <Button onClick={onPublish} disabled={!canPublish}>
          Publish version {version.version}
        </Button>
      )}
    </Group>
  );
}
