import { CandidateDetail } from '@calibrate/contracts';
import { screen, waitFor } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { EditCandidateForm } from './edit-candidate-form';

const candidate: CandidateDetail = {
  id: '2b0f1a8e-7c55-4c1e-9a3e-5f7b2d8c9e01',
  name: 'Ana Reyes',
  email: 'ana.reyes@example.com',
  phone: '+63 917 555 0101',
  jobId: null,
  stage: 'screening',
  stageChangedAt: '2026-11-20T09:00:00.000Z',
  source: 'referral',
  languages: [],
  shiftAvailability: [],
  typingWpm: 48,
  notes: 'Calm on the phone',
  score: null,
  correctedScore: null,
  panelSplit: false,
  scoreHidden: false,
  knockOuts: [],
  version: 3,
  createdAt: '2026-11-19T09:00:00.000Z',
  stageHistory: [],
};
const path = `/api/v1/candidates/${candidate.id}`;
const fields = (changes: Partial<CandidateDetail>) => ({
  name: candidate.name,
  email: candidate.email,
  phone: candidate.phone,
  jobId: candidate.jobId,
  source: candidate.source,
  languages: candidate.languages,
  shiftAvailability: candidate.shiftAvailability,
  typingWpm: candidate.typingWpm,
  notes: candidate.notes,
  ...changes,
});
const conflict = (version: number, changes: Partial<CandidateDetail>) => ({
  status: 412,
  body: {
    statusCode: 412,
    code: 'CANDIDATE_VERSION_CONFLICT',
    message: 'Someone else changed this candidate after you opened it.',
    details: { version, current: fields(changes) },
    requestId: 'req-1',
  },
});

/** Opens the form, replaces the notes and saves. */
async function saveNotes(notes: string) {
  const onSaved = jest.fn();
  const { user } = renderApp(
    <EditCandidateForm candidate={candidate} onSaved={onSaved} onCancel={jest.fn()} />,
  );
  await user.clear(screen.getByRole('textbox', { name: 'Notes' }));
  await user.type(screen.getByRole('textbox', { name: 'Notes' }), notes);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  return { user, onSaved };
}

describe('EditCandidateForm', () => {
  it('saves on top of a change to other fields without asking', async () => {
    const saved = { status: 200, body: { ...candidate, notes: 'Calm, clear', version: 5 } };
    const { calls } = fakeApi({ [path]: [conflict(4, { phone: '+63 917 000 0000' }), saved] });
    const { onSaved } = await saveNotes('Calm, clear');

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls.map((call) => [call.headers['if-match'], call.body])).toEqual([
      ['"3"', { notes: 'Calm, clear' }],
      ['"4"', { notes: 'Calm, clear' }],
    ]);
  });

  it('shows a change to the same field and replaces it only when saved again', async () => {
    const saved = { status: 200, body: { ...candidate, notes: 'Calm, clear', version: 5 } };
    const { calls } = fakeApi({ [path]: [conflict(4, { notes: 'Rushed the caller' }), saved] });
    const { user, onSaved } = await saveNotes('Calm, clear');

    expect(
      await screen.findByText('Someone else changed this candidate while you were editing'),
    ).toBeInTheDocument();
    expect(screen.getByText('Notes is now “Rushed the caller”.')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
    expect(calls).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls.map((call) => call.headers['if-match'])).toEqual(['"3"', '"4"']);
  });
});
