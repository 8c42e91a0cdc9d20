import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Collapse,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconChevronDown,
  IconChevronRight,
  IconGripVertical,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { DragEvent, useState } from 'react';

import {
  EditorCategory,
  EditorContent,
  EditorIssues,
  EditorQuestion,
  move,
  newCategory,
  newQuestion,
  weightShares,
} from '../model/editor-content';

type Update = (update: (content: EditorContent) => EditorContent) => void;

/** Reorders a list by dragging a handle; the arrow buttons do the same from the keyboard. */
function useDragReorder(onMove: (from: number, to: number) => void) {
  const [dragging, setDragging] = useState<number | null>(null);
  return (index: number) => ({
    onDragOver: (event: DragEvent) => {
      if (dragging !== null) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      if (dragging !== null) onMove(dragging, index);
      setDragging(null);
    },
    handle: {
      draggable: true,
      onDragStart: (event: DragEvent) => {
        event.dataTransfer.effectAllowed = 'move';
        setDragging(index);
      },
      onDragEnd: () => setDragging(null),
    },
  });
}

const LEVEL_HINTS = ['1 · poor', '2 · weak', '3 · acceptable', '4 · good', '5 · excellent'];

/** The draft's categories and questions, edited in place. `readOnly` for a published version. */
export function RubricEditor({
  content,
  update,
  issues,
  readOnly,
  onAddFromBank,
}: {
  content: EditorContent;
  update: Update;
  issues: EditorIssues;
  readOnly: boolean;
  onAddFromBank: (categoryKey: string) => void;
}) {
  const shares = weightShares(content);
  const moveCategory = (from: number, to: number) =>
    update((c) => ({ categories: move(c.categories, from, to) }));
  const drag = useDragReorder(moveCategory);

  return (
    <Stack gap="md">
      {content.categories.length === 0 && (
        <Alert color="blue" variant="light">
          A rubric starts with a category. Add one, then its questions.
        </Alert>
      )}
      {issues.errors.get('categories') && content.categories.length === 0 && (
        <Text c="red.8" size="sm">
          {issues.errors.get('categories')}
        </Text>
      )}
      {content.categories.map((category, c) => {
        const dnd = drag(c);
        return (
          <Paper
            key={category.key}
            withBorder
            radius="md"
            p="md"
            onDragOver={dnd.onDragOver}
            onDrop={dnd.onDrop}
            data-testid="category"
          >
            <CategoryEditor
              category={category}
              index={c}
              count={content.categories.length}
              share={shares[c] ?? 0}
              update={update}
              issues={issues}
              readOnly={readOnly}
              handle={dnd.handle}
              onMove={(to) => moveCategory(c, to)}
              onAddFromBank={() => onAddFromBank(category.key)}
            />
          </Paper>
        );
      })}
      {!readOnly && (
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => update((c) => ({ categories: [...c.categories, newCategory()] }))}
          w="fit-content"
        >
          Add category
        </Button>
      )}
    </Stack>
  );
}

