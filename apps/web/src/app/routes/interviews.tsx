import { MyInterviewsPage } from '@/features/interviews';

export function Component() {
  return <MyInterviewsPage />;
}
