import { CefrLevel, cefrLevels } from '@calibrate/contracts';
import {
  Checkbox,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId } from 'react';

import { useJobKnockOutWhatIf } from '../api/jobs';
import { describeJobWhatIf, JobKnockOutRulesValues, whatIfQuery } from '../model/job-knock-outs';
import { shiftLabels } from '../model/job-labels';
import { JobForm } from './use-job-form';

const NO_MINIMUM = 'none';

/**
 * A job's minimum facts: a candidate who misses one is flagged "Knocked out" whatever their
 * score. On a saved job, a count of its candidates each rule would knock out follows the typing.
 */
export function KnockOutRulesFields({
  form,
  canEdit,
  jobId,
}: {
  form: JobForm;
  canEdit: boolean;
  /** The saved job, whose candidates the what-if counts; undefined for a new job. */
  jobId: string | undefined;
}) {
  const headingId = useId();
  const { language, shift, knockOutRules } = form.getValues();
  const languageName = language.trim() || 'the job’s language';
  const levelError = form.errors['knockOutRules.minLanguageLevel'];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" mb={4} id={headingId}>
        Minimum requirements (knock-out)
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        A candidate who misses one is flagged “Knocked out” with the reason on every screen and in
        the export; their score is not changed.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="sm">
        <Select
          label={`Minimum level in ${languageName}`}
          description="CEFR, A1 to C2."
          data={[
            { value: NO_MINIMUM, label: 'No minimum' },
            ...cefrLevels.map((level) => ({ value: level, label: `${level} or better` })),
          ]}
          value={knockOutRules.minLanguageLevel ?? NO_MINIMUM}
          onChange={(value) =>
            form.setFieldValue(
              'knockOutRules.minLanguageLevel',
              value === null || value === NO_MINIMUM ? null : (value as CefrLevel),
            )
          }
          allowDeselect={false}
          error={levelError}
          readOnly={!canEdit}
        />
        <NumberInput
          label="Minimum typing speed (WPM)"
          description="Blank: no minimum."
          placeholder="No minimum"
          min={1}
          max={250}
          allowDecimal={false}
          allowNegative={false}
          readOnly={!canEdit}
          {...form.getInputProps('knockOutRules.minTypingWpm')}
        />
        <Checkbox
          label={`Must be available for the job’s shift (${shiftLabels[shift].toLowerCase()})`}
          mt={{ base: 0, sm: 28 }}
          disabled={!canEdit}
          {...form.getInputProps('knockOutRules.requireShift', { type: 'checkbox' })}
        />
      </SimpleGrid>
      {jobId && canEdit && <KnockOutWhatIf jobId={jobId} rules={knockOutRules} />}
    </Paper>
  );
}

/** The live count under the rules: debounced, so that typing a speed asks once. */
function KnockOutWhatIf({ jobId, rules }: { jobId: string; rules: JobKnockOutRulesValues }) {
  const [debounced] = useDebouncedValue(rules, 400);
  const query = whatIfQuery(debounced);
  const whatIf = useJobKnockOutWhatIf(jobId, query);
  let content;
  if (query === null)
    content = (
      <Text size="sm" c="dimmed">
        No minimum set: nobody is knocked out.
      </Text>
    );
  else if (whatIf.isPending)
    content = <Skeleton height={20} width="60%" aria-label="Counting this job’s candidates" />;
  else if (whatIf.isError)
    content = (
      <Text size="sm" c="red.8">
        The candidates could not be counted: {whatIf.error.message}
      </Text>
    );
  else
    content = (
      <Text size="sm" fw={600} c={whatIf.isPlaceholderData ? 'dimmed' : undefined}>
        {describeJobWhatIf(whatIf.data, query)}
      </Text>
    );
  return (
    <Stack gap={2} mt="sm" role="status" aria-live="polite">
      {content}
      <Text size="xs" c="dimmed">
        Counted among this job’s candidates (rejected and withdrawn aside), with the rules as typed
        here and the job’s saved language and shift.
      </Text>
    </Stack>
  );
}
