export { formatCep, parseCep } from './cep';
export { formatCnpj, parseCnpj } from './cnpj';
export { formatCpf, parseCpf } from './cpf';
export { type CpfOrCnpj, parseCpfCnpj } from './cpf-cnpj';
export { formatDateBr, parseDateBr, parseIsoDate } from './date';
export { formatMoney, formatMoneyPlain, type MoneyLimits, parseMoney } from './money';
export { formatPercent, type PercentFormat, type PercentOptions, parsePercent } from './percent';
export { formatPhone, type PhoneParts, parsePhone, parsePhoneParts, splitPhone, VALID_DDDS } from './phone';
