import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDbForTests } from '@/lib/db/open';
import { EMPTY_POLICY_STATE, writePolicyState } from '@/lib/policy/state';
import { SHIPPED_PROFILES } from '@/lib/screens/profiles';
import { deleteCustomProfile, effectiveProfiles, saveCustomProfile } from '@/lib/screens/store';

const variant = () => ({
  ...JSON.parse(JSON.stringify(SHIPPED_PROFILES[0])),
  id: 'politica-variante',
  label: 'Variante da política',
});

describe('policy-delivered screen profiles', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    resetDbForTests();
  });

  it('are layered over shipped and admin profiles, and an invalid one is left out', async () => {
    const broken = { ...variant(), id: 'quebrado', anchor: { position: 'dentro' } };
    await writePolicyState({
      ...EMPTY_POLICY_STATE,
      status: 'read',
      values: { screenProfiles: [variant(), broken] },
    });

    const profiles = await effectiveProfiles();

    const fromPolicy = profiles.find((profile) => profile.id === 'politica-variante');
    expect(fromPolicy?.source).toBe('policy');
    expect(profiles.some((profile) => profile.id === 'quebrado')).toBe(false);
    expect(profiles.filter((profile) => profile.source === 'shipped')).toHaveLength(SHIPPED_PROFILES.length);
  });

  it('cannot be overridden or deleted by an admin while policy locks profiles', async () => {
    await writePolicyState({
      ...EMPTY_POLICY_STATE,
      status: 'read',
      values: { screenProfiles: [variant()] },
      locked: ['screenProfiles'],
    });

    await expect(saveCustomProfile(variant())).rejects.toMatchObject({ code: 'POLICY_LOCKED' });
    await expect(deleteCustomProfile('politica-variante')).rejects.toMatchObject({ code: 'POLICY_LOCKED' });
    const other = { ...variant(), id: 'do-administrador' };
    await expect(saveCustomProfile(other)).resolves.toMatchObject({ id: 'do-administrador' });
  });
});
