import { readSecret } from '../db/secrets';
import { readPolicyClientSecret } from '../policy/secret';

export const CLIENT_SECRET_KEY = 'credere.clientSecret';

/**
 * The client secret in force: one pushed by enterprise policy wins over one typed in the
 * options page (policy values take precedence everywhere). Both live only in the
 * background's IndexedDB.
 */
export async function readClientSecret(): Promise<string | undefined> {
  const fromPolicy = await readPolicyClientSecret();
  if (fromPolicy) return fromPolicy;
  const typed = await readSecret<string>(CLIENT_SECRET_KEY);
  return typeof typed === 'string' && typed ? typed : undefined;
}
