import { screen } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { SsoSettingsPanel } from './sso-settings-panel';

const settings = {
  configured: true,
  issuer: 'https://login.example.com',
  provisionRole: null,
  updatedAt: null,
};

describe('SsoSettingsPanel', () => {
  it('saves the role given to people new to Calibrate, admin not among them', async () => {
    const { calls } = fakeApi({
      '/api/v1/sso-settings': [
        { status: 200, body: settings },
        {
          status: 200,
          body: { ...settings, provisionRole: 'recruiter', updatedAt: '2026-11-30T10:00:00Z' },
        },
      ],
    });
    const { user } = renderApp(<SsoSettingsPanel />);
    const select = await screen.findByRole('combobox', {
      name: 'People without a Calibrate account',
    });
    expect(select).toHaveValue('Do not create accounts (ask an admin)');
    expect(screen.getByText(/People sign in through https:\/\/login.example.com/)).toBeVisible();
    await user.click(select);
    expect(
      await screen.findByRole('option', { name: 'Create as Hiring manager', hidden: true }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Admin/, hidden: true })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Create as Recruiter', hidden: true }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(calls.at(-1)).toMatchObject({
      method: 'PUT',
      body: { provisionRole: 'recruiter' },
    });
    expect(select).toHaveValue('Create as Recruiter');
  });

  it('says what went wrong when the choice is not saved', async () => {
    fakeApi({
      '/api/v1/sso-settings': [
        { status: 200, body: settings },
        {
          status: 403,
          body: {
            statusCode: 403,
            code: 'FORBIDDEN',
            message: 'You may not do this.',
            requestId: 'r1',
          },
        },
      ],
    });
    const { user } = renderApp(<SsoSettingsPanel />);
    await user.click(
      await screen.findByRole('combobox', { name: 'People without a Calibrate account' }),
    );
    await user.click(
      await screen.findByRole('option', { name: 'Create as Interviewer', hidden: true }),
    );
    expect(
      await screen.findByText('The choice was not saved: You may not do this.'),
    ).toBeInTheDocument();
  });
});
