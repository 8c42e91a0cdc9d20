import { RubricVersion } from '@calibrate/contracts';
import { Modal } from '@mantine/core';

import { asPreviewVersion, EditorContent } from '../../model/editor-content';
import { RubricPreview } from '../rubric-preview';

/** The draft as interviewers meet it, mounted only while open. */
export function PreviewDialog({
  opened,
  onClose,
  content,
  version,
}: {
  opened: boolean;
  onClose: () => void;
  content: EditorContent;
  version: RubricVersion;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Preview: what interviewers see" size="100%">
      {opened && <RubricPreview version={asPreviewVersion(content, version)} />}
    </Modal>
  );
}
