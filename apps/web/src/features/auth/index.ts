export { authMethodQueries, usePasswordSignIn } from './api/auth-methods';
export { sessionQueries, useCan, useLogin, useLogout, useMe } from './api/session';
export { LoginPage } from './components/login-page';
export { RequireAuth } from './components/require-auth';
export { ResetPasswordPage } from './components/reset-password-page';
export { UserMenu } from './components/user-menu';
