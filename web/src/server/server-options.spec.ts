import { describe, expect, it } from 'vitest';
import { readServerOptions } from './server-options';

describe('readServerOptions', () => {
  it('defaults to production on 127.0.0.1:3000, trusting no front proxy', () => {
    const options = readServerOptions({}, []);
    expect(options).toMatchObject({ port: 3000, hostname: '127.0.0.1', dev: false, trustedProxies: [] });
    expect(options.isTrustedProxy('127.0.0.1')).toBe(false);
  });

  it('reads PORT, HOST, WEB_TRUSTED_PROXIES and --dev', () => {
    const options = readServerOptions(
      { PORT: '3100', HOST: '0.0.0.0', WEB_TRUSTED_PROXIES: ' 10.0.0.7 , fd00::/8,' },
      ['--dev'],
    );
    expect(options).toMatchObject({
      port: 3100,
      hostname: '0.0.0.0',
      dev: true,
      trustedProxies: ['10.0.0.7', 'fd00::/8'],
    });
    expect(options.isTrustedProxy('10.0.0.7')).toBe(true);
    expect(options.isTrustedProxy('fd00::1')).toBe(true);
    expect(options.isTrustedProxy('10.0.0.8')).toBe(false);
  });

  it('names the variable that is wrong', () => {
    expect(() => readServerOptions({ PORT: 'http' }, [])).toThrow(/PORT must be a port number/);
    expect(() => readServerOptions({ PORT: '70000' }, [])).toThrow(/PORT must be a port number/);
    expect(() => readServerOptions({ WEB_TRUSTED_PROXIES: 'proxy.internal' }, [])).toThrow(
      /WEB_TRUSTED_PROXIES "proxy.internal" is neither an IP address nor a CIDR range/,
    );
  });

  it('refuses an unknown argument', () => {
    expect(() => readServerOptions({}, ['--turbo'])).toThrow(/Unknown argument --turbo/);
  });
});

describe('readServerOptions: WEB_HSTS', () => {
  it('sends HSTS in production and not under --dev, unless told', () => {
    expect(readServerOptions({}, []).strictTransportSecurity).toBe(true);
    expect(readServerOptions({}, ['--dev']).strictTransportSecurity).toBe(false);
    expect(readServerOptions({ WEB_HSTS: 'off' }, []).strictTransportSecurity).toBe(false);
    expect(readServerOptions({ WEB_HSTS: 'on' }, ['--dev']).strictTransportSecurity).toBe(true);
  });

  it('names WEB_HSTS when it is neither on nor off', () => {
    expect(() => readServerOptions({ WEB_HSTS: 'yes' }, [])).toThrow(/WEB_HSTS must be on or off/);
  });
});
