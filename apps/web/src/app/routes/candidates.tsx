import { CandidatesPage } from '@/features/candidates/components/candidates-page';

export function Component() {
  return <CandidatesPage />;
}
