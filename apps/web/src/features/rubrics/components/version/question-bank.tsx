import { QuestionBankItem } from '@calibrate/contracts';
import { Button, Group, Modal, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import { useQuestionBank } from '../../api/rubrics';

/** The question bank in a dialog, open while a category is picked to copy into. */
export function QuestionBankDialog({
  categoryKey,
  onCopy,
  onClose,
}: {
  categoryKey: string | null;
  onCopy: (categoryKey: string, item: QuestionBankItem) => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={categoryKey !== null} onClose={onClose} title="Question bank" size="lg">
      <QuestionBank onCopy={(item) => categoryKey !== null && onCopy(categoryKey, item)} />
    </Modal>
  );
}

/** Searches the questions of every rubric, to copy one into the draft. */
function QuestionBank({ onCopy }: { onCopy: (item: QuestionBankItem) => void }) {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const bank = useQuestionBank(debounced);
  // Inline in the dialog, under the search field: not a screen's QueryState (no retry, no card).
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
