import { useParams } from 'react-router';

import { useCan } from '@/features/auth';
import { RubricPage } from '@/features/rubrics';

export function Component() {
  const { rubricId = '' } = useParams();
  return <RubricPage key={rubricId} rubricId={rubricId} canEdit={useCan('rubrics.edit')} />;
}
