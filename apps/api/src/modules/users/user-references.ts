import { ValidationIssue } from '@calibrate/contracts';

import { UserRole, UserRow } from './users.repository';

/**
 * Problems with a list of user ids given in a request (hiring managers, interviewers): each must
 * be an active user with one of the allowed roles, and appear once.
 */
export function findUserReferenceProblems(
  ids: string[],
  users: UserRow[],
  allowedRoles: UserRole[],
  field: string,
): ValidationIssue[] {
  const byId = new Map(users.map((user) => [user.id, user]));
  const seen = new Set<string>();
  return ids.flatMap((id, index): ValidationIssue[] => {
    const user = byId.get(id);
    const path = [field, index];
    if (seen.has(id)) return [{ path, code: 'duplicate', message: 'This person is listed twice.' }];
    seen.add(id);
    if (!user || !user.active)
      return [{ path, code: 'unknown_user', message: 'No active user has this id.' }];
    if (!allowedRoles.includes(user.role)) {
      return [
        { path, code: 'wrong_role', message: `This user is a ${user.role.replace('_', ' ')}.` },
      ];
    }
    return [];
  });
}
