import { useParams } from 'react-router';

import { useCan } from '@/features/auth';
import { RubricVersionPage } from '@/features/rubrics';

export function Component() {
  const { versionId = '' } = useParams();
  const canEdit = useCan('rubrics.edit');
  return <RubricVersionPage key={versionId} versionId={versionId} canEdit={canEdit} />;
}
