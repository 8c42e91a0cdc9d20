import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

import { Resolver, resolveTarget, TargetRefusedError } from './target-address';

/** A receiver has this long to answer, head and body; then the attempt failed. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** What is kept of a response body for the log. */
export const RESPONSE_BODY_LIMIT = 2048;
export const WEBHOOK_USER_AGENT = 'Calibrate-Webhooks/1';

export interface OutgoingDelivery {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface AttemptResult {
  /** 2xx: delivered. */
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
}

export interface SendOptions {
  allowPrivateTargets: boolean;
  timeoutMs?: number;
  resolve?: Resolver;
}

/**
 * One POST of a delivery. The host is resolved and vetted first (SSRF), and the socket connects
 * to that vetted address through its own `lookup` (TLS still checks the certificate against the
 * host name). Redirects are not followed: a 3xx is a failed attempt, like any non-2xx.
 */
export async function sendDelivery(
  delivery: OutgoingDelivery,
  options: SendOptions,
): Promise<AttemptResult> {
  const started = Date.now();
  const failed = (error: string, statusCode: number | null = null): AttemptResult => ({
    ok: false,
    statusCode,
    durationMs: Date.now() - started,
    error,
    responseBody: null,
  });
  let url: URL;
  try {
    url = new URL(delivery.url);
  } catch {
    return failed('The endpoint URL is not valid.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return failed('The endpoint URL is not http or https.');
  let target;
  try {
    target = await resolveTarget(url.hostname, options.allowPrivateTargets, options.resolve);
  } catch (error) {
    if (error instanceof TargetRefusedError) return failed(error.message);
    throw error;
  }
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) {
      (callback as unknown as (e: null, all: { address: string; family: number }[]) => void)(null, [
        { address: target.address, family: target.family },
      ]);
    } else {
      callback(null, target.address, target.family);
    }
  };
  const client = url.protocol === 'https:' ? https : http;
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(
      url,
      {
        method: 'POST',
        lookup,
        // A fresh connection per attempt: a pooled socket could be to an address vetted earlier.
        agent: false,
        headers: {
          ...delivery.headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(delivery.body),
          'user-agent': WEBHOOK_USER_AGENT,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        const done = () => {
          const statusCode = response.statusCode ?? null;
          const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
          finish({
            ok,
            statusCode,
            durationMs: Date.now() - started,
            error: ok ? null : `The endpoint answered ${statusCode ?? 'without a status'}.`,
            responseBody: Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_BODY_LIMIT),
          });
          response.destroy();
        };
        response.on('data', (chunk: Buffer) => {
          if (kept < RESPONSE_BODY_LIMIT) {
            chunks.push(chunk.subarray(0, RESPONSE_BODY_LIMIT - kept));
            kept += Math.min(chunk.length, RESPONSE_BODY_LIMIT - kept);
          }
          // The rest of a long body is not needed: stop reading it.
          if (kept >= RESPONSE_BODY_LIMIT) done();
        });
        response.on('end', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      finish(failed(`No answer within ${Math.round(timeoutMs / 1000)} s.`));
      request.destroy();
    }, timeoutMs);
    request.on('error', (error) => finish(failed(`Could not deliver: ${error.message}`)));
    request.end(delivery.body);
  });
}
