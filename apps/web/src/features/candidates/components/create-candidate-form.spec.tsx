import { screen, waitFor } from '@testing-library/react';

import { fakeFetch, renderApp } from '@/test/render-app';

import { CreateCandidateForm } from './create-candidate-form';

const created = {
  id: '0b8e5c1e-6a4f-4d39-9f0e-2f4a1c3b5d7e',
  name: 'Maria Santos',
  email: 'maria@example.com',
  phone: null,
  jobId: null,
  stage: 'applied',
  stageChangedAt: '2026-11-22T10:00:00.000Z',
  source: null,
  languages: [],
  shiftAvailability: [],
  typingWpm: null,
  notes: '',
  score: null,
  correctedScore: null,
  panelSplit: false,
  scoreHidden: false,
  knockOuts: [],
  version: 1,
  createdAt: '2026-11-22T10:00:00.000Z',
};

describe('CreateCandidateForm', () => {
  it('checks fields before sending anything', async () => {
    const { calls } = fakeFetch();
    const { user } = renderApp(<CreateCandidateForm onCreated={jest.fn()} onCancel={jest.fn()} />);

    await user.type(screen.getByLabelText(/email/i), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));

    expect(await screen.findByText('Enter the candidate’s name.')).toBeInTheDocument();
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('sends the candidate and hands the created one back', async () => {
    const { calls } = fakeFetch({ status: 201, body: created });
    const onCreated = jest.fn();
    const { user } = renderApp(<CreateCandidateForm onCreated={onCreated} onCancel={jest.fn()} />);

    await user.type(screen.getByLabelText(/full name/i), 'Maria Santos');
    await user.type(screen.getByLabelText(/email/i), 'Maria@Example.com');
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));

    await waitFor(() =>
      expect(onCreated).toHaveBeenCalledWith(
        created,
        expect.anything(),
        undefined,
        expect.anything(),
      ),
    );
    expect(calls).toEqual([
      expect.objectContaining({
        url: 'http://localhost/api/v1/candidates',
        method: 'POST',
        body: { name: 'Maria Santos', email: 'Maria@Example.com', phone: '' },
      }),
    ]);
  });

  it('shows a duplicate email from the server on the email field', async () => {
    fakeFetch({
      status: 409,
      body: {
        statusCode: 409,
        code: 'CANDIDATE_EMAIL_TAKEN',
        message: 'A candidate with this email already exists.',
        details: { email: 'maria@example.com' },
        requestId: 'req-1',
      },
    });
    const onCreated = jest.fn();
    const { user } = renderApp(<CreateCandidateForm onCreated={onCreated} onCancel={jest.fn()} />);

    await user.type(screen.getByLabelText(/full name/i), 'Maria Santos');
    await user.type(screen.getByLabelText(/email/i), 'maria@example.com');
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));

    const email = screen.getByLabelText(/email/i);
    // Mantine ties the error to the input with aria-describedby: what a screen reader announces.
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('A candidate with this email already exists.'),
    );
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(onCreated).not.toHaveBeenCalled();
  });
});
