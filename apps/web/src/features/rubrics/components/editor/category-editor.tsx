import { Button, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import {
  EditorCategory,
  EditorIssues,
  EditorQuestion,
  EditorUpdate,
  move,
  newQuestion,
  patchCategory,
  updateQuestions,
} from '../../model/editor-content';
import { DragHandle, ItemControls } from './item-controls';
import { QuestionEditor } from './question-editor';
import { DragHandleProps, useDragReorder } from './use-drag-reorder';

/**
 * A button whose label wraps when it is wider than the card (a long category name on a phone),
 * and is the usual button on one line otherwise: as high, its label centred.
 */
const wrappingButton = {
  root: {
    height: 'auto',
    minHeight: 'var(--button-height)',
    paddingBlock: 4,
    display: 'inline-flex',
    alignItems: 'center',
  },
  label: { whiteSpace: 'normal', textAlign: 'left', height: 'auto', lineHeight: 1.2 },
} as const;

/** One category: its name, weight and share of the score, description, and its questions. */
export function CategoryEditor({
  category,
  index,
  label,
  count,
  share,
  update,
  issues,
  readOnly,
  handle,
  onMove,
  onAddFromBank,
  autoFocus = false,
}: {
  category: EditorCategory;
  index: number;
  /**
   * The category in its controls' labels ("Add question to Greeting", "Question 1 of Greeting"),
   * unique on the page: its name, or "Category 2" while it has none.
   */
  label: string;
  count: number;
  share: number;
  update: EditorUpdate;
  issues: EditorIssues;
  readOnly: boolean;
  handle: DragHandleProps;
  onMove: (to: number) => void;
  onAddFromBank: () => void;
  /** A category just added: its name takes the focus, so typing goes into it. */
  autoFocus?: boolean;
}) {
  // The question added last takes the focus: typing after "Add question" writes the question
  // instead of pressing the button again at every space.
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const set = (patch: Partial<EditorCategory>) =>
    update((c) => patchCategory(c, category.key, patch));
  const setQuestions = (questions: (current: EditorQuestion[]) => EditorQuestion[]) =>
    update((c) => updateQuestions(c, category.key, questions));
  const moveQuestion = (from: number, to: number) => setQuestions((qs) => move(qs, from, to));
  const drag = useDragReorder(moveQuestion);
  const path = `categories.${index}`;

  return (
    <Stack gap="sm">
      {/* The name keeps at least 12rem: on a phone the weight, its share and the buttons wrap
          under it (beside it, they left the name a few letters wide). */}
      <Group align="flex-start" wrap="wrap" gap="xs">
        {!readOnly && (
          <Stack gap={2} pt={24}>
            <DragHandle label={label} handle={handle} iconSize={16} />
          </Stack>
        )}
        {/* Every category's fields have the same visible labels: their accessible names say
            which category they belong to (the name's own field goes by the category's place, a
            name that changed with every letter typed would be no name). */}
        <TextInput
          label="Category"
          aria-label={`Category ${index + 1} name`}
          placeholder="e.g. Empathy"
          value={category.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={issues.errors.get(`${path}.name`)}
          readOnly={readOnly}
          style={{ flex: '1 1 12rem', minWidth: 0 }}
          autoFocus={autoFocus}
        />
        <NumberInput
          label="Weight"
          aria-label={`Weight of ${label}`}
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
          <ItemControls
            pt={24}
            ml="auto"
            label={label}
            index={index}
            count={count}
            iconSize={16}
            onMove={onMove}
            onDelete={() =>
              update((c) => ({ categories: c.categories.filter((x) => x.key !== category.key) }))
            }
          />
        )}
      </Group>
      <Textarea
        label="Description"
        aria-label={`Description of ${label}`}
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
                categoryLabel={label}
                count={category.questions.length}
                error={issues.errors.get(`${path}.questions.${q}.text`)}
                missingAnchors={issues.missingAnchors.has(question.key)}
                readOnly={readOnly}
                autoFocus={question.key === addedKey}
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
            {/* A long category name wraps inside the button: on a phone it ran past the card. */}
            <Button
              variant="subtle"
              size="xs"
              maw="100%"
              styles={wrappingButton}
              leftSection={<IconPlus size={14} />}
              onClick={() => {
                const added = newQuestion();
                setAddedKey(added.key);
                setQuestions((qs) => [...qs, added]);
              }}
            >
              Add question to {label}
            </Button>
            <Button
              variant="subtle"
              size="xs"
              aria-label={`Copy from question bank into ${label}…`}
              onClick={onAddFromBank}
            >
              Copy from question bank…
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
