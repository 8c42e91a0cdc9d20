import { useMe } from '@/features/auth/api/session';
import { RubricsPage } from '@/features/rubrics/components/rubrics-page';

export function Component() {
  return <RubricsPage canEdit={useMe().data?.user.role === 'admin'} />;
}
