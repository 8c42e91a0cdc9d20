import { roleLabels, userRoles } from '@calibrate/contracts';

/** Every role, as the role selects offer them. */
export const roleOptions = userRoles.map((role) => ({ value: role, label: roleLabels[role] }));
