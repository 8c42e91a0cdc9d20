import { userRoles } from '../users/users.schema';
import { can, capabilityRoles, rolesWith } from './capabilities';

describe('capabilities', () => {
  it('gives interviewers no staff capability', () => {
    const held = Object.keys(capabilityRoles).filter((capability) =>
      can('interviewer', capability as keyof typeof capabilityRoles),
    );
    expect(held).toEqual([]);
  });

  it('gives admins every capability', () => {
    for (const capability of Object.keys(capabilityRoles) as (keyof typeof capabilityRoles)[])
      expect(can('admin', capability)).toBe(true);
  });

  it('keeps rubric editing and user management to admins', () => {
    expect(userRoles.filter((role) => can(role, 'rubrics.edit'))).toEqual(['admin']);
    expect(rolesWith('users.manage')).toEqual(['admin']);
  });

  it('lets hiring managers compare and move but not edit candidates', () => {
    expect(can('hiring_manager', 'candidates.compare')).toBe(true);
    expect(can('hiring_manager', 'candidates.move')).toBe(true);
    expect(can('hiring_manager', 'candidates.edit')).toBe(false);
    expect(can(undefined, 'candidates.move')).toBe(false);
  });
});
