import { RubricVersion } from '@calibrate/contracts';
import { Group, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';

import { QueryState } from '@/components/ui/query-state';

import { useRubric, useRubricVersion } from '../api/rubrics';
import { knockOutRulesKey } from '../model/knock-out-what-if';
import { RubricEditor } from './editor/rubric-editor';
import { KnockOutWhatIf } from './version/knock-out-what-if';
import { PreviewDialog } from './version/preview-dialog';
import { PublishDialog } from './version/publish-dialog';
import { QuestionBankDialog } from './version/question-bank';
import { useVersionDraft } from './version/use-version-draft';
import { VersionActions } from './version/version-actions';
import { VersionNotices } from './version/version-notices';
import { VersionTitle } from './version/version-title';

/** One rubric version: a draft edited in place and published, or a published one to read. */
export function RubricVersionPage({ versionId, canEdit }: { versionId: string; canEdit: boolean }) {
  const version = useRubricVersion(versionId);
  return (
    <QueryState
      query={version}
      loading={
        <Stack aria-busy="true" aria-label="Loading the rubric">
          <Skeleton height={32} width="40%" />
          <Skeleton height={240} />
        </Stack>
      }
      errorTitle="This rubric version could not be loaded"
      errorMessage={version.error?.message}
    >
      {(data) => <VersionEditor key={data.id} version={data} canEdit={canEdit} />}
    </QueryState>
  );
}

function VersionEditor({ version, canEdit }: { version: RubricVersion; canEdit: boolean }) {
  const rubric = useRubric(version.rubricId);
  const readOnly = version.status === 'published' || !canEdit;
  const draft = useVersionDraft(version, readOnly);
  const [bankFor, setBankFor] = useState<string | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const currentId = rubric.data?.currentVersionId ?? null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <VersionTitle version={version} isCurrent={currentId === version.id} />
        <VersionActions
          version={version}
          canEdit={canEdit}
          readOnly={readOnly}
          saveState={draft.autosave.state}
          draftVersion={rubric.data?.versions.find((v) => v.status === 'draft')}
          canPublish={draft.issues.errorCount === 0}
          onPreview={() => setPreviewOpen(true)}
          onPublish={() => setPublishOpen(true)}
        />
      </Group>
      <VersionNotices
        version={version}
        restored={draft.restored !== null}
        errorCount={draft.issues.errorCount}
        conflict={
          draft.autosave.state.kind === 'conflict'
            ? {
                theirs: draft.autosave.state.theirs,
                takeTheirs: draft.autosave.takeTheirs,
                keepMine: draft.autosave.keepMine,
              }
            : undefined
        }
      />
      <RubricEditor
        content={draft.content}
        update={draft.setContent}
        issues={draft.issues}
        readOnly={readOnly}
        onAddFromBank={setBankFor}
      />
      {/* The count is of the saved draft: shown once a rule is saved, and in the publish dialog. */}
      {!readOnly && knockOutRulesKey(version) !== '' && (
        <KnockOutWhatIf version={version} unsaved={draft.autosave.state.kind !== 'saved'} />
      )}
      <PreviewDialog
        opened={previewOpen}
        onClose={() => setPreviewOpen(false)}
        content={draft.content}
        version={version}
      />
      <QuestionBankDialog
        categoryKey={bankFor}
        onClose={() => setBankFor(null)}
        onCopy={(categoryKey, item) => {
          draft.copyFromBank(categoryKey, item);
          setBankFor(null);
        }}
      />
      <PublishDialog
        opened={publishOpen}
        onClose={() => setPublishOpen(false)}
        content={draft.content}
        version={version}
        previousId={currentId}
        flush={draft.autosave.flush}
        unsaved={draft.autosave.state.kind !== 'saved'}
      />
    </Stack>
  );
}
