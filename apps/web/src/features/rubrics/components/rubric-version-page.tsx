import { QuestionBankItem, RubricVersion } from '@calibrate/contracts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCloudOff,
  IconEye,
  IconLoader2,
  IconLock,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';

import {
  useCreateVersion,
  usePublishVersion,
  useQuestionBank,
  useRubric,
  useRubricVersion,
} from '../api/rubrics';
import {
  asPreviewVersion,
  EditorContent,
  editorIssues,
  fromVersion,
  newQuestion,
} from '../model/editor-content';
import { describeDiff, diffVersions } from '../model/version-diff';
import { RubricEditor } from './rubric-editor';
import { RubricPreview } from './rubric-preview';
import { DraftSaveState, restoreBackup, useDraftAutosave } from './use-draft-autosave';
import { VersionDiffView } from './version-diff-view';

export function RubricVersionPage({ versionId, canEdit }: { versionId: string; canEdit: boolean }) {
  const version = useRubricVersion(versionId);
  if (version.isPending)
    return (
      <Stack aria-busy="true" aria-label="Loading the rubric">
        <Skeleton height={32} width="40%" />
        <Skeleton height={240} />
      </Stack>
    );
  if (version.isError)
    return (
      <ErrorAlert
        title="This rubric version could not be loaded"
        message={version.error.message}
        onAction={() => void version.refetch()}
      />
    );
  return <VersionEditor key={version.data.id} version={version.data} canEdit={canEdit} />;
}

function SaveIndicator({ state }: { state: DraftSaveState }) {
  const [icon, text] =
    state.kind === 'saved'
      ? [
          <IconCircleCheck key="i" size={16} color="var(--mantine-color-teal-9)" />,
          'All changes saved',
        ]
      : state.kind === 'saving' || state.kind === 'unsaved'
        ? [<IconLoader2 key="i" size={16} />, 'Saving…']
        : state.kind === 'offline'
          ? [
              <IconCloudOff key="i" size={16} color="var(--mantine-color-orange-9)" />,
              'Offline: kept in this browser, retrying',
            ]
          : [
              <IconAlertTriangle key="i" size={16} color="var(--mantine-color-red-8)" />,
              `Not saved: ${state.message}`,
            ];
  return (
    <Group gap={6} role="status" aria-live="polite" data-save-state={state.kind} wrap="nowrap">
      {icon}
      <Text size="sm">{text}</Text>
    </Group>
  );
}

