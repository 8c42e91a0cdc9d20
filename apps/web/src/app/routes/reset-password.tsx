import { useParams } from 'react-router';

import { ResetPasswordPage } from '@/features/auth';

export function Component() {
  const { token = '' } = useParams();
  return <ResetPasswordPage token={token} />;
}
