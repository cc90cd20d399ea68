import type { AppErrorData } from './errors';

/** The shape every fallible operation and every message response takes. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = <T = never>(error: AppErrorData): Result<T> => ({ ok: false, error });
