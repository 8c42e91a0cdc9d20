import { LockedScreen } from '@/components/ui/locked-screen';
import { useCan } from '@/features/auth';
import { OutboxPage } from '@/features/email';

export function Component() {
  const allowed = useCan('email.outbox.view');
  if (!allowed) {
    return (
      <LockedScreen title="Admins only" description="Ask an admin to read the e-mail outbox." />
    );
  }
  return <OutboxPage />;
}
