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
import { useState } from 'react';

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
  // The version this edit is based on; after a conflict, the one the editor has now seen.
  const [version, setVersion] = useState(candidate.version);
  const [conflict, setConflict] = useState<ConflictingFields | null>(null);

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
    const save = (basedOn: number) =>
      update.mutate(
        { patch, version: basedOn },
        {
          onSuccess: onSaved,
          onError: (error) => {
            if (error.code === 'CANDIDATE_VERSION_CONFLICT') {
              const theirs = error.details as {
                version: number;
                current: Partial<UpdateCandidate>;
              };
              setVersion(theirs.version);
              // Someone saved since this form opened. Only fields both of us changed conflict:
              // if they changed others (or moved the stage), save on top of theirs at once.
              const overlapping = changedSince(patch, before, theirs.current);
              if (Object.keys(overlapping).length === 0) save(theirs.version);
              else setConflict(overlapping);
            } else if (error.code === 'CANDIDATE_EMAIL_TAKEN')
              form.setFieldError('email', 'A candidate with this email already exists.');
            else form.setErrors(fieldErrors(error));
          },
        },
      );
    setConflict(null);
    save(version);
  });

  const unexpected =
    update.error instanceof ApiError &&
    update.error.code !== 'CANDIDATE_EMAIL_TAKEN' &&
    update.error.code !== 'CANDIDATE_VERSION_CONFLICT' &&
    update.error.code !== 'VALIDATION_FAILED'
      ? update.error
      : undefined;
  const languages = form.getValues().languages;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {conflict && (
          <Alert
            color="orange"
            icon={<IconAlertCircle size={18} />}
            title="Someone else changed this candidate while you were editing"
          >
            <Stack gap={4}>
              {Object.entries(conflict).map(([field, value]) => (
                <Text size="sm" key={field}>
                  {fieldLabels[field as keyof UpdateCandidate]} is now {describe(value)}.
                </Text>
              ))}
              <Text size="sm">Save again to replace it with yours, or cancel to keep theirs.</Text>
            </Stack>
          </Alert>
        )}
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

type ConflictingFields = Partial<Record<keyof UpdateCandidate, unknown>>;

/** Of the fields this edit changes, those someone else changed too (their values). */
export function changedSince(
  patch: UpdateCandidate,
  opened: UpdateCandidate,
  current: Partial<UpdateCandidate>,
): ConflictingFields {
  const conflicting: ConflictingFields = {};
  for (const key of Object.keys(patch) as (keyof UpdateCandidate)[]) {
    if (key in current && JSON.stringify(current[key]) !== JSON.stringify(opened[key]))
      conflicting[key] = current[key];
  }
  return conflicting;
}

const fieldLabels: Record<keyof UpdateCandidate, string> = {
  name: 'Full name',
  email: 'Email',
  phone: 'Phone',
  jobId: 'Job',
  source: 'Source',
  languages: 'Languages',
  shiftAvailability: 'Shift availability',
  typingWpm: 'Typing speed',
  notes: 'Notes',
};

function describe(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (Array.isArray(value))
    return value.length === 0
      ? 'empty'
      : value
          .map((item: unknown) =>
            typeof item === 'object' && item !== null
              ? Object.values(item as Record<string, unknown>).join(' ')
              : String(item),
          )
          .join(', ');
  return `“${String(value)}”`;
}
