/**
 * What the service worker keeps for offline use, shared by the page and the worker (so it imports
 * nothing of the app: the worker stays small).
 */

/** Marks a GET the page needs offline: the worker keeps a copy of its response. */
export const OFFLINE_HEADER = 'x-calibrate-offline';
export const OFFLINE_HEADERS: Readonly<Record<string, string>> = { [OFFLINE_HEADER]: '1' };

/** The worker's copies of API responses (the app's own files are in Workbox's precache). */
export const API_CACHE = 'calibrate-api';

/**
 * GET requests the worker keeps a copy of: who is signed in (the app asks before every screen),
 * and what the page marks with OFFLINE_HEADER (today's interviews). Nothing else of the API, so
 * browsing candidates or reports leaves no personal data behind.
 */
export function keepsOffline(request: {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
}): boolean {
  if (request.method !== 'GET') return false;
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith('/api/')) return false;
  return pathname === '/api/auth/me' || request.headers.get(OFFLINE_HEADER) === '1';
}

/** Signing in or out: whatever the worker kept belongs to the previous session. */
export function endsSession(method: string, pathname: string): boolean {
  return method === 'POST' && (pathname === '/api/auth/login' || pathname === '/api/auth/logout');
}

export type ScorecardWrite =
  | { kind: 'answer'; scorecardId: string; questionId: string }
  | { kind: 'scorecard'; scorecardId: string };

const ID = '([0-9a-fA-F-]{36})';
const ANSWER = new RegExp(`^/api/v1/scorecards/${ID}/scores/${ID}$`);
const SCORECARD = new RegExp(`^/api/v1/scorecards/${ID}$`);
const SCORECARD_ACTION = new RegExp(`^/api/v1/scorecards/${ID}/(?:submit|decline)$`);

/**
 * A write whose response is what the server now holds for part of a scorecard: an answer
 * (PUT …/scores/:questionId) or the whole scorecard (PATCH, submit, decline).
 */
export function scorecardWrite(method: string, pathname: string): ScorecardWrite | null {
  const answer = method === 'PUT' ? ANSWER.exec(pathname) : null;
  if (answer?.[1] && answer[2])
    return { kind: 'answer', scorecardId: answer[1], questionId: answer[2] };
  const scorecard =
    (method === 'PATCH' ? SCORECARD.exec(pathname) : null) ??
    (method === 'POST' ? SCORECARD_ACTION.exec(pathname) : null);
  if (scorecard?.[1]) return { kind: 'scorecard', scorecardId: scorecard[1] };
  return null;
}

/** Where the worker keeps a scorecard's copy: the URL interview mode reads it from. */
export const scorecardPath = (scorecardId: string) => `/api/v1/scorecards/${scorecardId}`;

interface VersionedAnswer {
  questionId: string;
  version: number;
}
interface CachedScorecard {
  id: string;
  version: number;
  answers: VersionedAnswer[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isAnswer = (value: unknown): value is VersionedAnswer =>
  isObject(value) && typeof value.questionId === 'string' && typeof value.version === 'number';
const isScorecard = (value: unknown): value is CachedScorecard =>
  isObject(value) &&
  typeof value.id === 'string' &&
  typeof value.version === 'number' &&
  Array.isArray(value.answers) &&
  value.answers.every(isAnswer);

/**
 * The kept copy of a scorecard with a saved write applied, or null to leave it as it is. Without
 * this, a reload offline would show the scorecard as it was when the interview opened: answers
 * saved since would look unrated, and an edit on top of them would go out on an old version and
 * come back as a conflict. Versions decide: an older response never replaces a newer copy.
 */
export function applySavedWrite(cached: unknown, write: ScorecardWrite, saved: unknown): unknown {
  if (!isScorecard(cached) || cached.id !== write.scorecardId) return null;
  if (write.kind === 'scorecard') {
    if (!isScorecard(saved) || saved.id !== cached.id || saved.version < cached.version)
      return null;
    return saved;
  }
  if (!isAnswer(saved) || saved.questionId !== write.questionId) return null;
  const index = cached.answers.findIndex((answer) => answer.questionId === saved.questionId);
  const known = index === -1 ? undefined : cached.answers[index];
  if (known && known.version >= saved.version) return null;
  const answers = [...cached.answers];
  if (index === -1) answers.push(saved);
  else answers[index] = saved;
  return { ...cached, answers };
}
