import { expect, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'calibrate-demo';

/** Signs in through the login page, as a user does. */
export async function signIn(page: Page, email = 'admin@example.com', password = DEMO_PASSWORD) {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Sign-in, then the first screen's code and data: more than 5 s on a busy 2-core machine.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 15_000 });
}

/** The API as the signed-in browser calls it: its cookies, and the CSRF token on writes. */
export async function api(page: Page) {
  const csrf =
    (await page.context().cookies()).find((cookie) => cookie.name === 'csrf_token')?.value ?? '';
  return {
    get: (path: string, params?: Record<string, string>) => page.request.get(path, { params }),
    post: (path: string, data: unknown) =>
      page.request.post(path, { data, headers: { 'x-csrf-token': csrf } }),
  };
}
