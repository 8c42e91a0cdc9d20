import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';

/** One request, built fresh each time (a different user, candidate or answer per request). */
export interface LoadRequest {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Called with the response (status, body): e.g. to learn an answer's new version. */
  onResponse?: (status: number, body: string) => void;
}

export interface LoadOptions {
  baseUrl: string;
  connections: number;
  durationSeconds: number;
  next: () => LoadRequest;
  /** Sees every response's latency in milliseconds (to pool several runs' percentiles). */
  onLatency?: (ms: number) => void;
}

export interface LoadResult {
  requests: number;
  /** How long the load ran, in seconds. */
  seconds: number;
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds (microsecond resolution). */
  p50: number;
  p95: number;
  p99: number;
  /** Socket errors, timeouts and responses other than 2xx. */
  errors: number;
  statusCodes: Record<string, number>;
}

/**
 * Drives a server with autocannon from this process. Each connection sends one request at a time;
 * `next` decides what it is, and the request's own `onResponse` sees its answer (autocannon keeps
 * the per-connection context between a request and its response, which is where it is held).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  hdr.initWebAssemblySync();
  const latencies = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000 });
  const statusCodes: Record<string, number> = {};
  type Context = { pending?: LoadRequest };
  let finish: (error: unknown, result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error as Error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: options.baseUrl,
      connections: options.connections,
      duration: options.durationSeconds,
      pipelining: 1,
      timeout: 10,
      requests: [
        {
          setupRequest: (request, context) => {
            // A request that got no response (its socket failed, or it timed out) still owes
            // its answer: the save scenarios lend each target to one request at a time, and a
            // target never given back emptied the pool after enough socket errors.
            (context as Context).pending?.onResponse?.(0, '');
            const next = options.next();
            (context as Context).pending = next;
            return {
              ...request,
              method: next.method,
              path: next.path,
              headers: next.body
                ? { 'content-type': 'application/json', ...next.headers }
                : { ...next.headers },
              body: next.body,
            };
          },
          onResponse: (status, body, context) => {
            const answered = (context as Context).pending;
            (context as Context).pending = undefined;
            answered?.onResponse?.(status, body);
          },
        },
      ],
    },
    (error, result) => finish(error, result),
  );
  instance.on('response', (_client, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.recordValue(Math.max(1, Math.round(responseTime * 1000)));
    options.onLatency?.(responseTime);
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
  });
  const result = await done;
  const ms = (percentile: number) =>
    Math.round(latencies.getValueAtPercentile(percentile) / 10) / 100;
  const completed = latencies.totalCount;
  const summary: LoadResult = {
    requests: completed,
    seconds: result.duration,
    requestsPerSecond: Math.round(completed / result.duration),
    p50: ms(50),
    p95: ms(95),
    p99: ms(99),
    errors: result.errors + result.timeouts + result.non2xx,
    statusCodes,
  };
  latencies.destroy();
  return summary;
}
