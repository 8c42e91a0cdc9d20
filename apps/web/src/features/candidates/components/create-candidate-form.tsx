import { Candidate, CreateCandidateInput, createCandidateSchema } from '@calibrate/contracts';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';

import { ApiError } from '@/lib/api-client';
import { fieldErrors } from '@/lib/error-details';

import { useCreateCandidate } from '../api/create-candidate';

interface CreateCandidateFormProps {
  onCreated: (candidate: Candidate) => void;
  onCancel: () => void;
}

export function CreateCandidateForm({ onCreated, onCancel }: CreateCandidateFormProps) {
  const form = useForm<CreateCandidateInput>({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '', phone: '' },
    validate: zod4Resolver(createCandidateSchema),
    validateInputOnBlur: true,
  });
  const createCandidate = useCreateCandidate();

  const submit = form.onSubmit((values) => {
    createCandidate.mutate(values, {
      onSuccess: onCreated,
      onError: (error) => {
        if (error.code === 'CANDIDATE_EMAIL_TAKEN') {
          form.setFieldError('email', 'A candidate with this email already exists.');
        } else {
          form.setErrors(fieldErrors(error));
        }
      },
    });
  });

  const unexpected =
    createCandidate.error instanceof ApiError &&
    createCandidate.error.code !== 'CANDIDATE_EMAIL_TAKEN' &&
    createCandidate.error.code !== 'VALIDATION_FAILED'
      ? createCandidate.error
      : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {unexpected && (
          <Alert
            color="red"
            icon={<IconAlertCircle size={18} />}
            title="The candidate was not saved"
          >
            {unexpected.message}
          </Alert>
        )}
        <TextInput
          label="Full name"
          placeholder="e.g. Maria Santos"
          required
          data-autofocus
          autoComplete="off"
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Email"
          type="email"
          placeholder="e.g. maria.santos@example.com"
          required
          autoComplete="off"
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <TextInput
          label="Phone"
          type="tel"
          placeholder="e.g. +63 917 555 0101"
          description="Optional"
          autoComplete="off"
          key={form.key('phone')}
          {...form.getInputProps('phone')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel} disabled={createCandidate.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={createCandidate.isPending}>
            Add candidate
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
