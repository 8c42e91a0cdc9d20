import { EmailStatus, emailStatuses } from '@calibrate/contracts';
import { useSearchParams } from 'react-router';

/** The status filter (`status`, all when absent) and the open e-mail (`email`), in the URL. */
export function useOutboxFilters() {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = (emailStatuses as readonly string[]).includes(statusParam ?? '')
    ? (statusParam as EmailStatus)
    : undefined;
  const emailId = params.get('email');
  const set = (key: 'status' | 'email', value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key === 'status' },
    );
  return { status, emailId, set };
}
