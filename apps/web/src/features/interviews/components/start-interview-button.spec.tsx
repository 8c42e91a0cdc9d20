import { MyInterview } from '@calibrate/contracts';
import { screen } from '@testing-library/react';

import { renderApp } from '@/test/render-app';

import { StartInterviewButton, startsEarly } from './start-interview-button';

const now = new Date('2026-11-30T08:00:00.000Z');
const item = (scheduledAt: string, answered = 0): MyInterview => ({
  roundId: '00000000-0000-4000-8000-000000000001',
  scorecardId: '00000000-0000-4000-8000-000000000002',
  candidateId: '00000000-0000-4000-8000-000000000003',
  candidateName: 'Ana Cruz',
  jobId: '00000000-0000-4000-8000-000000000004',
  jobTitle: 'Voice agent',
  roundName: 'Mock call',
  scheduledAt,
  roundStatus: 'scheduled',
  scorecardStatus: 'draft',
  submittedAt: null,
  declinedReason: null,
  answered,
  questions: 8,
  overdue: false,
});

describe('StartInterviewButton', () => {
  it('asks before starting hours early, and goes nowhere on "Not yet"', async () => {
    const { user, router } = renderApp(
      <StartInterviewButton item={item('2026-11-30T11:30:00.000Z')} now={now} />,
      { path: '/interviews' },
    );
    await user.click(screen.getByRole('button', { name: 'Start interview: Ana Cruz, Mock call' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start this interview now?' });
    expect(dialog).toHaveTextContent(
      /Ana Cruz's Mock call is scheduled for today at .+\. Start it now\?/,
    );
    await user.click(screen.getByRole('button', { name: 'Not yet' }));
    expect(router.state.location.pathname).toBe('/interviews');
    await user.click(screen.getByRole('button', { name: 'Start interview: Ana Cruz, Mock call' }));
    await user.click(await screen.findByRole('button', { name: 'Start now' }));
    expect(router.state.location.pathname).toBe('/interviews/00000000-0000-4000-8000-000000000002');
  });

  it('starts at once near the slot, after it, or when already under way', () => {
    expect(startsEarly(item('2026-11-30T08:10:00.000Z'), now)).toBe(false);
    expect(startsEarly(item('2026-11-30T07:00:00.000Z'), now)).toBe(false);
    expect(startsEarly(item('2026-11-30T11:30:00.000Z', 3), now)).toBe(false);
    expect(startsEarly(item('2026-11-30T08:30:00.000Z'), now)).toBe(true);
  });
});
