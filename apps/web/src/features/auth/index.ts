export { sessionQueries, useCan, useLogin, useLogout, useMe } from './api/session';
export { LoginPage } from './components/login-page';
export { RequireAuth } from './components/require-auth';
export { UserMenu } from './components/user-menu';
