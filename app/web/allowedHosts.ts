import { InputError } from '../../errors.ts';

/** The names of this machine's loopback interface, as a Host header carries them. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Whether an address to bind reaches only this machine. */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

/** A bound address as a Host header names it: IPv6 in brackets, lower case. */
const asHostName = (host: string) => {
  const name = host.toLowerCase();
  return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
};

/**
 * The Host headers `claims serve` answers, so that a DNS-rebinding page (attacker.example resolved to
 * 127.0.0.1) is refused before any route runs. On loopback: localhost, 127.0.0.1, [::1] and the bound
 * name, with the bound port. Beyond loopback: those and each `--public-host` (a name alone also matches
 * it without a port, as a reverse proxy on 80 or 443 passes it); with no public host a token is required,
 * and then any Host is answered, since a rebinding page cannot send the token.
 * @returns a test of a Host header value, or null when every Host is answered.
 * @throws InputError when bound beyond loopback with neither public hosts nor a token, or a name is malformed.
 */
export function allowedHosts(options: { host: string; port: number; publicHosts: readonly string[]; hasToken: boolean }): ((host: string | undefined) => boolean) | null {
  const loopback = isLoopback(options.host);
  if (!loopback && options.publicHosts.length === 0) {
    if (options.hasToken) return null;
    throw new InputError(
      `--host ${options.host} reaches beyond this machine: name the host names clients use with --public-host NAME, or set CLAIMS_API_TOKEN`,
    );
  }
  const allowed = new Set<string>();
  const withPort = (name: string) => {
    allowed.add(`${name}:${options.port}`);
    if (options.port === 80) allowed.add(name);
  };
  for (const name of [...LOOPBACK_NAMES, asHostName(options.host)]) withPort(name);
  for (const given of options.publicHosts) {
    const name = given.trim().toLowerCase();
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.test(name)) {
      throw new InputError(`--public-host ${JSON.stringify(given)}: give a host name, optionally with :port (news.example.org:8443)`);
    }
    if (/:\d+$/.test(name)) allowed.add(name);
    else {
      allowed.add(name);
      withPort(name);
    }
  }
  return (host) => host !== undefined && allowed.has(host.trim().toLowerCase().replace(/\.(?=:\d+$|$)/, ''));
}
