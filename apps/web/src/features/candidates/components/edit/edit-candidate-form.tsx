import { CandidateDetail, candidateSources, jobShifts } from '@calibrate/contracts';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

import { sourceLabels } from '../../model/labels';
import { ConflictAlert } from './conflict-alert';
import { LanguagesField } from './languages-field';
import { useEditCandidate } from './use-edit-candidate';

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
  const { form, submit, conflict, unexpected, saving } = useEditCandidate(candidate, {
    onSaved,
    onCancel,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {conflict && <ConflictAlert conflict={conflict} />}
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
        <LanguagesField form={form} />
        <Textarea label="Notes" autosize minRows={3} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
