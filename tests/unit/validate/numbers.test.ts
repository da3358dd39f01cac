/** Number cells: declared bounds, never beyond Number.MAX_SAFE_INTEGER, never read as another number. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS, DATASET_NAMES } from '../../../src/lib/datasets';
import { cellSpec, integer, number, optionalInteger } from '../../../src/schemas/cells';

const codeOf = (r: { success: boolean; error?: { issues: unknown[] } }) =>
  r.success ? null : ((r.error!.issues[0] as { params?: { code?: string } }).params?.code ?? 'type-error');

describe('integer()', () => {
  it('defaults to ±Number.MAX_SAFE_INTEGER and records it', () => {
    const s = integer();
    expect(s.safeParse(String(Number.MAX_SAFE_INTEGER)).data).toBe(Number.MAX_SAFE_INTEGER);
    expect(s.safeParse(String(-Number.MAX_SAFE_INTEGER)).data).toBe(-Number.MAX_SAFE_INTEGER);
    expect(codeOf(s.safeParse('9007199254740992'))).toBe('constraint-error');
    expect(codeOf(s.safeParse('-9007199254740993'))).toBe('constraint-error');
    expect(cellSpec(s)!.constraints).toMatchObject({ minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER });
  });

  it('never lets a declared bound exceed the safe range', () => {
    expect(cellSpec(integer({ min: -1e300, max: 1e300 }))!.constraints).toMatchObject({ minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER });
  });

  it('rejects a long digit string before Number() rounds it, leading zeros aside', () => {
    expect(codeOf(optionalInteger({ min: 0 }).safeParse('1'.repeat(400)))).toBe('constraint-error');
    expect(integer({ min: 0 }).safeParse('0000000000000000000000042').data).toBe(42);
  });

  it('every integer column of every dataset declares a maximum within the safe range', () => {
    for (const name of DATASET_NAMES) {
      for (const col of columnsOf(name)) {
        const spec = cellSpec(DATASETS[name].schema.shape[col as never])!;
        if (spec.type !== 'integer' && spec.type !== 'number' && spec.type !== 'year') continue;
        expect(spec.constraints.maximum, `${name}.${col}`).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
        expect(spec.constraints.minimum, `${name}.${col}`).toBeGreaterThanOrEqual(-Number.MAX_SAFE_INTEGER);
      }
    }
  });

  it('a random digit string is either rejected or read as exactly that integer (property)', () => {
    const s = integer();
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat({ max: 3 }), (n, zeros) => {
        const text = n < 0n ? `-${'0'.repeat(zeros)}${-n}` : `${'0'.repeat(zeros)}${n}`;
        const r = s.safeParse(text);
        const safe = n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= -BigInt(Number.MAX_SAFE_INTEGER);
        expect(r.success).toBe(safe);
        if (r.success) expect(BigInt(r.data)).toBe(n);
        else expect(codeOf(r)).toBe('constraint-error');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('number()', () => {
  it('is finite and bounded', () => {
    const s = number({ min: 0, max: 100 });
    expect(codeOf(s.safeParse('9'.repeat(400)))).toBe('constraint-error');
    expect(codeOf(s.safeParse('100.5'))).toBe('constraint-error');
    expect(s.safeParse('99.99').data).toBe(99.99);
  });

  it('rejects more significant digits than a double keeps, so the published text is the same number', () => {
    const s = number();
    expect(codeOf(s.safeParse('0.12345678901234567'))).toBe('constraint-error');
    expect(s.safeParse('0.123456789012345').data).toBe(0.123456789012345);
    expect(s.safeParse('1.50000000000000000000').data).toBe(1.5);
  });

  it('whatever it accepts prints back as the same decimal (property)', () => {
    const s = number();
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: 1, maxLength: 25 });
    let accepted = 0;
    fc.assert(
      fc.property(fc.boolean(), digits, fc.option(digits, { nil: undefined }), (neg, int, frac) => {
        const text = `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`;
        const r = s.safeParse(text);
        if (!r.success) return;
        accepted++;
        // The CSV writer prints String(n): it must be the very decimal that was read.
        expect(decimal(String(r.data))).toBe(decimal(text));
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});

/** A decimal string in one canonical form ("-0012.50" → "-12.5", "1e-7" → "0.0000001", "-0" → "0"). */
function decimal(t: string): string {
  let neg = t.startsWith('-');
  let [mant = '', expText] = t.replace(/^-/, '').split('e');
  const exp = Number(expText ?? 0);
  let [int = '', frac = ''] = mant.split('.');
  let digits = int + frac;
  let point = int.length + exp;
  if (point < 0) { digits = '0'.repeat(-point) + digits; point = 0; }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  int = digits.slice(0, point).replace(/^0+/, '') || '0';
  frac = digits.slice(point).replace(/0+$/, '');
  if (int === '0' && frac === '') neg = false;
  return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}
