import { User } from '@calibrate/contracts';

import { SessionUser } from '../../common/auth/session-user';
import { UserRow } from './users.repository';

/** A user without any secret: no password hash, no session, no CSRF token. */
export function toUser(user: SessionUser | (UserRow & { created_at: Date })): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    createdAt: ('createdAt' in user ? user.createdAt : user.created_at).toISOString(),
  };
}
