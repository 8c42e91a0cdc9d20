import { Job } from '@calibrate/contracts';
import { screen, waitFor } from '@testing-library/react';

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
