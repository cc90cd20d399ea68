/**
 * The ready-to-use CREDERE client in the background: settings + token manager + ky.
 * Throws AppError AUTH_CONFIG when settings are incomplete and AUTH_REQUIRED when no
 * token is stored (or it can no longer be refreshed).
 */
export { getCredereApi } from './factory';