function VersionEditor({ version, canEdit }: { version: RubricVersion; canEdit: boolean }) {
  const navigate = useNavigate();
  const rubric = useRubric(version.rubricId);
  const readOnly = version.status === 'published' || !canEdit;
  const [restored] = useState(() => (readOnly ? null : restoreBackup(version)));
  const [content, setContent] = useState<EditorContent>(() => restored ?? fromVersion(version));
  const issues = useMemo(() => editorIssues(content), [content]);
  const autosave = useDraftAutosave(version, content, setContent, !readOnly);
  const [bankFor, setBankFor] = useState<string | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const createVersion = useCreateVersion();
  const currentId = rubric.data?.currentVersionId ?? null;
  const draftVersion = rubric.data?.versions.find((v) => v.status === 'draft');
  const isCurrent = currentId === version.id;

  const copyFromBank = (item: QuestionBankItem) => {
    const categoryKey = bankFor;
    setContent((c) => ({
      categories: c.categories.map((category) =>
        category.key === categoryKey
          ? {
              ...category,
              questions: [
                ...category.questions,
                newQuestion({
                  text: item.text,
                  guidance: item.guidance,
                  anchors: [...item.anchors],
                  followUps: [...item.followUps],
                }),
              ],
            }
          : category,
      ),
    }));
    notifications.show({ message: `Copied “${item.text}” into the draft.` });
    setBankFor(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Group gap="xs">
            <Anchor component={Link} to="/rubrics" size="sm">
              Rubrics
            </Anchor>
            <Text size="sm" c="dimmed">
              /
            </Text>
            <Anchor component={Link} to={`/rubrics/${version.rubricId}`} size="sm">
              {version.rubricName}
            </Anchor>
          </Group>
          <Group gap="sm">
            <Title order={1} size="h2">
              {version.rubricName}, version {version.version}
            </Title>
            {version.status === 'published' ? (
              <Badge
                variant="light"
                color={isCurrent ? 'teal' : 'gray'}
                c="dark.8"
                leftSection={<IconLock size={12} />}
              >
                {isCurrent ? 'Published · current' : 'Published'}
              </Badge>
            ) : (
              <Badge variant="light" color="yellow" c="dark.8">
                Draft
              </Badge>
            )}
          </Group>
        </div>
        <Group gap="sm">
          {!readOnly && <SaveIndicator state={autosave.state} />}
          <Button
            variant="default"
            leftSection={<IconEye size={16} />}
            onClick={() => setPreviewOpen(true)}
          >
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
            <Button onClick={() => setPublishOpen(true)} disabled={issues.errorCount > 0}>
              Publish version {version.version}
            </Button>
          )}
        </Group>
      </Group>

      {version.status === 'published' ? (
        <Alert color="gray" icon={<IconLock size={18} />}>
          A published version never changes: {version.roundCount} interview round
          {version.roundCount === 1 ? ' is' : 's are'} scored with it. “New version” starts a draft
          from the newest version.
        </Alert>
      ) : (
        <>
          {restored && (
            <Alert color="blue" variant="light">
              Restored changes that had not reached the server yet; they are being saved now.
            </Alert>
          )}
          {issues.errorCount > 0 && (
            <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
              {issues.errorCount} thing{issues.errorCount === 1 ? '' : 's'} to fix before
              publishing, marked below. The draft is saved as it is meanwhile.
            </Alert>
          )}
        </>
      )}

      <RubricEditor
        content={content}
        update={setContent}
        issues={issues}
        readOnly={readOnly}
        onAddFromBank={setBankFor}
      />

      <Modal
        opened={previewOpen}
        onClose={() => setPreviewOpen(false)}
        title="Preview: what interviewers see"
        size="100%"
      >
        {previewOpen && <RubricPreview version={asPreviewVersion(content, version)} />}
      </Modal>
      <Modal
        opened={bankFor !== null}
        onClose={() => setBankFor(null)}
        title="Question bank"
        size="lg"
      >
        <QuestionBank onCopy={copyFromBank} />
      </Modal>
      <Modal
        opened={publishOpen}
        onClose={() => setPublishOpen(false)}
        title={`Publish version ${version.version}?`}
        size="xl"
      >
        {publishOpen && (
          <PublishConfirm
            draftId={version.id}
            content={content}
            version={version}
            previousId={currentId}
            flush={autosave.flush}
            onClose={() => setPublishOpen(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function PublishConfirm({
  draftId,
  content,
  version,
  previousId,
  flush,
  onClose,
}: {
  draftId: string;
  content: EditorContent;
  version: RubricVersion;
  previousId: string | null;
  flush: () => Promise<boolean>;
  onClose: () => void;
}) {
  const previous = useRubricVersion(previousId ?? undefined);
  const publish = usePublishVersion();
  const [error, setError] = useState<string | null>(null);
  const after = asPreviewVersion(content, version);
  // Lineage of new items is their key until saved; saved items carry the server's lineage.
  const withLineage: RubricVersion = {
    ...after,
    categories: after.categories.map((category, c) => {
      const saved = version.categories.find((x) => x.id === content.categories[c]?.id);
      return {
        ...category,
        lineageId: saved?.lineageId ?? category.lineageId,
        questions: category.questions.map((question, q) => {
          const id = content.categories[c]?.questions[q]?.id;
          const savedQuestion = version.categories
            .flatMap((x) => x.questions)
            .find((x) => x.id === id);
          return { ...question, lineageId: savedQuestion?.lineageId ?? question.lineageId };
        }),
      };
    }),
  };
  const diff =
    previousId && previous.data
      ? diffVersions(previous.data, withLineage)
      : diffVersions(null, withLineage);

  const confirm = async () => {
    setError(null);
    if (!(await flush())) {
      setError('The draft could not be saved. Check your connection and try again.');
      return;
    }
    publish.mutate(draftId, {
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

function QuestionBank({ onCopy }: { onCopy: (item: QuestionBankItem) => void }) {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const bank = useQuestionBank(debounced);
  return (
    <Stack>
      <TextInput
        label="Search questions of every rubric"
        placeholder="e.g. angry customer"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        data-autofocus
      />
      {debounced.trim().length < 2 ? (
        <Text size="sm" c="dimmed">
          Type at least two characters.
        </Text>
      ) : bank.isPending ? (
        <Skeleton height={60} />
      ) : bank.isError ? (
        <Text c="red.8" size="sm">
          {bank.error.message}
        </Text>
      ) : bank.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No question matches “{debounced}”.
        </Text>
      ) : (
        <Stack gap="xs" role="list" aria-label="Matching questions">
          {bank.data.items.map((item) => (
            <Group key={item.questionId} justify="space-between" wrap="nowrap" role="listitem">
              <div>
                <Text size="sm">{item.text}</Text>
                <Text size="xs" c="dimmed">
                  {item.rubricName} v{item.version} · {item.categoryName}
                  {item.versionStatus === 'draft' ? ' · draft' : ''}
                </Text>
              </div>
              <Button
                size="xs"
                variant="light"
                onClick={() => onCopy(item)}
                aria-label={`Copy “${item.text}”`}
              >
                Copy
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
