import { ActionIcon, Button, Group, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

/** The prompts an interviewer may use to dig deeper into one question (at most 10). */
export function FollowUpsEditor({
  followUps,
  label,
  readOnly,
  onChange,
}: {
  followUps: string[];
  /** The question's name in labels, e.g. "question 2 of Greeting". */
  label: string;
  readOnly: boolean;
  onChange: (followUps: string[]) => void;
}) {
  return (
    <>
      <Text size="sm" fw={500}>
        Follow-up prompts
      </Text>
      {followUps.map((prompt, i) => (
        <Group key={i} gap="xs" wrap="nowrap">
          <TextInput
            aria-label={`Follow-up ${i + 1} of ${label}`}
            value={prompt}
            onChange={(e) => {
              const next = [...followUps];
              next[i] = e.currentTarget.value;
              onChange(next);
            }}
            readOnly={readOnly}
            style={{ flex: 1 }}
          />
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove follow-up ${i + 1} of ${label}`}
              onClick={() => onChange(followUps.filter((_, j) => j !== i))}
            >
              <IconTrash size={14} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && followUps.length < 10 && (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          aria-label={`Add follow-up prompt to ${label}`}
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...followUps, ''])}
        >
          Add follow-up prompt
        </Button>
      )}
    </>
  );
}
