import { z } from 'zod';

import { userSchema } from '../users/users.schema';

export const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .max(254)
    .transform((email) => email.toLowerCase()),
  password: z.string().min(1, 'Enter your password.').max(200),
});
export type LoginInput = z.input<typeof loginSchema>;

export const meSchema = z.object({ user: userSchema });
export type Me = z.infer<typeof meSchema>;

export const CSRF_COOKIE = 'csrf_token';
export const CSRF_HEADER = 'x-csrf-token';
