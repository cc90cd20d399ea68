import { AppError } from '../errors';
import type { CredereApi } from './credere-api';

/** Placeholder until the token manager lands (same issue); the signature is final. */
export async function getCredereApi(): Promise<CredereApi> {
  throw new AppError('AUTH_REQUIRED');
}
