import { z } from 'zod';

/** A leaf module: candidates and knock-out rules read shifts without importing the jobs schema. */
export const jobShifts = ['day', 'mid', 'night', 'rotating', 'flexible'] as const;
export const jobShiftSchema = z.enum(jobShifts);
export type JobShift = z.infer<typeof jobShiftSchema>;
