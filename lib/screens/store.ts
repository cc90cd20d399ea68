import { getDb } from '../db/open';
import { AppError } from '../errors';
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
 * Shipped profiles, replaced or extended by admin profiles with the same id.
 * (Policy-delivered profiles will be layered on top of these.)
 */
export async function effectiveProfiles(): Promise<EffectiveProfile[]> {
  const byId = new Map<string, EffectiveProfile>();
  for (const profile of SHIPPED_PROFILES) byId.set(profile.id, { ...profile, source: 'shipped' });
  for (const profile of await loadCustomProfiles()) byId.set(profile.id, profile);
  return [...byId.values()];
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
  await (await getDb()).put('profiles', {
    ...(profile as unknown as Record<string, unknown>),
    id: profile.id,
  });
  return profile;
}

export async function deleteCustomProfile(id: string): Promise<boolean> {
  const db = await getDb();
  const existing = await db.get('profiles', id);
  if (!existing) return false;
  await db.delete('profiles', id);
  return true;
}
