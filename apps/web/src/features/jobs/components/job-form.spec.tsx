import { Job, noJobKnockOutRules } from '@calibrate/contracts';
import { screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { JobForm } from './job-form';

const job: Job = {
  id: '4c2e2f30-5162-4c7d-8e8f-9a0b1c2d3e4f',
  title: 'Inbound customer service agent',
  clientProgram: 'Telco postpaid billing',
  site: 'Manila – Ortigas',
  language: 'English',
  shift: 'night',
  headcount: 40,
  status: 'open',
  hiringManagerIds: [],
  interviewPlan: [],
  feedbackDueHours: 48,
  knockOutRules: noJobKnockOutRules,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};

const patchBodies = (calls: { method: string; body: unknown }[]) =>
  calls.filter((call) => call.method === 'PATCH').map((call) => call.body);

describe('JobForm: feedback due after (hours)', () => {
  it('shows the job’s own deadline, and a blank saves the default (null)', async () => {
    const { calls } = fakeApi({
      '/api/v1/rubrics': [{ status: 200, body: { items: [] } }],
      '/api/v1/people': [{ status: 200, body: { items: [] } }],
      [`/api/v1/jobs/${job.id}`]: [{ status: 200, body: { ...job, feedbackDueHours: null } }],
    });
    const { user } = renderApp(<JobForm job={job} canEdit />);

    const field = await screen.findByRole('textbox', { name: 'Feedback due after (hours)' });
    expect(field).toHaveValue('48');
    expect(
      screen.getByText(/Blank: the default, 24 hours after the interview starts\./),
    ).toBeInTheDocument();

    await user.clear(field);
    expect(field).toHaveAttribute('placeholder', '24 (default)');
    await user.click(screen.getByRole('button', { name: 'Save job' }));
    await waitFor(() => expect(patchBodies(calls)).toHaveLength(1));
    expect(patchBodies(calls)[0]).toMatchObject({ feedbackDueHours: null, headcount: 40 });
  });

  it('saves a number of hours, and keeps it within 30 days', async () => {
    const { calls } = fakeApi({
      '/api/v1/rubrics': [{ status: 200, body: { items: [] } }],
      '/api/v1/people': [{ status: 200, body: { items: [] } }],
      [`/api/v1/jobs/${job.id}`]: [{ status: 200, body: { ...job, feedbackDueHours: 6 } }],
    });
    const { user } = renderApp(<JobForm job={{ ...job, feedbackDueHours: null }} canEdit />);
    const field = await screen.findByRole('textbox', { name: 'Feedback due after (hours)' });
    expect(field).toHaveValue('');

    // More than the API takes is brought back to the most it takes on leaving the field.
    await user.type(field, '900');
    await user.tab();
    expect(field).toHaveValue('720');

    await user.clear(field);
    await user.type(field, '6');
    await user.click(screen.getByRole('button', { name: 'Save job' }));
    await waitFor(() => expect(patchBodies(calls)).toHaveLength(1));
    expect(patchBodies(calls)[0]).toMatchObject({ feedbackDueHours: 6 });
  });
});

describe('JobForm: minimum requirements (knock-out)', () => {
  it('counts what the rules as typed would knock out, and saves them with the job', async () => {
    const whatIf = (knockedOut: number, language: number, shift: number, typing: number) => ({
      status: 200,
      body: { candidates: 64, knockedOut, language, shift, typing },
    });
    const { calls } = fakeApi({
      '/api/v1/rubrics': [{ status: 200, body: { items: [] } }],
      '/api/v1/people': [{ status: 200, body: { items: [] } }],
      [`/api/v1/jobs/${job.id}/knock-out-what-if`]: [whatIf(4, 4, 0, 0), whatIf(9, 4, 3, 2)],
      [`/api/v1/jobs/${job.id}`]: [
        {
          status: 200,
          body: {
            ...job,
            knockOutRules: { minLanguageLevel: 'B2', requireShift: true, minTypingWpm: 30 },
          },
        },
      ],
    });
    const { user } = renderApp(
      <JobForm
        job={{ ...job, knockOutRules: { ...noJobKnockOutRules, minLanguageLevel: 'B2' } }}
        canEdit
      />,
    );

    const section = await screen.findByRole('region', { name: 'Minimum requirements (knock-out)' });
    expect(within(section).getByRole('combobox', { name: 'Minimum level in English' })).toHaveValue(
      'B2 or better',
    );
    expect(
      await within(section).findByText('Would knock out 4 of 64 candidates of this job.'),
    ).toBeInTheDocument();

    await user.click(
      within(section).getByRole('checkbox', {
        name: 'Must be available for the job’s shift (night)',
      }),
    );
    await user.type(
      within(section).getByRole('textbox', { name: 'Minimum typing speed (WPM)' }),
      '30',
    );
    expect(
      await within(section).findByText(
        'Would knock out 9 of 64 candidates of this job: 4 language, 3 shift, 2 typing.',
        undefined,
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
    // Debounced: the first count and one for the rules once typing paused, not one per keystroke.
    const asked = calls.filter((call) => call.url.includes('knock-out-what-if')).map((c) => c.url);
    expect(asked).toEqual([
      `http://localhost/api/v1/jobs/${job.id}/knock-out-what-if?minLanguageLevel=B2`,
      `http://localhost/api/v1/jobs/${job.id}/knock-out-what-if?minLanguageLevel=B2&requireShift=true&minTypingWpm=30`,
    ]);

    await user.click(screen.getByRole('button', { name: 'Save job' }));
    await waitFor(() => expect(patchBodies(calls)).toHaveLength(1));
    expect(patchBodies(calls)[0]).toMatchObject({
      knockOutRules: { minLanguageLevel: 'B2', requireShift: true, minTypingWpm: 30 },
    });
  }, 20_000);

  it('saves a blank typing speed and "No minimum" as no rule, asking for no count', async () => {
    const { calls } = fakeApi({
      '/api/v1/rubrics': [{ status: 200, body: { items: [] } }],
      '/api/v1/people': [{ status: 200, body: { items: [] } }],
      [`/api/v1/jobs/${job.id}`]: [{ status: 200, body: job }],
    });
    const { user } = renderApp(<JobForm job={job} canEdit />);
    const section = await screen.findByRole('region', { name: 'Minimum requirements (knock-out)' });
    expect(within(section).getByRole('combobox', { name: 'Minimum level in English' })).toHaveValue(
      'No minimum',
    );
    expect(within(section).getByText('No minimum set: nobody is knocked out.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Headcount' }), '1');
    await user.click(screen.getByRole('button', { name: 'Save job' }));
    await waitFor(() => expect(patchBodies(calls)).toHaveLength(1));
    expect(patchBodies(calls)[0]).toMatchObject({ knockOutRules: noJobKnockOutRules });
    expect(calls.some((call) => call.url.includes('knock-out-what-if'))).toBe(false);
  }, 15_000);
});
