import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../../lib/policy/keys';
import { parsePolicy } from '../../../lib/policy/parse';

const PROFILE = {
  id: 'linx-calcular-fator',
  label: 'Calcular fator (filial)',
  match: { urls: ['https://dms.autosul.test/*'], marker: ['#pnlCalcularFator'] },
  anchor: { locators: ['#pnlCalcularFator .acoes'], position: 'append' },
  fields: { valorVeiculo: { locators: [{ css: '#txtValorVeiculo' }], kind: 'money' } },
};

describe('parsePolicy', () => {
  it('maps a complete policy to settings and locks everything it sets', () => {
    const parsed = parsePolicy({
      credereEnvironment: 'staging',
      clientId: ' autosul-client ',
      tokenExchangeUrl: 'https://auth.autosul.test/credere/token',
      dmsOrigins: ['https://dms.autosul.test/*', 'https://dms.autosul.test/*'],
      journalRetentionDays: 30,
      supportContact: 'TI Auto Sul — ramal 2040',
      screenProfiles: [PROFILE],
      mappings: {
        format: 'ponte-credere-mappings',
        version: 1,
        lojas: [{ dmsCode: '01', dmsName: 'Matriz' }],
      },
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.values).toMatchObject({
      'credere.environment': 'staging',
      'credere.clientId': 'autosul-client',
      'credere.authMode': 'exchange',
      dmsOrigins: ['https://dms.autosul.test/*'],
      journalRetentionDays: 30,
      supportContact: 'TI Auto Sul — ramal 2040',
    });
    expect(parsed.values.mappings?.lojas).toHaveLength(1);
    expect(parsed.values.screenProfiles?.[0]?.id).toBe('linx-calcular-fator');
    expect(parsed.lockMode).toBe('present');
    expect(new Set(parsed.locked)).toEqual(
      new Set([
        'credere.environment',
        'credere.clientId',
        'credere.authMode',
        'credere.tokenExchangeUrl',
        'dmsOrigins',
        'journalRetentionDays',
        'supportContact',
        'screenProfiles',
        'mappings',
      ]),
    );
  });

  it('keeps the valid parts of a malformed policy and names every bad field', () => {
    const parsed = parsePolicy({
      clientId: 'ok-client',
      credereApiRoot: 'ftp://api.example.test',
      journalRetentionDays: 0,
      dmsOrigins: ['https://dms.autosul.test/*', '<all_urls>', 42],
      screenProfiles: [PROFILE, { id: 'sem-campos', label: 'x' }, { ...PROFILE }],
      mappings: {
        format: 'ponte-credere-mappings',
        version: 1,
        bancos: [{ dmsCode: '341' }, { dmsName: 'sem código' }],
      },
      clientSecret: '',
      colorTheme: 'dark',
    });
    expect(parsed.values['credere.clientId']).toBe('ok-client');
    expect(parsed.values.dmsOrigins).toEqual(['https://dms.autosul.test/*']);
    expect(parsed.values.screenProfiles?.map((p) => p.id)).toEqual(['linx-calcular-fator']);
    expect(parsed.values.mappings?.bancos).toEqual([{ dmsCode: '341' }]);
    expect(parsed.values['credere.customApiRoot']).toBeUndefined();
    expect(parsed.values.journalRetentionDays).toBeUndefined();
    expect(parsed.values['credere.clientSecret']).toBeUndefined();
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        { field: 'credereApiRoot', expected: 'apiRoot', received: '"ftp://api.example.test"' },
        { field: 'journalRetentionDays', expected: 'retention', received: '0' },
        { field: 'dmsOrigins[1]', expected: 'originPattern', received: '"<all_urls>"' },
        { field: 'dmsOrigins[2]', expected: 'originPattern', received: '42' },
        { field: 'screenProfiles[1].match', expected: 'profile' },
        { field: 'screenProfiles[2].id', expected: 'profileDuplicate', received: '"linx-calcular-fator"' },
        { field: 'mappings.bancos[1]', expected: 'mappingRow' },
        { field: 'clientSecret', expected: 'clientSecret' },
        { field: 'colorTheme', expected: 'unknownProperty' },
      ]),
    );
    expect(parsed.problems).toHaveLength(9);
    // A rejected value is never locked: the admin's local value keeps working.
    expect(parsed.locked).not.toContain('journalRetentionDays');
  });

  it('never echoes a rejected secret', () => {
    const parsed = parsePolicy({ clientSecret: 12345 });
    expect(parsed.problems).toEqual([{ field: 'clientSecret', expected: 'clientSecret' }]);
  });

  it('derives the custom environment from an API root and the auth mode from what is given', () => {
    expect(parsePolicy({ credereApiRoot: 'http://127.0.0.1:4010/api/v1/' }).values).toEqual({
      'credere.customApiRoot': 'http://127.0.0.1:4010/api/v1',
      'credere.environment': 'custom',
    });
    expect(parsePolicy({ clientSecret: 's3cr3t' }).values['credere.authMode']).toBe('secret');
    const both = parsePolicy({ clientSecret: 's', tokenExchangeUrl: 'https://x.test/t' });
    expect(both.values['credere.authMode']).toBe('exchange');
    expect(both.problems).toEqual([{ field: 'authMode', expected: 'authAmbiguous' }]);
    expect(
      parsePolicy({ clientSecret: 's', tokenExchangeUrl: 'https://x.test/t', authMode: 'secret' }).problems,
    ).toEqual([]);
  });

  it('locks exactly the listed settings when lockedSettings is given', () => {
    const parsed = parsePolicy({
      clientId: 'c',
      supportContact: 'TI',
      lockedSettings: ['clientId', 'credere.usePkce', 'nada'],
    });
    expect(parsed.lockMode).toBe('list');
    expect(parsed.locked).toEqual(['credere.clientId', 'credere.usePkce']);
    expect(parsed.problems).toEqual([
      { field: 'lockedSettings[2]', expected: 'lockKey', received: '"nada"' },
    ]);
    expect(parsePolicy({ lockedSettings: ['*'] }).locked).toEqual([...SETTING_KEYS]);
  });

  it('treats an empty or missing policy as no policy and rejects a non-object', () => {
    expect(parsePolicy({})).toEqual({ values: {}, locked: [], lockMode: 'present', problems: [] });
    expect(parsePolicy(undefined).problems).toEqual([]);
    expect(parsePolicy(['x']).problems[0]?.expected).toBe('policyObject');
  });

  it('rejects a mappings document of another format as a whole', () => {
    const parsed = parsePolicy({ mappings: { format: 'csv', version: 1, lojas: [{ dmsCode: '1' }] } });
    expect(parsed.values.mappings).toBeUndefined();
    expect(parsed.problems).toEqual([{ field: 'mappings', expected: 'mappingsDocument' }]);
  });
});
