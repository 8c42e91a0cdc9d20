import { expect, test } from '@playwright/test';

/**
 * Single sign-on through a real OpenID Connect provider (scripts/oidc-provider.mjs).
 * scripts/with-stack.mjs starts it and an API instance configured with it (E2E_SSO_BASE_URL),
 * on the same database as the other instances: the demo users are there.
 */
const ssoBaseUrl = process.env.E2E_SSO_BASE_URL ?? 'http://127.0.0.1:3102';
test.use({ baseURL: ssoBaseUrl });

test('signs in at the identity provider and lands signed in where the user was going', async ({
  page,
}) => {
  await page.goto('/jobs');
  await expect(page).toHaveURL(/\/login\?next=%2Fjobs/);
  // Both ways in: the provider's button and the password form.
  await expect(page.getByLabel('Email')).toBeVisible();
  await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();

  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  await page.getByLabel('Email').fill('manager@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page).toHaveURL(`${ssoBaseUrl}/jobs`);
  await expect(page.getByText('Marco Manager')).toBeVisible();
  const me = await page.request.get('/api/auth/me');
  expect(((await me.json()) as { user: { email: string; role: string } }).user).toMatchObject({
    email: 'manager@example.com',
    role: 'hiring_manager',
  });
});

test('tells a person without an account why single sign-on did not let them in', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();
  await page.getByLabel('Email').fill('new.hire@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page).toHaveURL(`${ssoBaseUrl}/login?sso_error=no_account`);
  await expect(page.getByRole('alert')).toContainText(
    'There is no Calibrate account for you yet. Ask an administrator to add you',
  );
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
});
