import {
  CandidateDetail,
  CandidateOutcomes,
  outcomeDefinitions,
  outcomeKeys,
  stageLabels,
} from '@calibrate/contracts';
import {
  Alert,
  Button,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';

import { QueryState } from '@/components/ui/query-state';
import { useCan } from '@/features/auth';
import {
  binaryKeys,
  continuousKeys,
  formatOutcomeValue,
  formValuesOf,
  Known,
  knownLabels,
  outcomeErrors,
  OutcomeFormValues,
  recordedLine,
  recordOf,
  useCandidateOutcomes,
  useRecordCandidateOutcomes,
} from '@/features/validity';
import { ApiError } from '@/lib/api-client';
import { errorDetailsOf, fieldErrors } from '@/lib/error-details';

import { candidateAuditQuery } from '../../api/get-candidate-audit';
import { Fact, ProfileSection } from './profile-section';

/** Whether a candidate was ever hired: only then can outcomes have been recorded. */
const everHired = (candidate: CandidateDetail) =>
  candidate.stage === 'hired' || candidate.stageHistory.some((entry) => entry.toStage === 'hired');

/**
 * "After the hire": how a hire did on the floor (nesting QA, handle time, resolution, CSAT,
 * retention), the figures the Validity report compares interview scores with. Shown to those who
 * see scores, for a hired candidate or one whose outcomes were recorded; admins and recruiters
 * record them here.
 */
export function OutcomesSection({ candidate }: { candidate: CandidateDetail }) {
  const canView = useCan('candidates.compare');
  const canRecord = useCan('outcomes.record');
  const hired = candidate.stage === 'hired';
  const outcomes = useCandidateOutcomes(candidate.id, {
    enabled: canView && everHired(candidate),
  });
  if (!canView || !everHired(candidate)) return null;
  // No longer hired (left, moved on): shown only if something was recorded while they were.
  if (!hired && !outcomes.data?.recordedAt) return null;
  return (
    <ProfileSection title="After the hire">
      <QueryState
        query={outcomes}
        loading={<Skeleton height={160} aria-label="Loading outcomes" />}
        errorTitle="Outcomes could not be loaded"
        errorMessage={outcomes.error?.message}
      >
        {(data) =>
          canRecord && hired ? (
            <OutcomesForm candidate={candidate} outcomes={data} />
          ) : (
            <OutcomesSummary candidate={candidate} outcomes={data} canRecord={canRecord} />
          )
        }
      </QueryState>
    </ProfileSection>
  );
}

/** What is recorded, read-only: for hiring managers, and for a candidate no longer hired. */
function OutcomesSummary({
  candidate,
  outcomes,
  canRecord,
}: {
  candidate: CandidateDetail;
  outcomes: CandidateOutcomes;
  canRecord: boolean;
}) {
  const recorded = recordedLine(outcomes);
  if (!recorded)
    return (
      <Text size="sm" c="dimmed">
        Nothing recorded yet. Recruiters record nesting QA, handle time, resolution, CSAT and
        retention here once the site reports them.
      </Text>
    );
  return (
    <Stack gap={6}>
      {outcomeKeys.map((key) => (
        <Fact key={key} label={outcomeDefinitions[key].label}>
          {formatOutcomeValue(key, outcomes[key])}
        </Fact>
      ))}
      <Text size="xs" c="dimmed" mt={4}>
        {recorded}
      </Text>
      {canRecord && candidate.stage !== 'hired' && (
        <Text size="xs" c="dimmed">
          {candidate.name} is {stageLabels[candidate.stage].toLowerCase()} now: outcomes can be
          changed only while a candidate is hired.
        </Text>
      )}
    </Stack>
  );
}

/** Short descriptions of each figure's unit, under its field. */
const unitDescription = (unit: string) =>
  unit === '%' ? 'Percent, 0–100' : unit === 'seconds' ? 'Whole seconds, 1–7200' : unit;

/** Admins and recruiters: the whole record, saved at once; empty or "Not known" is not recorded. */
function OutcomesForm({
  candidate,
  outcomes,
}: {
  candidate: CandidateDetail;
  outcomes: CandidateOutcomes;
}) {
  const queryClient = useQueryClient();
  const record = useRecordCandidateOutcomes(candidate.id);
  const form = useForm<OutcomeFormValues>({
    initialValues: formValuesOf(outcomes),
    // The contract's rules, checked before the API checks them again.
    validate: (values) => outcomeErrors(values),
  });
  const recorded = recordedLine(outcomes);

  const submit = form.onSubmit((values) =>
    record.mutate(recordOf(values), {
      onSuccess: (saved) => {
        const next = formValuesOf(saved);
        form.setInitialValues(next);
        form.setValues(next);
        form.resetDirty(next);
        notifications.show({ color: 'teal', message: `Saved ${candidate.name}’s outcomes.` });
        void queryClient.invalidateQueries({
          queryKey: candidateAuditQuery(candidate.id).queryKey,
        });
      },
      onError: (error) => form.setErrors(fieldErrors(error)),
    }),
  );

  const error = record.error instanceof ApiError ? record.error : null;
  const notHired = errorDetailsOf(error, 'CANDIDATE_NOT_HIRED');
  const unexpected = error && !notHired && error.code !== 'VALIDATION_FAILED' ? error : null;

  return (
    <form onSubmit={submit} noValidate aria-label="Outcomes">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          How {candidate.name} did after nesting. Leave a figure empty (or “Not known”) if the site
          doesn’t have it; Validity compares these with the interview scores.
        </Text>
        {notHired && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Not saved">
            Outcomes are recorded only for hired candidates, and {candidate.name} is{' '}
            {stageLabels[notHired.stage].toLowerCase()} now. Reload the page to see the current
            stage.
          </Alert>
        )}
        {unexpected && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Not saved">
            {unexpected.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {continuousKeys.map((key) => (
            <NumberInput
              key={key}
              label={outcomeDefinitions[key].label}
              description={unitDescription(outcomeDefinitions[key].unit)}
              min={key === 'averageHandleTimeSeconds' ? 1 : 0}
              max={key === 'averageHandleTimeSeconds' ? 7200 : 100}
              allowDecimal={key !== 'averageHandleTimeSeconds'}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps(key)}
            />
          ))}
          {binaryKeys.map((key) => (
            <Input.Wrapper
              key={key}
              label={outcomeDefinitions[key].label}
              labelElement="div"
              error={form.errors[key]}
            >
              <SegmentedControl
                display="flex"
                aria-label={outcomeDefinitions[key].label}
                data={(['yes', 'no', 'unknown'] as const).map((value) => ({
                  value,
                  label: knownLabels[value],
                }))}
                value={form.values[key]}
                onChange={(value) => form.setFieldValue(key, value as Known)}
              />
            </Input.Wrapper>
          ))}
        </SimpleGrid>
        <Group justify="space-between" align="center">
          <Text size="xs" c="dimmed">
            {recorded ?? 'Nothing recorded yet.'}
          </Text>
          <Button type="submit" loading={record.isPending} disabled={!form.isDirty()}>
            Save outcomes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
