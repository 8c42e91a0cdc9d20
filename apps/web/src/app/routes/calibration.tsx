import { LockedScreen } from '@/components/ui/locked-screen';
import { useCan, useMe } from '@/features/auth';
import { CalibrationPage } from '@/features/calibration';

export function Component() {
  const user = useMe().data?.user;
  const canView = useCan('calibration.view');
  if (!user) return null;
  if (!canView) {
    return (
      <LockedScreen
        title="For admins and hiring managers"
        description="Calibration compares interviewers with each other. Ask an admin if you need it."
      />
    );
  }
  return <CalibrationPage />;
}
