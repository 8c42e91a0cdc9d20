import { useParams } from 'react-router';

import { useMe } from '@/features/auth/api/session';
import { RubricPage } from '@/features/rubrics/components/rubric-page';

export function Component() {
  const { rubricId = '' } = useParams();
  return (
    <RubricPage key={rubricId} rubricId={rubricId} canEdit={useMe().data?.user.role === 'admin'} />
  );
}
