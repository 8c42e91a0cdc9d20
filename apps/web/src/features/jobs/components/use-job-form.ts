import {
  createJobSchema,
  Job,
  jobKnockOutRulesSchema,
  JobShift,
  JobStatus,
  noJobKnockOutRules,
} from '@calibrate/contracts';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useNavigate } from 'react-router';
import { z } from 'zod';

import { useRubrics } from '@/features/rubrics';
import { fieldErrors } from '@/lib/error-details';

import { usePeople, useSaveJob } from '../api/jobs';
import { JobKnockOutRulesValues, toKnockOutRules } from '../model/job-knock-outs';

export type PlanRoundValues = {
  name: string;
  rubricId: string;
  defaultInterviewerIds: string[];
};

// Types, not interfaces: the form's values must read as a record.
export type JobFormValues = {
  title: string;
  clientProgram: string;
  site: string;
  language: string;
  shift: JobShift;
  headcount: number;
  status: JobStatus;
  hiringManagerIds: string[];
  interviewPlan: PlanRoundValues[];
  /** Blank (''): the default deadline. */
  feedbackDueHours: number | string;
  /** Minimum facts (knock-out); a blank typing speed is no minimum. */
  knockOutRules: JobKnockOutRulesValues;
};

/** The form's values as the API's schema reads them, a blank deadline and typing speed allowed. */
const jobFormSchema = createJobSchema.extend({
  feedbackDueHours: z.union([z.literal(''), createJobSchema.shape.feedbackDueHours.unwrap()]),
  knockOutRules: jobKnockOutRulesSchema.extend({
    minTypingWpm: z.union([z.literal(''), jobKnockOutRulesSchema.shape.minTypingWpm.unwrap()]),
  }),
});

/** The values to send: a blank deadline is null (the default), a blank typing speed no minimum. */
export function toJobInput(values: JobFormValues) {
  return {
    ...values,
    feedbackDueHours: values.feedbackDueHours === '' ? null : Number(values.feedbackDueHours),
    knockOutRules: toKnockOutRules(values.knockOutRules),
  };
}

export type JobForm = ReturnType<typeof useJobForm>['form'];

export interface Option {
  value: string;
  label: string;
}

/**
 * A job's form (a new one's defaults), the options its selects offer, and saving: a new job's
 * page becomes the saved job's.
 */
export function useJobForm(job: Job | undefined) {
  const navigate = useNavigate();
  const save = useSaveJob(job?.id);
  const rubrics = useRubrics();
  const people = usePeople();
  const form = useForm<JobFormValues>({
    initialValues: {
      title: job?.title ?? '',
      clientProgram: job?.clientProgram ?? '',
      site: job?.site ?? '',
      language: job?.language ?? 'English',
      shift: job?.shift ?? 'day',
      headcount: job?.headcount ?? 10,
      status: job?.status ?? 'open',
      hiringManagerIds: job?.hiringManagerIds ?? [],
      interviewPlan: (job?.interviewPlan ?? []).map((round) => ({
        name: round.name,
        rubricId: round.rubricId,
        defaultInterviewerIds: round.defaultInterviewerIds,
      })),
      feedbackDueHours: job?.feedbackDueHours ?? '',
      knockOutRules: {
        ...(job?.knockOutRules ?? noJobKnockOutRules),
        minTypingWpm: job?.knockOutRules.minTypingWpm ?? '',
      },
    },
    validate: zod4Resolver(jobFormSchema),
  });
  const rubricOptions: Option[] = (rubrics.data?.items ?? []).map((r) => ({
    value: r.id,
    label: r.currentVersionId ? r.name : `${r.name} (not published yet)`,
  }));
  // Who may manage a job (a person's role, not what the signed-in user may do).
  const managerOptions: Option[] = (people.data?.items ?? [])
    .filter((p) => p.role === 'hiring_manager' || p.role === 'admin')
    .map((p) => ({ value: p.id, label: p.name }));
  const interviewerOptions: Option[] = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.name,
  }));

  // mutateAsync, not mutate's callbacks: saving an existing job updates its cached copy, which
  // remounts this form with the saved values, and a remounted form never hears mutate's onSuccess
  // (the "Save job gives no feedback" bug). The promise settles whoever is mounted.
  const saveJob = async (values: JobFormValues) => {
    try {
      const saved = await save.mutateAsync(toJobInput(values));
      notifications.show({
        color: 'teal',
        title: job ? 'Job saved' : 'Job created',
        message: `${saved.title}: every change is saved.`,
      });
      if (!job) void navigate(`/jobs/${saved.id}`, { replace: true });
    } catch (error) {
      form.setErrors(fieldErrors(error));
    }
  };
  const submit = form.onSubmit(
    (values) => void saveJob(values),
    // A field off screen may hold the problem: say so where the user is looking.
    () =>
      notifications.show({
        color: 'red',
        title: 'Not saved',
        message: 'Some fields need a change first: they are marked in red.',
      }),
  );

  return { form, save, submit, rubricOptions, managerOptions, interviewerOptions };
}
