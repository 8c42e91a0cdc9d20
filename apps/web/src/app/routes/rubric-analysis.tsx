import { useParams } from 'react-router';

import { LockedScreen } from '@/components/ui/locked-screen';
import { useCan, useMe } from '@/features/auth';
import { QuestionAnalysisPage } from '@/features/question-analysis';

export function Component() {
  const { rubricId = '' } = useParams();
  const user = useMe().data?.user;
  const canView = useCan('rubrics.edit');
  if (!user) return null;
  if (!canView) {
    return (
      <LockedScreen
        title="For admins"
        description="The question analysis is a rubric-design tool for the admins who edit rubrics."
      />
    );
  }
  return <QuestionAnalysisPage key={rubricId} rubricId={rubricId} />;
}
