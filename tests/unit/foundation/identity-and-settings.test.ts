import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGES, ERROR_CODES, toErrorData } from '../../../lib/errors';
import { DEV_EXTENSION_ID, DEV_PUBLIC_KEY_B64 } from '../../../lib/extension-identity';
import { apiRootOf, settingsSchema } from '../../../lib/settings/schema';

describe('extension identity', () => {
  it('derives the documented id from the manifest key as Chrome does', () => {
    const hex = createHash('sha256')
      .update(Buffer.from(DEV_PUBLIC_KEY_B64, 'base64'))
      .digest('hex')
      .slice(0, 32);
    const id = [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(c, 16))).join('');
    expect(id).toBe(DEV_EXTENSION_ID);
  });
});

describe('settings', () => {
  it('defaults to production with PKCE and loopback DMS origins in development builds', () => {
    const settings = settingsSchema.parse({});
    expect(apiRootOf(settings.credere)).toBe('https://app.meucredere.com.br/api/v1');
    expect(settings.credere.usePkce).toBe(true);
    expect(settings.dmsOrigins).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });

  it('uses the custom root without a trailing slash', () => {
    const settings = settingsSchema.parse({
      credere: { environment: 'custom', customApiRoot: 'http://127.0.0.1:4010/api/v1/' },
    });
    expect(apiRootOf(settings.credere)).toBe('http://127.0.0.1:4010/api/v1');
  });
});

describe('error vocabulary', () => {
  it('has a pt-BR default message for every code', () => {
    for (const code of ERROR_CODES) expect(DEFAULT_MESSAGES[code].length).toBeGreaterThan(10);
  });

  it('maps a dead extension context to EXTENSION_RELOADED and unknown throws to INTERNAL', () => {
    expect(toErrorData(new Error('Extension context invalidated.')).code).toBe('EXTENSION_RELOADED');
    expect(toErrorData('weird').code).toBe('INTERNAL');
    expect(toErrorData({ code: 'TIMEOUT', message: 'x' })).toEqual({ code: 'TIMEOUT', message: 'x' });
  });
});
