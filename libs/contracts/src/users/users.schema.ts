import { z } from 'zod';

import { text } from '../common/text.schema';

export const userRoles = ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const;
export const userRoleSchema = z.enum(userRoles);
export type UserRole = z.infer<typeof userRoleSchema>;

export const roleLabels: Record<UserRole, string> = {
  admin: 'Admin',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
};

/** A user as anyone may see them: never a password hash or session. */
export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: userRoleSchema,
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ items: z.array(userSchema) });

/** OWASP: at least 12 characters for a password without other composition rules. */
export const passwordSchema = text().min(12, 'Use at least 12 characters.').max(200);

export const createUserSchema = z.object({
  email: text()
    .trim()
    .max(254)
    .pipe(z.email('Enter a valid email address.'))
    .transform((e) => e.toLowerCase()),
  name: text().trim().min(1, 'Enter the person’s name.').max(200),
  role: userRoleSchema,
  /**
   * The first password, required while people sign in with passwords. With password sign-in off
   * (PASSWORD_SIGN_IN=false) there is none: the person signs in through single sign-on, and the
   * API refuses a password sent anyway (`GET /api/auth/methods` says which applies).
   */
  password: passwordSchema.optional(),
});
export type CreateUserInput = z.input<typeof createUserSchema>;
export type CreateUser = z.output<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    name: text().trim().min(1).max(200),
    role: userRoleSchema,
    active: z.boolean(),
    password: passwordSchema,
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field.');
export type UpdateUser = z.output<typeof updateUserSchema>;

/** Who can be put on a panel or made a job's hiring manager: active people, no contact details. */
export const personSchema = z.object({ id: z.uuid(), name: z.string(), role: userRoleSchema });
export type Person = z.infer<typeof personSchema>;
export const peopleSchema = z.object({ items: z.array(personSchema) });
export type People = z.infer<typeof peopleSchema>;

export const userIdParamsSchema = z.object({ userId: z.uuid() });
