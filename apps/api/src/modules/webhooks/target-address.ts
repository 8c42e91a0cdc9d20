import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must never reach in production (SSRF): this network, private, shared
 * (CGNAT), loopback, link-local, unique-local, multicast, documentation, benchmarking and reserved
 * ranges. Node's BlockList also matches IPv4-mapped IPv6 (::ffff:10.0.0.1) against the IPv4 rules.
 */
const forbidden = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (CGNAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata at 169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255 broadcast
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::', 96], // IPv4-compatible (deprecated)
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments (Teredo, ORCHID, benchmarking…)
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv6');
}

/** IPv6 ranges that embed an IPv4 address: the embedded one decides. */
function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (!groups) return null;
  const v4 = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
  // NAT64 well-known prefix 64:ff9b::/96 (and the local-use 64:ff9b:1::/48).
  if (groups[0] === 0x64 && groups[1] === 0xff9b) return v4(groups[6] ?? 0, groups[7] ?? 0);
  // 6to4 2002:AABB:CCDD::/48 carries AA.BB.CC.DD.
  if (groups[0] === 0x2002) return v4(groups[1] ?? 0, groups[2] ?? 0);
  return null;
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part included). */
function expandIpv6(address: string): number[] | null {
  let text = address.split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split('.').map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail, ...rest] = text.split('::');
  if (rest.length > 0) return null;
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  const groups = [...left, ...Array<number>(missing).fill(0), ...right];
  return groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff)
    ? groups
    : null;
}

/** True for an IP address a production webhook must not connect to (and for anything not an IP). */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return forbidden.check(address, 'ipv4');
  if (family !== 6) return true;
  if (forbidden.check(address, 'ipv6')) return true;
  const embedded = embeddedIpv4(address);
  return embedded !== null && isForbiddenAddress(embedded);
}

export interface ResolvedTarget {
  address: string;
  family: 4 | 6;
}

/** A target refused: the host resolved only to forbidden addresses, or did not resolve. */
export class TargetRefusedError extends Error {
  constructor(
    message: string,
    readonly reason: 'forbidden' | 'unresolved',
  ) {
    super(message);
    this.name = 'TargetRefusedError';
  }
}

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * The address to connect to for a URL's host, checked after DNS resolution: the caller connects
 * to this very address (its own `lookup`), so a second, different DNS answer cannot slip a
 * private address in between the check and the connection (DNS rebinding). With
 * `allowPrivate`, any address is fine (development and tests post to 127.0.0.1).
 */
export async function resolveTarget(
  hostname: string,
  allowPrivate: boolean,
  resolve: Resolver = systemResolver,
): Promise<ResolvedTarget> {
  // URL keeps IPv6 literals in brackets.
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = isIP(host);
  const candidates = literal
    ? [{ address: host, family: literal }]
    : await resolve(host).catch((error: unknown) => {
        throw new TargetRefusedError(
          `The host ${host} did not resolve: ${(error as Error).message}`,
          'unresolved',
        );
      });
  const allowed = candidates.filter(
    (candidate) =>
      (candidate.family === 4 || candidate.family === 6) &&
      (allowPrivate || !isForbiddenAddress(candidate.address)),
  );
  const chosen = allowed[0];
  if (!chosen) {
    if (candidates.length === 0)
      throw new TargetRefusedError(`The host ${host} has no address.`, 'unresolved');
    throw new TargetRefusedError(
      `The host ${host} resolves to a private or reserved address (${candidates
        .map((candidate) => candidate.address)
        .join(', ')}).`,
      'forbidden',
    );
  }
  return { address: chosen.address, family: chosen.family as 4 | 6 };
}
