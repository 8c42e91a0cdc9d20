import { z } from 'zod';

import { pageQuerySchema, paginated } from '../common/pagination.schema';
import { text } from '../common/text.schema';

/** What an endpoint may subscribe to; `ping` is only ever sent by "Send test". */
export const webhookEventTypes = [
  'candidate.created',
  'candidate.stage_changed',
  'round.scheduled',
  'round.no_show',
  'scorecard.submitted',
  'scorecard.amended',
  'calibration.fitted',
] as const;
export const webhookEventTypeSchema = z.enum(webhookEventTypes);
export type WebhookEventType = z.infer<typeof webhookEventTypeSchema>;

export const WEBHOOK_PING_EVENT = 'ping';
/** Every type a delivery can carry. */
export type WebhookDeliveryEventType = WebhookEventType | typeof WEBHOOK_PING_EVENT;

/** What each event means, for the screen that picks them and the README. */
export const webhookEventDescriptions: Record<WebhookEventType, string> = {
  'candidate.created': 'A candidate was added (by hand or by an import).',
  'candidate.stage_changed': 'A candidate moved to another pipeline stage.',
  'round.scheduled': 'An interview round was scheduled, with its panel.',
  'round.no_show': 'A round was recorded as a no-show.',
  'scorecard.submitted': 'An interviewer submitted a scorecard: recommendation and ratings.',
  'scorecard.amended': 'A submitted scorecard was amended, with the reason.',
  'calibration.fitted': 'The interviewer calibration model was refitted.',
};

/** Signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'Calibrate-Signature';
export const WEBHOOK_EVENT_ID_HEADER = 'Calibrate-Event-Id';
export const WEBHOOK_EVENT_TYPE_HEADER = 'Calibrate-Event-Type';

export const WEBHOOK_URL_MAX_LENGTH = 2048;

interface ParsedUrl {
  protocol: string;
  username: string;
  password: string;
  hostname: string;
}
/** WHATWG `URL`: a global of browsers and Node, though not of the ES library contracts compile with. */
const UrlParser = (globalThis as unknown as { URL: new (value: string) => ParsedUrl }).URL;

/**
 * Why a URL cannot be an endpoint (null when it can): http or https only, no user name or
 * password in it (they would be sent to anyone who can read the endpoint list). Whether the host
 * is allowed (no private addresses in production) is decided by the API after DNS resolution.
 */
export function webhookUrlProblem(value: string): string | null {
  let url: ParsedUrl;
  try {
    url = new UrlParser(value);
  } catch {
    return 'Enter a full URL, such as https://example.com/hooks/calibrate.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Use an http or https URL.';
  if (url.username || url.password) return 'Leave the user name and password out of the URL.';
  if (!url.hostname) return 'Enter a URL with a host name.';
  return null;
}

const webhookUrlSchema = text()
  .trim()
  .min(1, 'Enter the URL to post events to.')
  .max(WEBHOOK_URL_MAX_LENGTH)
  .superRefine((value, ctx) => {
    const problem = webhookUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const eventListSchema = z
  .array(webhookEventTypeSchema)
  .min(1, 'Choose at least one event.')
  .max(webhookEventTypes.length)
  .transform((events) => [...new Set(events)]);

export const createWebhookEndpointSchema = z.object({
  url: webhookUrlSchema,
  events: eventListSchema,
  description: text().trim().max(500).optional(),
});
export type CreateWebhookEndpoint = z.output<typeof createWebhookEndpointSchema>;
export type CreateWebhookEndpointInput = z.input<typeof createWebhookEndpointSchema>;

export const updateWebhookEndpointSchema = z
  .object({
    url: webhookUrlSchema,
    events: eventListSchema,
    description: text().trim().max(500),
    enabled: z.boolean(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field.');
export type UpdateWebhookEndpoint = z.output<typeof updateWebhookEndpointSchema>;

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed'] as const;
export const webhookDeliveryStatusSchema = z.enum(webhookDeliveryStatuses);
export type WebhookDeliveryStatus = z.infer<typeof webhookDeliveryStatusSchema>;

/** The newest delivery of an endpoint, for the list. */
export const webhookLastDeliverySchema = z.object({
  status: webhookDeliveryStatusSchema,
  statusCode: z.number().int().nullable(),
  at: z.iso.datetime({ offset: true }),
});

/** An endpoint as admins see it: never its secret (shown once, at creation). */
export const webhookEndpointSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  events: z.array(webhookEventTypeSchema),
  enabled: z.boolean(),
  /** Why it is disabled: by an admin, or after a day of failed deliveries. */
  disabledReason: z.enum(['manual', 'failing']).nullable(),
  failingSince: z.iso.datetime({ offset: true }).nullable(),
  lastDelivery: webhookLastDeliverySchema.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

export const webhookEndpointListSchema = z.object({ items: z.array(webhookEndpointSchema) });
export type WebhookEndpointList = z.infer<typeof webhookEndpointListSchema>;

/** The answer to a registration: the only time the secret is shown. */
export const createdWebhookEndpointSchema = webhookEndpointSchema.extend({
  secret: z.string(),
});
export type CreatedWebhookEndpoint = z.infer<typeof createdWebhookEndpointSchema>;

export const webhookEndpointIdParamsSchema = z.object({ endpointId: z.uuid() });
export const webhookDeliveryIdParamsSchema = z.object({ deliveryId: z.uuid() });

/** One delivery of one event to one endpoint, with its latest attempt. */
export const webhookDeliverySchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  eventType: z.string(),
  status: webhookDeliveryStatusSchema,
  attempts: z.number().int(),
  statusCode: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  error: z.string().nullable(),
  /** The start of the response body (at most 2 KB). */
  responseBody: z.string().nullable(),
  nextAttemptAt: z.iso.datetime({ offset: true }).nullable(),
  lastAttemptAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveriesQuerySchema = pageQuerySchema;
export type WebhookDeliveriesQuery = z.output<typeof webhookDeliveriesQuerySchema>;

export const webhookDeliveryPageSchema = paginated(webhookDeliverySchema);
export type WebhookDeliveryPage = z.infer<typeof webhookDeliveryPageSchema>;

/** What every delivery's body is: the event's id and type, when it happened, and its data. */
export interface WebhookEnvelope<Data = unknown> {
  id: string;
  type: WebhookDeliveryEventType;
  createdAt: string;
  data: Data;
}
