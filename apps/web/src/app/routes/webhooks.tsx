import { LockedScreen } from '@/components/ui/locked-screen';
import { useCan } from '@/features/auth';
import { WebhooksPage } from '@/features/webhooks';

export function Component() {
  const allowed = useCan('webhooks.manage');
  if (!allowed) {
    return (
      <LockedScreen title="Admins only" description="Ask an admin to register webhook endpoints." />
    );
  }
  return <WebhooksPage />;
}
