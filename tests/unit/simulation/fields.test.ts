import { describe, expect, it } from 'vitest';
import { customerPayload, customerRequirements } from '../../../lib/simulation/customer';
import {
  buildForm,
  leadInputFrom,
  requiredFormFields,
  validateAnswers,
  validateField,
} from '../../../lib/simulation/fields';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('required fields → form', () => {
  const requirements = {
    cpf_cnpj: ['033', '341', '623'],
    has_cnh: ['033', '341', '623'],
    phone_number: ['033', '341', '623'],
    email: ['341', '623'],
    gender: ['033'],
    monthly_income: ['623'],
    address: { zip_code: ['623'] },
  };

  it('keeps only fields the chosen banks need', () => {
    const map = requiredFormFields(requirements, ['033']);
    expect([...map.keys()].sort()).toEqual(['gender', 'hasCnh', 'phone']);
    const withPan = requiredFormFields(requirements, ['033', '623']);
    expect(withPan.get('zipCode')).toEqual(['623']);
    expect(withPan.get('email')).toEqual(['623']);
  });

  it('asks only what is missing or invalid, prefilled from the DMS', () => {
    const map = requiredFormFields(requirements, ['033', '341', '623']);
    const { fields, valid } = buildForm(
      map,
      { phone: '11987654321', email: 'not-an-email', monthlyIncome: '1250000' },
      {},
      NOW,
    );
    expect(valid.phone).toBe('11987654321');
    expect(valid.monthlyIncome).toBe('1250000');
    const asked = fields.map((f) => f.key);
    expect(asked).toEqual(['email', 'gender', 'hasCnh', 'zipCode']);
    const email = fields.find((f) => f.key === 'email')!;
    expect(email.error).toMatch(/^E-mail: /);
    expect(fields.find((f) => f.key === 'zipCode')!.error).toBeNull();
  });

  it('validates answers with pt-BR messages naming the field', () => {
    expect(validateField('phone', '(11) 1234', undefined, NOW)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Celular: /),
    });
    expect(validateField('birthdate', '01/01/2015', undefined, NOW)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/18 anos/),
    });
    expect(validateField('birthdate', '14/09/1995', undefined, NOW)).toEqual({
      ok: true,
      value: '1995-09-14',
    });
    expect(validateField('monthlyIncome', '4.500,00', undefined, NOW)).toEqual({ ok: true, value: '450000' });
    expect(validateField('zipCode', '01310-100', undefined, NOW)).toEqual({ ok: true, value: '01310100' });
    expect(validateField('gender', 'X', [{ value: 'M', label: 'Masculino' }], NOW)).toMatchObject({
      ok: false,
    });
    const { values, errors } = validateAnswers(
      [{ key: 'email' }, { key: 'hasCnh' }],
      { email: 'A@B.COM.BR', hasCnh: '' },
      NOW,
    );
    expect(values.email).toBe('a@b.com.br');
    expect(errors.hasCnh).toMatch(/^Possui CNH: /);
  });

  it('builds the lead sent to CREDERE', () => {
    const lead = leadInputFrom('71460238001', {
      phone: '11987654321',
      hasCnh: 'sim',
      monthlyIncome: '450000',
      zipCode: '01310100',
    });
    expect(lead).toMatchObject({
      cpfCnpj: '71460238001',
      phoneNumber: '(11) 98765-4321',
      hasCnh: true,
      monthlyIncomeCents: 450000,
      address: { zipCode: '01310-100' },
    });
  });
});

describe('customer record', () => {
  it('needs more for banks that ask more', () => {
    expect(customerRequirements('342').has('rg')).toBe(false);
    expect(customerRequirements('033').has('rg')).toBe(true);
    expect(customerRequirements('M22').has('education')).toBe(true);
  });

  it('keeps nested ids on update so CREDERE does not duplicate them', () => {
    const existing = {
      id: 9,
      phones: [{ id: 71, code: 11, number: 911112222 }],
      address: { id: 72 },
      job_reference: { id: 73 },
    };
    const payload = customerPayload(
      '52998224725',
      {
        name: 'Ana Paula Ribeiro',
        phone: '11987654321',
        zipCode: '01310100',
        city: 'São Paulo',
        state: 'SP',
        street: 'Av. Paulista',
        number: '1000',
        profession: 'administrador',
        monthlyIncome: '1250000',
      },
      { states: { SP: 25 }, genre: {}, profession: { administrador: 2 } },
      existing,
    );
    expect(payload.cpf).toBe('529.982.247-25');
    expect(payload.phones).toEqual([{ id: 71, code: 11, number: 987654321, phone_type_id: 1 }]);
    expect(payload.address).toMatchObject({ id: 72, zip_code: '01310-100', state_id: 25 });
    expect(payload.job_reference).toMatchObject({ id: 73, profession_id: 2, income_cents: 1250000 });
    const fresh = customerPayload(
      '52998224725',
      { phone: '11987654321' },
      { states: {}, genre: {}, profession: {} },
    );
    expect((fresh.phones as { id?: number }[])[0]!.id).toBeUndefined();
  });
});

describe('field messages in both languages', () => {
  it('every validation message has a pt-BR and an English text naming the field', async () => {
    const { simulationStrings: S } = await import('../../../lib/simulation/strings');
    const keys = Object.keys(S).filter((k) => k.startsWith('v') && /^v[A-Z]/.test(k));
    expect(keys.length).toBeGreaterThanOrEqual(17);
    for (const key of keys) {
      const entry = (S as unknown as Record<string, { pt: string; en: string }>)[key]!;
      expect(entry.pt.length, key).toBeGreaterThan(5);
      expect(entry.en.length, key).toBeGreaterThan(5);
      expect(entry.en, key).not.toBe(entry.pt);
    }
  });
});
