/**
 * One error vocabulary for every context. Errors cross message boundaries as plain
 * `{code, message, ...}` objects because Error subclasses do not survive structured cloning.
 * `message` is always the pt-BR text a salesperson or admin can act on.
 * No zod here: this module ships in the content script, whose size budget is tight
 * (the zod schema for error data lives in errors-schema.ts).
 */

export const ERROR_CODES = [
  'VALIDATION',
  'AUTH_REQUIRED',
  'AUTH_DENIED',
  'AUTH_STATE_MISMATCH',
  'AUTH_CONFIG',
  'NETWORK',
  'TIMEOUT',
  'RATE_LIMITED',
  'API_REJECTED',
  'API_UNAVAILABLE',
  'API_BAD_RESPONSE',
  'NOT_FOUND',
  'INDETERMINATE',
  'MAPPING_MISSING',
  'SCREEN_NOT_FOUND',
  'SCREEN_CHANGED',
  'FIELD_NOT_FOUND',
  'WRITE_FAILED',
  'PERMISSION_DENIED',
  'POLICY_LOCKED',
  'EXTENSION_RELOADED',
  'FORBIDDEN_SENDER',
  'BAD_MESSAGE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  /** Form or screen field the error is about, when there is one. */
  field?: string;
  /** CREDERE X-Request-Id, kept for support tickets. */
  requestId?: string;
  /** HTTP status from CREDERE, when the error came from the API. */
  status?: number;
  /** Seconds to wait before retrying (429). */
  retryAfterSeconds?: number;
}

/** Default pt-BR text per code, used when no more precise message is known. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION: 'Dados inválidos.',
  AUTH_REQUIRED:
    'A autorização com a CREDERE expirou ou não foi feita. Peça ao administrador para clicar em "Autorizar" nas opções da Ponte CREDERE.',
  AUTH_DENIED: 'A autorização foi recusada na CREDERE.',
  AUTH_STATE_MISMATCH:
    'A resposta da CREDERE não corresponde a este pedido de autorização (state diferente). Tente autorizar de novo.',
  AUTH_CONFIG:
    'A configuração de autenticação está incompleta: informe o client id e o segredo ou o endereço de troca de token.',
  NETWORK: 'Não foi possível falar com a CREDERE. Verifique a conexão e tente de novo.',
  TIMEOUT: 'A CREDERE demorou demais para responder. Tente de novo em instantes.',
  RATE_LIMITED: 'A CREDERE pediu para aguardar antes de novas chamadas.',
  API_REJECTED: 'A CREDERE recusou o pedido.',
  API_UNAVAILABLE: 'A CREDERE está indisponível no momento. Tente de novo em instantes.',
  API_BAD_RESPONSE: 'A CREDERE respondeu em um formato inesperado.',
  NOT_FOUND: 'Registro não encontrado na CREDERE.',
  INDETERMINATE:
    'Não foi possível confirmar se a CREDERE recebeu o pedido. Conferindo antes de tentar de novo.',
  MAPPING_MISSING: 'Falta um mapeamento DE>PARA.',
  SCREEN_NOT_FOUND: 'A tela "Calcular fator" não foi encontrada nesta aba.',
  SCREEN_CHANGED:
    'A tela do LinxDMS mudou desde a leitura (outro atendimento ou outra aba). Nada foi gravado; abra a tela "Calcular fator" do atendimento e aplique de novo.',
  FIELD_NOT_FOUND: 'Um campo da tela não foi encontrado.',
  WRITE_FAILED: 'Não foi possível preencher um campo da tela.',
  PERMISSION_DENIED: 'A extensão não tem permissão para este endereço.',
  POLICY_LOCKED: 'Esta configuração é definida pela política da empresa e não pode ser alterada aqui.',
  EXTENSION_RELOADED: 'A extensão foi atualizada ou recarregada. Recarregue a página do LinxDMS (F5).',
  FORBIDDEN_SENDER: 'Mensagem recusada: origem não autorizada.',
  BAD_MESSAGE: 'Mensagem inválida entre partes da extensão.',
  INTERNAL: 'Erro inesperado na Ponte CREDERE.',
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly data: AppErrorData;

  constructor(
    code: ErrorCode,
    message?: string,
    extra: Omit<AppErrorData, 'code' | 'message'> = {},
    options?: { cause?: unknown },
  ) {
    super(message ?? DEFAULT_MESSAGES[code], options);
    this.name = 'AppError';
    this.code = code;
    this.data = { code, message: this.message, ...extra };
  }

  toJSON(): AppErrorData {
    return this.data;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Turns anything thrown into plain error data that can cross a message boundary. */
export function toErrorData(error: unknown): AppErrorData {
  if (error instanceof AppError) return error.data;
  if (isErrorData(error)) return error;
  if (error instanceof Error && /Extension context invalidated/i.test(error.message)) {
    return { code: 'EXTENSION_RELOADED', message: DEFAULT_MESSAGES.EXTENSION_RELOADED };
  }
  return { code: 'INTERNAL', message: DEFAULT_MESSAGES.INTERNAL };
}

/** A validation failure about one named field, in pt-BR. */
export function fieldError(field: string, message: string): AppErrorData {
  return { code: 'VALIDATION', field, message };
}

function isErrorData(value: unknown): value is AppErrorData {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as { code?: unknown; message?: unknown };
  return (
    typeof candidate.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(candidate.code) &&
    typeof candidate.message === 'string'
  );
}
