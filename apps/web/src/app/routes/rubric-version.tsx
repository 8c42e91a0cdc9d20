import { useParams } from 'react-router';

import { RubricVersionPage } from '@/features/rubrics/components/rubric-version-page';

export function Component() {
  const { versionId = '' } = useParams();
  return <RubricVersionPage key={versionId} versionId={versionId} />;
}
