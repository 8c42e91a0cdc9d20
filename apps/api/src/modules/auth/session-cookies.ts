import { CSRF_COOKIE } from '@calibrate/contracts';
import { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'calibrate_session';

/** The session id (httpOnly) and the CSRF token (readable by the web app, echoed in X-CSRF-Token). */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  cookies: { sessionId?: string; csrfToken: string },
  maxAgeSeconds: number,
): void {
  const common = {
    path: '/',
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    maxAge: maxAgeSeconds,
  };
  if (cookies.sessionId)
    void reply.setCookie(SESSION_COOKIE, cookies.sessionId, { ...common, httpOnly: true });
  void reply.setCookie(CSRF_COOKIE, cookies.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  void reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
