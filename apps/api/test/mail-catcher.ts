import { AddressInfo } from 'node:net';

import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server took it. */
export interface CaughtMail {
  /** RCPT TO addresses. */
  to: string[];
  raw: string;
}

export interface MimePart {
  headers: Map<string, string>;
  /** The body, transfer-decoded (base64, quoted-printable) to text. */
  body: string;
}

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 that keeps what it receives: tests read the
 * mail exactly as an SMTP client (nodemailer in the API) sent it. It requires the user
 * `mailer`/`secret` (plain AUTH without TLS, loopback only) and can refuse the next messages
 * with a temporary 451.
 */
export class MailCatcher {
  readonly received: CaughtMail[] = [];
  /** Refuse this many of the next messages with "451 try again later". */
  failNext = 0;
  private readonly server: SMTPServer;

  constructor() {
    this.server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === 'mailer' && auth.password === 'secret')
          callback(null, { user: 'mailer' });
        else callback(new Error('Invalid username or password'));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (this.failNext > 0) {
            this.failNext--;
            callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
            return;
          }
          this.received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
  }

  /** Listens on a free loopback port; returns the SMTP URL for the API's config. */
  async start(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://mailer:secret@127.0.0.1:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Headers (unfolded, names lower-cased, encoded words decoded) and the body of a MIME entity. */
function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const body = end === -1 ? '' : raw.slice(end + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(
        line.slice(0, colon).trim().toLowerCase(),
        decodeWords(line.slice(colon + 1).trim()),
      );
  }
  return { headers, body };
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

/** A received message: its top-level headers and its leaf parts (one for a single-part mail). */
export function parseMail(raw: string): { headers: Map<string, string>; parts: MimePart[] } {
  const { headers, body } = splitEntity(raw);
  return { headers, parts: leafParts(headers, body) };
}

function leafParts(headers: Map<string, string>, body: string): MimePart[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  if (!boundary) return [{ headers, body: decodeBody(headers, body) }];
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => {
      const part = splitEntity(chunk.replace(/^\r\n/, ''));
      return leafParts(part.headers, part.body.replace(/\r\n$/, ''));
    });
}
