import { z } from 'zod';

/** A leaf module: jobs' knock-out rules read CEFR levels without importing the candidates schema. */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const cefrLevelSchema = z.enum(cefrLevels);
export type CefrLevel = z.infer<typeof cefrLevelSchema>;
