import { UserRole } from '@calibrate/contracts';

/** The signed-in user, as the auth guard puts it on the request. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  createdAt: Date;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user?: SessionUser;
    /** Set when the session cookie was present and valid. */
    sessionIdHash?: string;
  }
}
