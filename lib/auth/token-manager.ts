import { AppError } from '../errors';
import type { AuthStatus } from './status';

/** Placeholder until the token manager lands (same issue); the signature is final. */
export async function getAuthStatus(): Promise<AuthStatus> {
  throw new AppError('INTERNAL');
}
