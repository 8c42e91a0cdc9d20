import { isForbiddenAddress, resolveTarget, TargetRefusedError } from './target-address';

describe('isForbiddenAddress', () => {
  it.each([
    // IPv4: unspecified, private, CGNAT, loopback, link-local, reserved, multicast, broadcast
    '0.0.0.0',
    '0.1.2.3',
    '10.0.0.1',
    '10.255.255.255',
    '100.64.0.1',
    '100.127.255.254',
    '127.0.0.1',
    '127.255.255.254',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.0.0.8',
    '192.0.2.10',
    '192.168.1.1',
    '198.18.0.1',
    '198.19.255.255',
    '198.51.100.7',
    '203.0.113.9',
    '224.0.0.1',
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
    // IPv6: unspecified, loopback, link-local, unique-local, site-local, multicast, documentation
    '::',
    '::1',
    '0:0:0:0:0:0:0:1',
    'fe80::1',
    'fe80::1%eth0',
    'febf::1',
    'fc00::1',
    'fd12:3456:789a::1',
    'fec0::1',
    'ff02::1',
    'ff0e::1',
    '2001:db8::1',
    '100::1',
    '2001::1', // Teredo
    // IPv4-mapped and -compatible IPv6 of private addresses
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '::ffff:0:0',
    '::127.0.0.1',
    // NAT64 and 6to4 carrying private IPv4
    '64:ff9b::7f00:1',
    '64:ff9b::10.0.0.1',
    '2002:c0a8:0101::1',
    '2002:7f00:1::',
    // not an IP at all
    'localhost',
    'example.com',
    '',
    '1.2.3',
    '::ffff:999.0.0.1',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each([
    '1.1.1.1',
    '8.8.8.8',
    '93.184.216.34',
    '100.63.255.255', // just below CGNAT
    '100.128.0.0', // just above CGNAT
    '172.15.255.255', // just below 172.16/12
    '172.32.0.0', // just above it
    '169.253.255.255',
    '192.167.255.255',
    '198.17.255.255',
    '223.255.255.255', // just below multicast
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '2a00:1450:4001::200e',
    '::ffff:8.8.8.8',
    '::ffff:0808:0808',
    '64:ff9b::808:808',
    '2002:0808:0808::1',
  ])('allows the public %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });
});

describe('resolveTarget', () => {
  const resolver =
    (...addresses: string[]) =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('returns the public address a host resolves to', async () => {
    await expect(
      resolveTarget('hooks.example.com', false, resolver('93.184.216.34')),
    ).resolves.toEqual({ address: '93.184.216.34', family: 4 });
  });

  it('refuses a host resolving only to private addresses, after resolution', async () => {
    await expect(
      resolveTarget('internal.example.com', false, resolver('10.0.0.5', 'fd00::5')),
    ).rejects.toMatchObject({ reason: 'forbidden' });
  });

  it('skips private answers and connects to a vetted public one', async () => {
    await expect(
      resolveTarget('mixed.example.com', false, resolver('127.0.0.1', '2606:4700::1')),
    ).resolves.toEqual({ address: '2606:4700::1', family: 6 });
  });

  it('checks IP literals without DNS, brackets and all', async () => {
    const noDns = async () => {
      throw new Error('DNS must not be asked');
    };
    await expect(resolveTarget('[::1]', false, noDns)).rejects.toBeInstanceOf(TargetRefusedError);
    await expect(resolveTarget('169.254.169.254', false, noDns)).rejects.toMatchObject({
      reason: 'forbidden',
    });
    await expect(resolveTarget('[::1]', true, noDns)).resolves.toEqual({
      address: '::1',
      family: 6,
    });
  });

  it('allows loopback when private targets are allowed (development)', async () => {
    await expect(resolveTarget('localhost', true, resolver('127.0.0.1'))).resolves.toEqual({
      address: '127.0.0.1',
      family: 4,
    });
  });

  it('says when a host does not resolve', async () => {
    const failing = async () => {
      throw new Error('getaddrinfo ENOTFOUND nowhere.invalid');
    };
    await expect(resolveTarget('nowhere.invalid', false, failing)).rejects.toMatchObject({
      reason: 'unresolved',
    });
    await expect(resolveTarget('empty.example', false, resolver())).rejects.toMatchObject({
      reason: 'unresolved',
    });
  });
});
