import { MyInterviewsPage } from '@/features/interviews/components/my-interviews-page';

export function Component() {
  return <MyInterviewsPage />;
}
