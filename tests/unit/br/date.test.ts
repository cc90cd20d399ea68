import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateBr, parseDateBr, parseIsoDate } from '../../../lib/br';
import { CUSTOMERS } from '../../seed/world';

const message = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? 'accepted' : r.error?.message);

/** The JS calendar as an oracle: a date is real when Date does not roll it over. */
function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('dates', () => {
  it('converts dd/mm/aaaa ↔ ISO', () => {
    expect(parseDateBr('12/04/1986')).toEqual({ ok: true, data: '1986-04-12' });
    expect(parseDateBr(' 1/2/1990 ')).toEqual({ ok: true, data: '1990-02-01' });
    expect(formatDateBr('1986-04-12')).toBe('12/04/1986');
    expect(parseIsoDate('2024-02-29T03:00:00.000Z')).toEqual({ ok: true, data: '2024-02-29' });
    expect(formatDateBr('2024-02-30')).toBe('');
    for (const c of CUSTOMERS)
      expect(parseDateBr(formatDateBr(c.birthdate))).toEqual({ ok: true, data: c.birthdate });
  });

  it('knows leap years', () => {
    expect(parseDateBr('29/02/2024').ok).toBe(true);
    expect(parseDateBr('29/02/2000').ok).toBe(true);
    expect(message(parseDateBr('29/02/1900', 'Data de nascimento'))).toBe(
      'Data de nascimento: a data 29/02/1900 não existe no calendário.',
    );
    expect(message(parseDateBr('29/02/2023', 'Data de nascimento'))).toBe(
      'Data de nascimento: a data 29/02/2023 não existe no calendário.',
    );
  });

  it('rejects bad formats, months and years with messages naming the field', () => {
    expect(message(parseDateBr('1986-04-12', 'Nascimento'))).toBe(
      'Nascimento: data inválida; use o formato dd/mm/aaaa.',
    );
    expect(message(parseDateBr('12/13/1986', 'Nascimento'))).toBe('Nascimento: mês inválido (use 01 a 12).');
    expect(message(parseDateBr('31/04/1986', 'Nascimento'))).toBe(
      'Nascimento: a data 31/04/1986 não existe no calendário.',
    );
    expect(message(parseDateBr('01/01/1899', 'Nascimento'))).toBe(
      'Nascimento: ano deve estar entre 1900 e 2100.',
    );
    expect(message(parseDateBr('01/01/2101', 'Nascimento'))).toBe(
      'Nascimento: ano deve estar entre 1900 e 2100.',
    );
    expect(message(parseIsoDate('12/04/1986', 'Nascimento'))).toBe(
      'Nascimento: data inválida; esperado o formato AAAA-MM-DD.',
    );
  });

  it('agrees with the JS calendar for every day/month/year combination', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
          expect(parseDateBr(text).ok).toBe(isRealDate(year, month, day));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('round-trips ISO → dd/mm/aaaa → ISO for every date in range', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parseDateBr(formatDateBr(iso))).toEqual({ ok: true, data: iso });
          expect(parseIsoDate(iso)).toEqual({ ok: true, data: iso });
        },
      ),
      { numRuns: 3000 },
    );
  });
});
