import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFetchableUrl } from '../../../ingest/guardUrl.ts';
import { isLinkLocalOrMetadata, isPrivateAddress } from '../../../ingest/isPrivateAddress.ts';
import { FetchError, UnsafeUrlError } from '../../../ingest/errors.ts';

describe('isPrivateAddress', () => {
  const privateSpellings = [
    '127.0.0.1',
    '127.1',
    '2130706433',
    '0x7f000001',
    '0177.0.0.1',
    '0x7f.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '0',
    '224.0.0.1',
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
    '198.18.0.1',
    '192.0.2.1',
    '::1',
    '[::1]',
    '::',
    '0:0:0:0:0:0:0:1',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::127.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::',
    '2001:db8::1',
    'localhost',
    'not an ip',
  ];
  for (const ip of privateSpellings) {
    test(`${ip} is not public`, () => assert.equal(isPrivateAddress(ip), true));
  }

  const publicAddresses = [
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '2a00:1450:4001::200e',
  ];
  for (const ip of publicAddresses) {
    test(`${ip} is public`, () => assert.equal(isPrivateAddress(ip), false));
  }
});

describe('isLinkLocalOrMetadata', () => {
  for (const ip of [
    '169.254.169.254',
    '169.254.170.2',
    '0xa9fea9fe',
    '2852039166',
    '169.254.43518',
    'fe80::1',
    'fe80::1%eth0',
    '[febf::1]',
    'fd00:ec2::254',
    'FD00:EC2:0:0:0:0:0:254',
    '::ffff:169.254.169.254',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a9fe:a9fe',
    '2002:a9fe:a9fe::',
    '100.100.100.200',
    '192.0.0.192',
  ]) {
    test(`${ip} is link-local or metadata`, () => assert.equal(isLinkLocalOrMetadata(ip), true));
  }
  for (const ip of [
    '127.0.0.1',
    '10.0.0.1',
    '192.168.1.1',
    '100.64.0.1',
    'fd00::1',
    'fec0::1',
    '::1',
    '8.8.8.8',
    'metadata',
  ]) {
    test(`${ip} is not link-local or metadata`, () => assert.equal(isLinkLocalOrMetadata(ip), false));
  }
});

describe('assertFetchableUrl with private networks allowed', () => {
  for (const url of [
    'http://169.254.169.254/latest/meta-data/',
    'http://0xa9fea9fe/',
    'http://[fd00:ec2::254]/latest/meta-data/',
    'http://[::ffff:169.254.169.254]/',
    'http://[fe80::1]:8080/',
    'http://100.100.100.200/',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://METADATA.GOOGLE.INTERNAL./',
    'http://metadata/',
    'http://instance-data/latest/',
  ]) {
    test(`still refuses ${url}`, async () => {
      await assert.rejects(assertFetchableUrl(url, { allowPrivateNetworks: true }), (error: unknown) => {
        assert.ok(error instanceof UnsafeUrlError);
        assert.match(error.message, /link-local or cloud metadata/);
        assert.doesNotMatch(error.message, /set CLAIMS_ALLOW_PRIVATE_NETWORKS/);
        return true;
      });
    });
  }

  test('an exempt private host does not exempt a metadata address', async () => {
    const options = {
      allowPrivateNetworks: false,
      allowedPrivateHosts: ['169.254.169.254:80', '169.254.169.254'],
    };
    await assert.rejects(assertFetchableUrl('http://169.254.169.254/', options), UnsafeUrlError);
  });

  for (const url of [
    'http://10.0.0.1/feed',
    'http://192.168.1.20:8080/',
    'http://[fd12::1]/',
    'http://intranet/',
  ]) {
    test(`lets ${url} through`, async () => {
      const parsed = await assertFetchableUrl(url, { allowPrivateNetworks: true });
      assert.equal(parsed.href, new URL(url).href);
    });
  }
});

describe('assertFetchableUrl without DNS', () => {
  const refused = [
    'http://localhost/',
    'http://LOCALHOST./feed',
    'http://api.localhost/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://[::1]:8080/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.1.1/',
    'http://0.0.0.0/',
    'http://0/',
    'http://0x7f.1/',
    'http://[::ffff:7f00:1]/',
    'http://[::127.0.0.1]/',
    'http://[::]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[fc00::1]/',
    'http://[ff02::1]/',
    'http://224.0.0.1/',
    'http://240.0.0.1/',
    'http://255.255.255.255/',
    'http://10.0.0.1/',
    'http://172.16.0.1/',
    'http://192.168.1.1/',
  ];
  for (const url of refused) {
    test(`refuses ${url}`, async () => {
      await assert.rejects(assertFetchableUrl(url, { allowPrivateNetworks: false }), (error: unknown) => {
        assert.ok(error instanceof UnsafeUrlError);
        assert.match(error.message, /private|loopback|reserved/);
        assert.equal(error.code, 'unsafe_url');
        return true;
      });
    });
  }

  for (const url of [
    'file:///etc/passwd',
    'ftp://example.com/',
    'gopher://example.com/',
    'javascript:alert(1)',
  ]) {
    test(`refuses the scheme of ${url} even with private networks allowed`, async () => {
      await assert.rejects(assertFetchableUrl(url, { allowPrivateNetworks: true }), (error: unknown) => {
        assert.ok(error instanceof UnsafeUrlError);
        assert.match(error.message, /only http and https/);
        return true;
      });
    });
  }

  test('accepts a public IP literal and returns the parsed URL', async () => {
    const url = await assertFetchableUrl('https://8.8.8.8/feed.xml', { allowPrivateNetworks: false });
    assert.equal(url.href, 'https://8.8.8.8/feed.xml');
  });

  test('accepts loopback when private networks are allowed', async () => {
    const url = await assertFetchableUrl('http://127.0.0.1:8080/', { allowPrivateNetworks: true });
    assert.equal(url.hostname, '127.0.0.1');
  });

  test('an invalid URL is a permanent FetchError', async () => {
    await assert.rejects(
      assertFetchableUrl('not a url', { allowPrivateNetworks: false }),
      (error: unknown) => {
        assert.ok(error instanceof FetchError);
        assert.equal(error.permanent, true);
        return true;
      },
    );
  });
});
