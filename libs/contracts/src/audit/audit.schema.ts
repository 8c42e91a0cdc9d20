import { z } from 'zod';

import { pageQuerySchema, paginated } from '../common/pagination.schema';

export const auditEntityTypes = [
  'rubric',
  'rubric_version',
  'job',
  'candidate',
  'interview_round',
  'scorecard',
  'user',
  'webhook_endpoint',
  'sso_settings',
] as const;
export const auditEntityTypeSchema = z.enum(auditEntityTypes);
export type AuditEntityType = z.infer<typeof auditEntityTypeSchema>;

/**
 * The entity id of the single sign-on settings' history: the one settings row has no uuid of its
 * own, and an audit event names its entity by one (the nil uuid).
 */
export const SSO_SETTINGS_AUDIT_ID = '00000000-0000-0000-0000-000000000000';

export const auditEventSchema = z.object({
  id: z.string(),
  actorId: z.uuid().nullable(),
  action: z.string(),
  entityType: auditEntityTypeSchema,
  entityId: z.uuid(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const listAuditEventsQuerySchema = pageQuerySchema.extend({
  entityType: auditEntityTypeSchema,
  entityId: z.uuid(),
});
export type ListAuditEventsQuery = z.output<typeof listAuditEventsQuerySchema>;

export const auditEventPageSchema = paginated(auditEventSchema);
export type AuditEventPage = z.infer<typeof auditEventPageSchema>;
