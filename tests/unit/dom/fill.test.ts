// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillElement } from '@/lib/dom/fill';

type Counts = Record<string, number>;

function track(el: Element): Counts {
  const counts: Counts = {};
  for (const type of ['focus', 'keydown', 'input', 'keyup', 'change', 'blur']) {
    el.addEventListener(type, () => {
      counts[type] = (counts[type] ?? 0) + 1;
    });
  }
  return counts;
}

describe('fillElement', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <input id="entrada" value="40.000,00">
      <input id="ro" value="1,00" readonly>
      <input id="dis" value="2,00" disabled>
      <select id="fin"><option value="">--</option><option value="10" selected>SANTANDER</option><option value="13">BRADESCO FINANCIAMENTOS</option></select>
      <span id="rbl"><input type="radio" name="r" value="N" checked><input type="radio" name="r" value="U"></span>
      <textarea id="obs"></textarea>`;
  });

  it('writes through the native setter and fires each event once, in order', () => {
    const el = document.getElementById('entrada') as HTMLInputElement;
    const order: string[] = [];
    for (const type of ['keydown', 'input', 'keyup', 'change', 'blur'])
      el.addEventListener(type, () => order.push(`${type}:${el.value}`));
    // A mask-like instance setter must not be what we call.
    Object.defineProperty(el, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(el),
      set: () => {
        throw new Error('instance setter used');
      },
    });
    const outcome = fillElement(el, { value: '45.000,00' });
    expect(outcome).toEqual({ status: 'filled', previous: '40.000,00' });
    expect(order).toEqual([
      'keydown:40.000,00',
      'input:45.000,00',
      'keyup:45.000,00',
      'change:45.000,00',
      'blur:45.000,00',
    ]);
  });

  it('fires only the events the profile asks for', () => {
    const el = document.getElementById('obs')!;
    const counts = track(el);
    fillElement(el, { value: 'texto', events: ['input', 'change'] });
    expect(counts).toEqual({ input: 1, change: 1 });
  });

  it('skips readonly and disabled controls without events and reports why', () => {
    const ro = document.getElementById('ro')!;
    const dis = document.getElementById('dis')!;
    const countsRo = track(ro);
    expect(fillElement(ro, { value: '9,99' })).toEqual({
      status: 'skipped',
      reason: 'readonly',
      previous: '1,00',
    });
    expect(fillElement(dis, { value: '9,99' })).toEqual({
      status: 'skipped',
      reason: 'disabled',
      previous: '2,00',
    });
    expect(countsRo).toEqual({});
    expect((ro as HTMLInputElement).value).toBe('1,00');
  });

  it('leaves a value already present alone', () => {
    const el = document.getElementById('entrada')!;
    const counts = track(el);
    expect(fillElement(el, { value: '40.000,00' }).status).toBe('unchanged');
    expect(counts).toEqual({});
  });

  it('picks an existing option by code or by text and never adds one', () => {
    const select = document.getElementById('fin') as HTMLSelectElement;
    const counts = track(select);
    expect(fillElement(select, { value: '13', events: ['input', 'change'] }).status).toBe('filled');
    expect(select.value).toBe('13');
    expect(counts).toEqual({ input: 1, change: 1 });
    expect(fillElement(select, { value: 'santander', selectBy: 'text' }).status).toBe('filled');
    expect(select.value).toBe('10');
    expect(fillElement(select, { value: '99' })).toMatchObject({ status: 'failed', reason: 'no-option' });
    expect(select.options).toHaveLength(3);
  });

  it('checks the radio of a RadioButtonList by value', () => {
    const list = document.getElementById('rbl')!;
    expect(fillElement(list, { value: 'U' })).toEqual({ status: 'filled', previous: 'N' });
    expect((list.querySelector('input[value="U"]') as HTMLInputElement).checked).toBe(true);
    expect(fillElement(list, { value: 'X' })).toMatchObject({ status: 'failed', reason: 'no-option' });
  });
});
