import { useParams } from 'react-router';

import { useMe } from '@/features/auth/api/session';
import { RubricVersionPage } from '@/features/rubrics/components/rubric-version-page';

export function Component() {
  const { versionId = '' } = useParams();
  const canEdit = useMe().data?.user.role === 'admin';
  return <RubricVersionPage key={versionId} versionId={versionId} canEdit={canEdit} />;
}
