import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';

import { JobForm, Option } from './use-job-form';

/** The rounds of a job's plan, in order: each with its rubric and default panel. */
export function InterviewPlanFields({
  form,
  canEdit,
  rubricOptions,
  interviewerOptions,
}: {
  form: JobForm;
  canEdit: boolean;
  rubricOptions: Option[];
  interviewerOptions: Option[];
}) {
  const plan = form.getValues().interviewPlan;
  // The round added last takes the focus (its name), so typing goes into it, not the button.
  const [addedIndex, setAddedIndex] = useState<number | null>(null);
  const reorder = (from: number, to: number) => {
    setAddedIndex(null);
    form.reorderListItem('interviewPlan', { from, to });
  };
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb={4}>
        Interview plan
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The rounds every candidate goes through, in order. A round scheduled from the plan pins its
        rubric’s current published version.
      </Text>
      <Stack gap="sm">
        {plan.length === 0 && (
          <Text size="sm" c="dimmed">
            No rounds yet.
          </Text>
        )}
        {plan.map((_round, index) => (
          <Group
            key={form.key(`interviewPlan.${index}`)}
            align="flex-end"
            wrap="nowrap"
            data-testid="plan-round"
          >
            <Text fw={600} w={24} pb={8}>
              {index + 1}.
            </Text>
            <TextInput
              label="Round"
              placeholder="e.g. Mock call"
              readOnly={!canEdit}
              style={{ flex: 1 }}
              autoFocus={index === addedIndex}
              {...form.getInputProps(`interviewPlan.${index}.name`)}
            />
            <Select
              label="Rubric"
              data={rubricOptions}
              searchable
              readOnly={!canEdit}
              style={{ flex: 1 }}
              {...form.getInputProps(`interviewPlan.${index}.rubricId`)}
            />
            <MultiSelect
              label="Default interviewers"
              data={interviewerOptions}
              searchable
              readOnly={!canEdit}
              style={{ flex: 1.3 }}
              {...form.getInputProps(`interviewPlan.${index}.defaultInterviewerIds`)}
            />
            {canEdit && (
              <Group gap={2} wrap="nowrap" pb={4}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move round ${index + 1} up`}
                  disabled={index === 0}
                  onClick={() => reorder(index, index - 1)}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move round ${index + 1} down`}
                  disabled={index === plan.length - 1}
                  onClick={() => reorder(index, index + 1)}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove round ${index + 1}`}
                  onClick={() => {
                    setAddedIndex(null);
                    form.removeListItem('interviewPlan', index);
                  }}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            )}
          </Group>
        ))}
        {canEdit && (
          <Button
            variant="light"
            w="fit-content"
            leftSection={<IconPlus size={16} />}
            onClick={() => {
              setAddedIndex(plan.length);
              form.insertListItem('interviewPlan', {
                name: '',
                rubricId: '',
                defaultInterviewerIds: [],
              });
            }}
          >
            Add round
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
