import { z } from 'zod';
import { type AppErrorData, ERROR_CODES } from './errors';

/** Zod view of AppErrorData, for message schemas (background and extension pages only). */
export const appErrorDataSchema: z.ZodType<AppErrorData> = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  field: z.string().optional(),
  requestId: z.string().optional(),
  status: z.number().optional(),
  retryAfterSeconds: z.number().optional(),
});