function CategoryEditor({
  category,
  index,
  count,
  share,
  update,
  issues,
  readOnly,
  handle,
  onMove,
  onAddFromBank,
}: {
  category: EditorCategory;
  index: number;
  count: number;
  share: number;
  update: Update;
  issues: EditorIssues;
  readOnly: boolean;
  handle: Record<string, unknown>;
  onMove: (to: number) => void;
  onAddFromBank: () => void;
}) {
  const label = category.name || `Category ${index + 1}`;
  const set = (patch: Partial<EditorCategory>) =>
    update((c) => ({
      categories: c.categories.map((x) => (x.key === category.key ? { ...x, ...patch } : x)),
    }));
  const setQuestions = (questions: (current: EditorQuestion[]) => EditorQuestion[]) =>
    update((c) => ({
      categories: c.categories.map((x) =>
        x.key === category.key ? { ...x, questions: questions(x.questions) } : x,
      ),
    }));
  const moveQuestion = (from: number, to: number) => setQuestions((qs) => move(qs, from, to));
  const drag = useDragReorder(moveQuestion);
  const path = `categories.${index}`;

  return (
    <Stack gap="sm">
      <Group align="flex-start" wrap="nowrap" gap="xs">
        {!readOnly && (
          <Stack gap={2} pt={24}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Drag ${label}`}
              style={{ cursor: 'grab' }}
              {...handle}
            >
              <IconGripVertical size={16} />
            </ActionIcon>
          </Stack>
        )}
        <TextInput
          label="Category"
          placeholder="e.g. Empathy"
          value={category.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={issues.errors.get(`${path}.name`)}
          readOnly={readOnly}
          style={{ flex: 1 }}
        />
        <NumberInput
          label="Weight"
          min={0}
          max={100}
          step={0.5}
          decimalScale={2}
          value={category.weight}
          onChange={(value) =>
            set({ weight: typeof value === 'number' ? value : Number(value) || 0 })
          }
          error={issues.errors.get(`${path}.weight`)}
          readOnly={readOnly}
          w={110}
        />
        <Stack gap={0} pt={26} w={70}>
          <Text size="sm" fw={600} aria-label={`${label} counts for ${Math.round(share)}%`}>
            {Math.round(share)}%
          </Text>
          <Text size="xs" c="dimmed">
            of score
          </Text>
        </Stack>
        {!readOnly && (
          <Group gap={2} pt={24} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Move ${label} up`}
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Move ${label} down`}
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Delete ${label}`}
              onClick={() =>
                update((c) => ({ categories: c.categories.filter((x) => x.key !== category.key) }))
              }
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        )}
      </Group>
      <Textarea
        label="Description"
        placeholder="What this category covers (optional)"
        autosize
        minRows={1}
        value={category.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
        readOnly={readOnly}
      />
      {issues.errors.get(`${path}.questions`) && (
        <Text c="red.8" size="sm" role="alert">
          {issues.errors.get(`${path}.questions`)}
        </Text>
      )}
      <Stack gap="xs" pl="lg">
        {category.questions.map((question, q) => {
          const dnd = drag(q);
          return (
            <div key={question.key} onDragOver={dnd.onDragOver} onDrop={dnd.onDrop}>
              <QuestionEditor
                question={question}
                number={q + 1}
                count={category.questions.length}
                error={issues.errors.get(`${path}.questions.${q}.text`)}
                missingAnchors={issues.missingAnchors.has(question.key)}
                readOnly={readOnly}
                handle={dnd.handle}
                onChange={(patch) =>
                  setQuestions((qs) =>
                    qs.map((x) => (x.key === question.key ? { ...x, ...patch } : x)),
                  )
                }
                onMove={(to) => moveQuestion(q, to)}
                onDelete={() => setQuestions((qs) => qs.filter((x) => x.key !== question.key))}
              />
            </div>
          );
        })}
        {!readOnly && (
          <Group gap="xs">
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setQuestions((qs) => [...qs, newQuestion()])}
            >
              Add question to {label}
            </Button>
            <Button variant="subtle" size="xs" onClick={onAddFromBank}>
              Copy from question bank…
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}

function QuestionEditor({
  question,
  number,
  count,
  error,
  missingAnchors,
  readOnly,
  handle,
  onChange,
  onMove,
  onDelete,
}: {
  question: EditorQuestion;
  number: number;
  count: number;
  error: string | undefined;
  missingAnchors: boolean;
  readOnly: boolean;
  handle: Record<string, unknown>;
  onChange: (patch: Partial<EditorQuestion>) => void;
  onMove: (to: number) => void;
  onDelete: () => void;
}) {
  const [open, setOpen] = useState(!question.id);
  const label = `question ${number}`;
  return (
    <Paper withBorder radius="sm" p="xs" bg="gray.0">
      <Group align="flex-start" wrap="nowrap" gap="xs">
        {!readOnly && (
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Drag ${label}`}
            style={{ cursor: 'grab' }}
            mt={4}
            {...handle}
          >
            <IconGripVertical size={14} />
          </ActionIcon>
        )}
        <ActionIcon
          variant="subtle"
          color="gray"
          mt={4}
          aria-label={open ? `Hide details of ${label}` : `Show details of ${label}`}
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
        </ActionIcon>
        <Textarea
          aria-label={`Question ${number}`}
          placeholder="The question, as the interviewer asks it"
          autosize
          minRows={1}
          value={question.text}
          onChange={(e) => onChange({ text: e.currentTarget.value })}
          error={error}
          readOnly={readOnly}
          style={{ flex: 1 }}
        />
        {missingAnchors && (
          <Tooltip label="Some rating levels have no anchor">
            <Badge
              color="yellow"
              variant="light"
              c="dark.8"
              mt={6}
              leftSection={<IconAlertTriangle size={12} />}
            >
              Anchors missing
            </Badge>
          </Tooltip>
        )}
        {!readOnly && (
          <Group gap={2} wrap="nowrap" mt={4}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Move ${label} up`}
              disabled={number === 1}
              onClick={() => onMove(number - 2)}
            >
              <IconArrowUp size={14} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Move ${label} down`}
              disabled={number === count}
              onClick={() => onMove(number)}
            >
              <IconArrowDown size={14} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Delete ${label}`}
              onClick={onDelete}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        )}
      </Group>
      <Collapse expanded={open}>
        <Stack gap="xs" mt="xs" pl={60}>
          <Textarea
            label="Guidance: what a strong answer shows"
            autosize
            minRows={2}
            value={question.guidance}
            onChange={(e) => onChange({ guidance: e.currentTarget.value })}
            readOnly={readOnly}
          />
          {question.anchors.map((anchor, level) => (
            <Textarea
              key={level}
              label={`Anchor ${LEVEL_HINTS[level]}`}
              autosize
              minRows={1}
              value={anchor}
              placeholder={`What a ${level + 1} sounds like`}
              onChange={(e) => {
                const anchors = [...question.anchors];
                anchors[level] = e.currentTarget.value;
                onChange({ anchors });
              }}
              readOnly={readOnly}
            />
          ))}
          <Text size="sm" fw={500}>
            Follow-up prompts
          </Text>
          {question.followUps.map((prompt, i) => (
            <Group key={i} gap="xs" wrap="nowrap">
              <TextInput
                aria-label={`Follow-up ${i + 1} of ${label}`}
                value={prompt}
                onChange={(e) => {
                  const followUps = [...question.followUps];
                  followUps[i] = e.currentTarget.value;
                  onChange({ followUps });
                }}
                readOnly={readOnly}
                style={{ flex: 1 }}
              />
              {!readOnly && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove follow-up ${i + 1} of ${label}`}
                  onClick={() =>
                    onChange({ followUps: question.followUps.filter((_, j) => j !== i) })
                  }
                >
                  <IconTrash size={14} />
                </ActionIcon>
              )}
            </Group>
          ))}
          {!readOnly && question.followUps.length < 10 && (
            <Button
              variant="subtle"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={14} />}
              onClick={() => onChange({ followUps: [...question.followUps, ''] })}
            >
              Add follow-up prompt
            </Button>
          )}
        </Stack>
      </Collapse>
    </Paper>
  );
}
