import { createServer, Server, Socket } from 'node:net';

/** How often a request's connection is cut, and how. */
export interface CutRates {
  /** The request reaches the API, then the connection dies before any response byte. */
  afterRequest: number;
  /** The API answers, half of its first response chunk gets through, then the connection dies. */
  midResponse: number;
}

/**
 * A TCP proxy in front of the API that drops connections the way a flaky mobile or office
 * network does: the save was sent, the server may well have applied it, the client never learns.
 */
export class CuttingProxy {
  readonly cuts = { afterRequest: 0, midResponse: 0, passed: 0 };
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly upstreamPort: number,
    private readonly rates: CutRates,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  start(): Promise<void> {
    this.server = createServer((client) => this.connect(client));
    return new Promise((resolve) =>
      this.server?.listen(0, '127.0.0.1', () => {
        const address = this.server?.address();
        this.port = typeof address === 'object' && address ? address.port : 0;
        resolve();
      }),
    );
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private connect(client: Socket): void {
    const upstream = new Socket();
    upstream.connect(this.upstreamPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    }
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', cut);
    upstream.on('error', cut);
    client.on('close', cut);
    upstream.on('close', cut);

    // The fate of the request now on this connection (one at a time: HTTP/1.1, no pipelining).
    let fate: 'pass' | 'cut-after-request' | 'cut-mid-response' = 'pass';
    client.on('data', (chunk: Buffer) => {
      const dice = Math.random();
      fate =
        dice < this.rates.afterRequest
          ? 'cut-after-request'
          : dice < this.rates.afterRequest + this.rates.midResponse
            ? 'cut-mid-response'
            : 'pass';
      upstream.write(chunk);
      if (fate === 'pass') this.cuts.passed++;
      if (fate === 'cut-after-request') {
        this.cuts.afterRequest++;
        // Long enough for the bytes to reach the API; the answer never comes back.
        setTimeout(cut, 5 + Math.random() * 20);
      }
    });
    upstream.on('data', (chunk: Buffer) => {
      if (fate === 'cut-after-request') return;
      if (fate === 'cut-mid-response') {
        this.cuts.midResponse++;
        client.write(chunk.subarray(0, Math.floor(chunk.length / 2)), cut);
        fate = 'pass';
        return;
      }
      client.write(chunk);
    });
  }
}
