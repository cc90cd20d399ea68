import { getDb } from '../db/open';
import { AppError } from '../errors';
import { isLocked, readPolicyState } from '../policy/state';
import { effectiveProfileSchema, parseProfile } from './profile-schema';
import { SHIPPED_PROFILES } from './profiles';
import type { EffectiveProfile, ScreenProfile } from './types';

/** Admin profiles from IndexedDB (background only), re-validated on every read. */
export async function loadCustomProfiles(): Promise<EffectiveProfile[]> {
  const rows = await (await getDb()).getAll('profiles');
  const out: EffectiveProfile[] = [];
  for (const row of rows) {
    const parsed = effectiveProfileSchema.safeParse({ ...row, source: 'custom' });
    if (parsed.success) out.push(parsed.data as EffectiveProfile);
  }
  return out;
}

/**
 * Profiles delivered by enterprise policy (from the cached policy state, so a policy change
 * applies on the next page load without a release). Each one is validated like an admin's;
 * one that does not validate is left out, the others still apply.
 */
export async function loadPolicyProfiles(): Promise<EffectiveProfile[]> {
  const state = await readPolicyState();
  const out: EffectiveProfile[] = [];
  for (const raw of state.values.screenProfiles ?? []) {
    const parsed = parseProfile(raw);
    if (parsed.ok) out.push({ ...parsed.profile, source: 'policy' } as EffectiveProfile);
    else console.warn(`[screens] policy profile ignored: ${parsed.errors.length} problem(s)`);
  }
  return out;
}

/** Shipped profiles, replaced or extended by admin profiles, then by policy profiles, with the same id. */
export async function effectiveProfiles(): Promise<EffectiveProfile[]> {
  const byId = new Map<string, EffectiveProfile>();
  for (const profile of SHIPPED_PROFILES) byId.set(profile.id, { ...profile, source: 'shipped' });
  for (const profile of await loadCustomProfiles()) byId.set(profile.id, profile);
  for (const profile of await loadPolicyProfiles()) byId.set(profile.id, profile);
  return [...byId.values()];
}

/** An admin cannot override or delete a profile the policy delivers while policy locks profiles. */
async function refuseIfPolicyOwned(id: string): Promise<void> {
  const state = await readPolicyState();
  if (!isLocked(state, 'screenProfiles')) return;
  if ((state.values.screenProfiles ?? []).some((profile) => profile.id === id)) {
    throw new AppError('POLICY_LOCKED', undefined, { field: 'screenProfiles' });
  }
}

export function validateProfileOrThrow(input: unknown): ScreenProfile {
  const parsed = parseProfile(input);
  if (!parsed.ok) {
    throw new AppError('VALIDATION', `Perfil de tela inválido. ${parsed.errors.slice(0, 8).join(' • ')}`, {
      field: parsed.errors[0]?.split(':')[0],
    });
  }
  return parsed.profile;
}

export async function saveCustomProfile(input: unknown): Promise<ScreenProfile> {
  const profile = validateProfileOrThrow(input);
  await refuseIfPolicyOwned(profile.id);
  await (await getDb()).put('profiles', {
    ...(profile as unknown as Record<string, unknown>),
    id: profile.id,
  });
  return profile;
}

export async function deleteCustomProfile(id: string): Promise<boolean> {
  await refuseIfPolicyOwned(id);
  const db = await getDb();
  const existing = await db.get('profiles', id);
  if (!existing) return false;
  await db.delete('profiles', id);
  return true;
}
