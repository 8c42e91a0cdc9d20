import { useCan } from '@/features/auth';
import { RubricsPage } from '@/features/rubrics';

export function Component() {
  return <RubricsPage canEdit={useCan('rubrics.edit')} />;
}
