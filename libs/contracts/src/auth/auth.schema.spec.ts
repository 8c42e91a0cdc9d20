import {
  changePasswordFormSchema,
  changePasswordSchema,
  newPasswordFormSchema,
  passwordResetPath,
} from './auth.schema';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => [
    issue.path.join('.'),
    (issue as { message?: string }).message,
  ]);

describe('password rules shared by the API and the forms', () => {
  it('asks for the new password twice and the same both times', () => {
    expect(
      newPasswordFormSchema.safeParse({ password: 'long enough pass', confirm: 'long enough pass' })
        .success,
    ).toBe(true);
    expect(
      issues(newPasswordFormSchema.safeParse({ password: 'long enough pass', confirm: 'other' })),
    ).toEqual([['confirm', 'The two passwords are not the same.']]);
    expect(
      issues(newPasswordFormSchema.safeParse({ password: 'short', confirm: 'short' })),
    ).toEqual([['password', 'Use at least 12 characters.']]);
  });

  it('refuses a new password equal to the current one, in the API body and the form', () => {
    const same = { currentPassword: 'long enough pass', newPassword: 'long enough pass' };
    expect(issues(changePasswordSchema.safeParse(same))).toEqual([
      ['newPassword', 'Choose a password different from your current one.'],
    ]);
    expect(
      issues(changePasswordFormSchema.safeParse({ ...same, confirm: 'long enough pass' })),
    ).toEqual([['newPassword', 'Choose a password different from your current one.']]);
    expect(
      changePasswordFormSchema.safeParse({
        currentPassword: 'old',
        newPassword: 'a new long password',
        confirm: 'a new long password',
      }).success,
    ).toBe(true);
    expect(
      issues(
        changePasswordFormSchema.safeParse({
          currentPassword: '',
          newPassword: 'a new long password',
          confirm: 'a new long passwor',
        }),
      ),
    ).toEqual([
      ['currentPassword', 'Enter your current password.'],
      ['confirm', 'The two passwords are not the same.'],
    ]);
  });

  it('puts the token in the web app’s reset path', () => {
    expect(passwordResetPath('abc_-1')).toBe('/reset-password/abc_-1');
  });
});
