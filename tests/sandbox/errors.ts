/**
 * The CREDERE error envelope `{"error":{"message","status"}}` and Doorkeeper's OAuth errors.
 * Route code throws ApiError; the app's onError turns it into the envelope.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}) {
  const { errors, ...inner } = extra;
  return { error: { message, ...inner, status }, ...(errors ? { errors } : {}) };
}

export function apiErrorResponse(c: Context, err: ApiError): Response {
  for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
  return c.json(errorBody(err.status, err.message, err.extra), err.status);
}

export const unauthorized = () =>
  new ApiError(
    401,
    'Unauthorized',
    {},
    { 'WWW-Authenticate': 'Bearer realm="Doorkeeper", error="invalid_token"' },
  );

export const recordNotFound = (model: string) =>
  new ApiError(404, `Couldn't find ${model}`, { class: 'ActiveRecord::RecordNotFound' });

export const unprocessable = (message: string, extra: Record<string, unknown> = {}) =>
  new ApiError(422, message, extra);

/** Doorkeeper answers OAuth errors flat, not in the CREDERE envelope. */
export class OAuthError extends Error {
  constructor(
    readonly status: 400 | 401 | 403,
    readonly code:
      | 'invalid_grant'
      | 'invalid_client'
      | 'invalid_request'
      | 'unsupported_grant_type'
      | 'invalid_scope'
      | 'unauthorized_client',
    readonly description: string,
  ) {
    super(description);
  }
}

export function oauthErrorResponse(c: Context, err: OAuthError): Response {
  if (err.status === 401) c.header('WWW-Authenticate', `Bearer realm="Doorkeeper", error="${err.code}"`);
  c.header('Cache-Control', 'no-store');
  return c.json({ error: err.code, error_description: err.description }, err.status);
}
