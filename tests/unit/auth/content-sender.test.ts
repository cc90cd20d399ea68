import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { authHandlers } from '../../../lib/auth/handlers';
import { protocol } from '../../../lib/messaging/protocol';
import { createMessageRouter } from '../../../lib/messaging/router';

const ID = 'lnnkbpfghhmdmheogongdnblomoaeecl';
const CONTENT = { id: ID, url: 'https://dms.example.test/tela', tab: { id: 7 }, frameId: 0 };
const OPTIONS = { id: ID, url: `chrome-extension://${ID}/options.html` };

describe('a content script cannot obtain the token through messages', () => {
  const router = createMessageRouter(authHandlers, ID);

  it.each(Object.keys(authHandlers))(
    'refuses %s from a content script before any handler runs',
    async (type) => {
      const result = await router({ type, payload: {} }, CONTENT);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    },
  );

  it('only the options page may ask for the token', () => {
    expect(protocol['auth.revealToken'].from).toEqual(['options']);
  });

  it('no response schema a content script can reach has a token or secret field', () => {
    const reachable = Object.entries(protocol).filter(([, spec]) =>
      (spec.from as readonly string[]).includes('content'),
    );
    expect(reachable.length).toBeGreaterThan(0);
    for (const [type, spec] of reachable) {
      const json = JSON.stringify(z.toJSONSchema(spec.response, { unrepresentable: 'any', io: 'output' }));
      expect(json, type).not.toMatch(
        /"(access_?token|refresh_?token|accessToken|refreshToken|client_?secret|clientSecret)"/i,
      );
    }
  });

  it('the status given to extension pages carries only the masked token', () => {
    const shape = protocol['auth.getStatus'].response.shape;
    expect(Object.keys(shape)).not.toContain('accessToken');
    expect(Object.keys(protocol['auth.getSettings'].response.shape)).toEqual(['credere', 'hasClientSecret']);
  });

  it('an options-page sender passes the sender check (and gets AUTH_REQUIRED when not connected)', async () => {
    const result = await router({ type: 'auth.revealToken', payload: {} }, OPTIONS);
    expect(result.ok).toBe(false);
    expect((result as { error: { code: string } }).error.code).not.toBe('FORBIDDEN_SENDER');
  });
});
