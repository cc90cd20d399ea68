import { describe, expect, it } from 'vitest';
import { buildAuthorizeRequest, parseAuthorizeRedirect } from '../../../lib/auth/authorize';
import { s256Challenge } from '../../../lib/auth/pkce';
import { validateCredereSettings } from '../../../lib/auth/settings-validation';
import { credereSettingsSchema } from '../../../lib/settings/schema';

const REDIRECT = 'https://lnnkbpfghhmdmheogongdnblomoaeecl.chromiumapp.org/credere';

describe('authorize request and redirect', () => {
  it('builds the documented URL with state and PKCE S256 (RFC 7636 test vector for the hash)', async () => {
    const settings = credereSettingsSchema.parse({ clientId: 'abc' });
    const request = await buildAuthorizeRequest(settings, REDIRECT);
    const url = new URL(request.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://app.meucredere.com.br/api/v1/authorize');
    expect(request.url).toContain('scope=simulator+proposals');
    expect(url.searchParams.get('state')).toBe(request.state);
    expect(url.searchParams.get('code_challenge')).toBe(await s256Challenge(request.verifier!));
    expect(await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
    const second = await buildAuthorizeRequest(settings, REDIRECT);
    expect(second.state).not.toBe(request.state);
    const noPkce = await buildAuthorizeRequest({ ...settings, usePkce: false }, REDIRECT);
    expect(noPkce.verifier).toBeNull();
    expect(new URL(noPkce.url).searchParams.has('code_challenge')).toBe(false);
  });

  it('accepts the code only with the same state; denial and mismatch are distinct errors', () => {
    expect(parseAuthorizeRedirect(`${REDIRECT}?code=xyz&state=s1`, 's1')).toBe('xyz');
    expect(() => parseAuthorizeRedirect(`${REDIRECT}?code=xyz&state=other`, 's1')).toThrow(
      expect.objectContaining({ code: 'AUTH_STATE_MISMATCH' }),
    );
    expect(() => parseAuthorizeRedirect(`${REDIRECT}?code=xyz`, 's1')).toThrow(
      expect.objectContaining({ code: 'AUTH_STATE_MISMATCH' }),
    );
    expect(() => parseAuthorizeRedirect(`${REDIRECT}?error=access_denied&state=s1`, 's1')).toThrow(
      expect.objectContaining({ code: 'AUTH_DENIED' }),
    );
    expect(() => parseAuthorizeRedirect(`${REDIRECT}?error=access_denied&state=x`, 's1')).toThrow(
      expect.objectContaining({ code: 'AUTH_STATE_MISMATCH' }),
    );
    expect(() => parseAuthorizeRedirect(`${REDIRECT}?state=s1`, 's1')).toThrow(
      expect.objectContaining({ code: 'API_BAD_RESPONSE' }),
    );
  });
});

describe('settings validation names the field in pt-BR', () => {
  const base = credereSettingsSchema.parse({ clientId: 'abc' });
  const none = { provided: false, stored: false };
  it.each([
    [{ environment: 'custom' as const, customApiRoot: '' }, 'customApiRoot'],
    [{ environment: 'custom' as const, customApiRoot: 'http://example.com/api/v1' }, 'customApiRoot'],
    [{ environment: 'custom' as const, customApiRoot: 'https://x/api?a=1' }, 'customApiRoot'],
    [{ clientId: '' }, 'clientId'],
    [{ clientId: 'a b' }, 'clientId'],
    [{ authMode: 'exchange' as const, tokenExchangeUrl: '' }, 'tokenExchangeUrl'],
    [{ authMode: 'exchange' as const, tokenExchangeUrl: 'ftp://x' }, 'tokenExchangeUrl'],
    [{}, 'clientSecret'],
  ])('%j → %s', (patch, field) => {
    const problem = validateCredereSettings({ ...base, ...patch }, none);
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(/:/);
  });
  it('accepts loopback http, https, a stored secret or an exchange URL', () => {
    expect(
      validateCredereSettings(
        { ...base, environment: 'custom', customApiRoot: 'http://127.0.0.1:4010/api/v1' },
        {
          provided: true,
          stored: false,
        },
      ),
    ).toBeNull();
    expect(validateCredereSettings(base, { provided: false, stored: true })).toBeNull();
    expect(
      validateCredereSettings(
        { ...base, authMode: 'exchange', tokenExchangeUrl: 'https://revenda/token' },
        none,
      ),
    ).toBeNull();
  });
});
