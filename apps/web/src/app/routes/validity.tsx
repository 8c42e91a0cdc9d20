import { LockedScreen } from '@/components/ui/locked-screen';
import { useCan, useMe } from '@/features/auth';
import { ValidityPage } from '@/features/validity';

export function Component() {
  const user = useMe().data?.user;
  const canView = useCan('validity.view');
  if (!user) return null;
  if (!canView) {
    return (
      <LockedScreen
        title="For admins, recruiters and hiring managers"
        description="Validity compares interview scores with how hires do on the job. Ask an admin if you need it."
      />
    );
  }
  return <ValidityPage />;
}
