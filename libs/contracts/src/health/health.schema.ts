import { z } from 'zod';

export const healthSchema = z.object({ status: z.literal('ok') });
export type Health = z.infer<typeof healthSchema>;

export const readinessSchema = z.object({
  status: z.literal('ok'),
  database: z.literal('up'),
});
export type Readiness = z.infer<typeof readinessSchema>;
