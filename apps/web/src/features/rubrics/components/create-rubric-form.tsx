import { createRubricSchema } from '@calibrate/contracts';
import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useNavigate } from 'react-router';

import { fieldErrors } from '@/lib/error-details';

import { useCreateRubric } from '../api/rubrics';

/** Names a new rubric, then opens its first draft. */
export function CreateRubricForm({ onDone }: { onDone: () => void }) {
  const navigate = useNavigate();
  const create = useCreateRubric();
  const form = useForm({
    initialValues: { name: '', description: '' },
    validate: zod4Resolver(createRubricSchema),
  });
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        create.mutate(values, {
          onSuccess: (rubric) => {
            onDone();
            void navigate(`/rubric-versions/${rubric.versions[0]?.id}`);
          },
          onError: (error) => form.setErrors(fieldErrors(error)),
        }),
      )}
    >
      <Stack>
        <TextInput label="Name" data-autofocus {...form.getInputProps('name')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        {create.isError && Object.keys(fieldErrors(create.error)).length === 0 && (
          <Text c="red.8" size="sm" role="alert">
            {create.error.message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create and edit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
