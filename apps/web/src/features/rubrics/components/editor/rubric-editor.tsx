import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import {
  categoryLabels,
  EditorContent,
  EditorIssues,
  EditorUpdate,
  move,
  newCategory,
  weightShares,
} from '../../model/editor-content';
import { CategoryEditor } from './category-editor';
import { useDragReorder } from './use-drag-reorder';

/** The draft's categories and questions, edited in place. `readOnly` for a published version. */
export function RubricEditor({
  content,
  update,
  issues,
  readOnly,
  onAddFromBank,
}: {
  content: EditorContent;
  update: EditorUpdate;
  issues: EditorIssues;
  readOnly: boolean;
  onAddFromBank: (categoryKey: string) => void;
}) {
  const shares = weightShares(content);
  // Each category's name in its controls' labels, unique on the page.
  const labels = categoryLabels(content);
  const moveCategory = (from: number, to: number) =>
    update((c) => ({ categories: move(c.categories, from, to) }));
  const drag = useDragReorder(moveCategory);
  // The category added last takes the focus (its name), as a new question does.
  const [addedKey, setAddedKey] = useState<string | null>(null);

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
              label={labels[c] ?? `Category ${c + 1}`}
              count={content.categories.length}
              share={shares[c] ?? 0}
              update={update}
              issues={issues}
              readOnly={readOnly}
              handle={dnd.handle}
              onMove={(to) => moveCategory(c, to)}
              onAddFromBank={() => onAddFromBank(category.key)}
              autoFocus={category.key === addedKey}
            />
          </Paper>
        );
      })}
      {!readOnly && (
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => {
            const added = newCategory();
            setAddedKey(added.key);
            update((c) => ({ categories: [...c.categories, added] }));
          }}
          w="fit-content"
        >
          Add category
        </Button>
      )}
    </Stack>
  );
}
