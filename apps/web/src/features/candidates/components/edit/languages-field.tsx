import { cefrLevels } from '@calibrate/contracts';
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';

import { EditValues } from '../../model/candidate-edit';

/** The candidate's languages, one row each (language and CEFR level), added and removed. */
export function LanguagesField({ form }: { form: UseFormReturnType<EditValues> }) {
  const languages = form.getValues().languages;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Languages
      </Text>
      {languages.map((_, index) => (
        <Group key={index} gap="xs" align="flex-start">
          <TextInput
            aria-label={`Language ${index + 1}`}
            placeholder="e.g. Spanish"
            style={{ flex: 1 }}
            {...form.getInputProps(`languages.${index}.language`)}
          />
          <Select
            aria-label={`Level of language ${index + 1}`}
            data={[...cefrLevels]}
            allowDeselect={false}
            w={90}
            {...form.getInputProps(`languages.${index}.level`)}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={`Remove language ${index + 1}`}
            onClick={() => form.removeListItem('languages', index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={14} />}
        w="fit-content"
        onClick={() => form.insertListItem('languages', { language: '', level: 'B2' })}
      >
        Add language
      </Button>
    </Stack>
  );
}
