import { deleteSecret, readSecret, writeSecret } from '../db/secrets';

/**
 * A client secret pushed by policy lives next to the other secrets in the background's
 * IndexedDB, under its own key so removing it from the policy never deletes a secret the
 * admin typed in the options page.
 */
export const POLICY_SECRET_KEY = 'policy.clientSecret';

export async function readPolicyClientSecret(): Promise<string | undefined> {
  const value = await readSecret<string>(POLICY_SECRET_KEY);
  return typeof value === 'string' && value ? value : undefined;
}

export async function storePolicyClientSecret(secret: string | undefined): Promise<void> {
  if (secret) await writeSecret(POLICY_SECRET_KEY, secret);
  else await deleteSecret(POLICY_SECRET_KEY);
}
