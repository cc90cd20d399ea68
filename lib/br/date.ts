import { ok, type Result } from '../result';
import { readText, reject } from './field';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const BR_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// API responses may carry a time part after the date; only the calendar date matters here.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checkCalendar(year: number, month: number, day: number, field: string): Result<string> {
  if (year < MIN_YEAR || year > MAX_YEAR)
    return reject(field, `ano deve estar entre ${MIN_YEAR} e ${MAX_YEAR}.`);
  if (month < 1 || month > 12) return reject(field, 'mês inválido (use 01 a 12).');
  if (day < 1 || day > daysInMonth(year, month)) {
    return reject(field, `a data ${pad2(day)}/${pad2(month)}/${year} não existe no calendário.`);
  }
  return ok(`${year}-${pad2(month)}-${pad2(day)}`);
}

/** "dd/mm/aaaa" (day and month may have one digit) → ISO "YYYY-MM-DD", calendar-checked. */
export function parseDateBr(input: unknown, field = 'Data'): Result<string> {
  const text = readText(input, field);
  if (!text.ok) return text;
  const match = BR_DATE.exec(text.data);
  if (!match) return reject(field, 'data inválida; use o formato dd/mm/aaaa.');
  return checkCalendar(Number(match[3]), Number(match[2]), Number(match[1]), field);
}

/** ISO "YYYY-MM-DD" (a trailing time part is ignored) → the same date as "YYYY-MM-DD", calendar-checked. */
export function parseIsoDate(input: unknown, field = 'Data'): Result<string> {
  const text = readText(input, field);
  if (!text.ok) return text;
  const match = ISO_DATE.exec(text.data);
  if (!match) return reject(field, 'data inválida; esperado o formato AAAA-MM-DD.');
  return checkCalendar(Number(match[1]), Number(match[2]), Number(match[3]), field);
}

/** ISO "YYYY-MM-DD" → "dd/mm/aaaa"; empty when the ISO date is not a real date. */
export function formatDateBr(iso: string): string {
  const parsed = parseIsoDate(iso);
  if (!parsed.ok) return '';
  const [year, month, day] = parsed.data.split('-');
  return `${day}/${month}/${year}`;
}
