import { getDb } from './open';

export async function readSecret<T>(key: string): Promise<T | undefined> {
  const record = await (await getDb()).get('secrets', key);
  return record?.value as T | undefined;
}

export async function writeSecret(key: string, value: unknown): Promise<void> {
  await (await getDb()).put('secrets', { key, value, updatedAt: Date.now() });
}

export async function deleteSecret(key: string): Promise<void> {
  await (await getDb()).delete('secrets', key);
}
