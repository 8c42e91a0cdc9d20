import {
  CandidateDetail,
  candidateSources,
  cefrLevels,
  jobShifts,
  UpdateCandidate,
} from '@calibrate/contracts';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconPlus, IconTrash } from '@tabler/icons-react';

import { ApiError, fieldErrors } from '@/lib/api-client';

import { useUpdateCandidate } from '../api/update-candidate';
import { sourceLabels } from '../model/labels';

interface EditValues {
  name: string;
  email: string;
  phone: string;
  source: string | null;
  languages: { language: string; level: string }[];
  shiftAvailability: string[];
  typingWpm: number | string;
  notes: string;
}

/** Edits a candidate's details; only the changed fields are sent, so nothing else is overwritten. */
export function EditCandidateForm({
  candidate,
  onSaved,
  onCancel,
}: {
  candidate: CandidateDetail;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const update = useUpdateCandidate(candidate.id);
  const initial: EditValues = {
    name: candidate.name,
    email: candidate.email,
    phone: candidate.phone ?? '',
    source: candidate.source,
    languages: candidate.languages,
    shiftAvailability: candidate.shiftAvailability,
    typingWpm: candidate.typingWpm ?? '',
    notes: candidate.notes,
  };
  const form = useForm<EditValues>({ initialValues: initial });

  const submit = form.onSubmit((values) => {
    const next = toPatch(values);
    const before = toPatch(initial);
    const patch = Object.fromEntries(
      Object.entries(next).filter(
        ([key, value]) =>
          JSON.stringify(value) !== JSON.stringify(before[key as keyof UpdateCandidate]),
      ),
    ) as UpdateCandidate;
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    update.mutate(patch, {
      onSuccess: onSaved,
      onError: (error) => {
        if (error.code === 'CANDIDATE_EMAIL_TAKEN')
          form.setFieldError('email', 'A candidate with this email already exists.');
        else form.setErrors(fieldErrors(error));
      },
    });
  });

  const unexpected =
    update.error instanceof ApiError &&
    update.error.code !== 'CANDIDATE_EMAIL_TAKEN' &&
    update.error.code !== 'VALIDATION_FAILED'
      ? update.error
      : undefined;
  const languages = form.getValues().languages;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {unexpected && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Not saved">
            {unexpected.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Full name" required {...form.getInputProps('name')} />
          <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
          <TextInput label="Phone" {...form.getInputProps('phone')} />
          <Select
            label="Source"
            placeholder="Unknown"
            clearable
            data={candidateSources.map((s) => ({ value: s, label: sourceLabels[s] }))}
            {...form.getInputProps('source')}
          />
          <MultiSelect
            label="Shift availability"
            data={jobShifts.map((s) => ({ value: s, label: s[0]?.toUpperCase() + s.slice(1) }))}
            {...form.getInputProps('shiftAvailability')}
          />
          <NumberInput
            label="Typing speed (WPM)"
            min={0}
            max={250}
            allowDecimal={false}
            {...form.getInputProps('typingWpm')}
          />
        </SimpleGrid>
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
        <Textarea label="Notes" autosize minRows={3} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function toPatch(values: EditValues): UpdateCandidate {
  return {
    name: values.name,
    email: values.email,
    phone: values.phone.trim() ? values.phone : null,
    source: (values.source as UpdateCandidate['source']) ?? null,
    languages: values.languages as UpdateCandidate['languages'],
    shiftAvailability: values.shiftAvailability as UpdateCandidate['shiftAvailability'],
    typingWpm: typeof values.typingWpm === 'number' ? values.typingWpm : null,
    notes: values.notes,
  };
}
