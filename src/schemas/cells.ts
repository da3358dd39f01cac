/**
 * Cell parsers for CSV columns. Each builder returns a zod schema that turns the raw
 * text of a cell into a typed value, and records the column's rules as metadata, so the
 * rule and its description (data dictionary, datapackage.json) come from one place.
 * Problems are reported as custom zod issues carrying a Frictionless error code.
 */
import { z } from 'zod';
import { excerpt } from '../lib/validate/problem';

/** Frictionless-style error codes used across the project (plus our own). */
export type ErrorCode =
  | 'encoding-error'
  | 'blank-header'
  | 'duplicate-header'
  | 'missing-label'
  | 'extra-label'
  | 'missing-cell'
  | 'extra-cell'
  | 'blank-row'
  | 'type-error'
  | 'constraint-error'
  | 'primary-key'
  | 'foreign-key'
  | 'consistency-error'
  | 'validity-error'
  | 'source-error'
  | 'yaml-error'
  | 'content-error'
  | 'privacy-error'
  | 'file-error';

/** Table Schema field types we use. */
export type FieldType = 'integer' | 'number' | 'string' | 'date' | 'year';

/** Column rules, shaped like Frictionless Table Schema constraints. */
export interface FieldConstraints {
  required?: boolean;
  minimum?: number;
  maximum?: number;
  enum?: readonly string[];
  pattern?: string;
  maxLength?: number;
  unique?: boolean;
}

/** What a cell builder records about its column. */
export interface CellSpec {
  type: FieldType;
  constraints: FieldConstraints;
}

const specs = new WeakMap<z.ZodType, CellSpec>();

/** The recorded spec of a column schema made by one of the builders below. */
export function cellSpec(schema: z.ZodType): CellSpec | undefined {
  return specs.get(schema);
}

function issue(ctx: z.RefinementCtx, code: ErrorCode, message: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message, params: { code } });
  return z.NEVER;
}

function register<T extends z.ZodType>(schema: T, spec: CellSpec): T {
  specs.set(schema, spec);
  return schema;
}

const REQUIRED_MSG = 'ô bắt buộc nhưng đang để trống. Sửa: điền giá trị cho ô này.';

interface NumOpts {
  min?: number;
  max?: number;
}

/** Largest magnitude any number cell may hold: beyond it a double no longer holds every integer. */
export const SAFE_MAX = Number.MAX_SAFE_INTEGER;
/** Most significant digits a decimal cell may have: up to 15, text → number → text gives the same digits. */
const MAX_SIGNIFICANT = 15;

/** The bounds actually enforced: the declared ones, never beyond ±Number.MAX_SAFE_INTEGER. */
function bounds(opts: NumOpts): { min: number; max: number } {
  return { min: Math.max(opts.min ?? -SAFE_MAX, -SAFE_MAX), max: Math.min(opts.max ?? SAFE_MAX, SAFE_MAX) };
}

/** Whole number, e.g. `1234`, within [min, max] (default ±Number.MAX_SAFE_INTEGER). Separators and decimals are type errors. */
export function integer(opts: NumOpts = {}) {
  const b = bounds(opts);
  const schema = z.string().transform((raw, ctx) => {
    const s = raw.trim();
    if (s === '') return issue(ctx, 'constraint-error', REQUIRED_MSG);
    if (!/^-?\d+$/.test(s)) {
      const hint = /^\d{1,3}([.,]\d{3})+$/.test(s)
        ? `viết liền không dấu phân cách hàng nghìn, ví dụ "${excerpt(s.replace(/[.,]/g, ''))}"`
        : 'chỉ dùng chữ số 0–9, không có chữ hay khoảng trắng';
      return issue(ctx, 'type-error', `"${excerpt(raw)}" không phải số nguyên${b.min === 0 ? ' không âm' : ''}. Sửa: ${hint}.`);
    }
    // Judged on the digits before Number() can round them: 17+ digits are out of range whatever they are.
    const digits = s.replace(/^-?0*/, '');
    if (digits.length > 16) return outOfRange(ctx, raw, s.startsWith('-') ? -Infinity : Infinity, b);
    const n = Number(s);
    if (n < b.min || n > b.max) return outOfRange(ctx, raw, n, b);
    return n;
  });
  return register(schema, { type: 'integer', constraints: rangeConstraints(b, true) });
}

/** Optional whole number: blank becomes null (never 0). */
export function optionalInteger(opts: NumOpts = {}) {
  const inner = integer(opts);
  const schema = z.string().transform((raw, ctx) => {
    if (raw.trim() === '') return null;
    const r = inner.safeParse(raw);
    if (r.success) return r.data;
    for (const i of r.error.issues) ctx.addIssue({ code: 'custom', message: i.message, params: (i as { params?: object }).params });
    return z.NEVER;
  });
  return register(schema, { type: 'integer', constraints: rangeConstraints(bounds(opts), false) });
}

/** Decimal number with a dot, e.g. `0.97`, finite and within [min, max]. A decimal comma gets a hint. */
export function number(opts: NumOpts = {}) {
  const b = bounds(opts);
  const schema = z.string().transform((raw, ctx) => parseNumber(raw, ctx, b));
  return register(schema, { type: 'number', constraints: rangeConstraints(b, true) });
}

/** Optional decimal number: blank becomes null. */
export function optionalNumber(opts: NumOpts = {}) {
  const b = bounds(opts);
  const schema = z.string().transform((raw, ctx) => (raw.trim() === '' ? null : parseNumber(raw, ctx, b)));
  return register(schema, { type: 'number', constraints: rangeConstraints(b, false) });
}

function parseNumber(raw: string, ctx: z.RefinementCtx, b: { min: number; max: number }): number {
  const s = raw.trim();
  if (s === '') return issue(ctx, 'constraint-error', REQUIRED_MSG);
  if (/^-?\d+,\d+$/.test(s)) {
    return issue(ctx, 'type-error', `"${excerpt(raw)}" dùng dấu phẩy thập phân. Sửa: dùng dấu chấm, ví dụ "${excerpt(s.replace(',', '.'))}".`);
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) {
    return issue(ctx, 'type-error', `"${excerpt(raw)}" không phải số. Sửa: chỉ dùng chữ số và dấu chấm thập phân, ví dụ "0.97".`);
  }
  const [int = '', frac = ''] = s.replace(/^-/, '').split('.');
  const intDigits = int.replace(/^0+/, '');
  if (intDigits.length > 16) return outOfRange(ctx, raw, s.startsWith('-') ? -Infinity : Infinity, b);
  const n = Number(s);
  if (!Number.isFinite(n) || n < b.min || n > b.max) return outOfRange(ctx, raw, n, b);
  const significant = (intDigits + frac).replace(/^0+/, '').replace(/0+$/, '').length;
  if (significant > MAX_SIGNIFICANT) {
    return issue(ctx, 'constraint-error', `"${excerpt(raw)}" có ${significant} chữ số có nghĩa, nhiều hơn ${MAX_SIGNIFICANT} chữ số mà tệp có thể giữ nguyên. Sửa: làm tròn số này.`);
  }
  return n;
}

function outOfRange(ctx: z.RefinementCtx, raw: string, n: number, b: { min: number; max: number }): typeof z.NEVER {
  return n < b.min
    ? issue(ctx, 'constraint-error', `"${excerpt(raw)}" nhỏ hơn giá trị tối thiểu ${b.min}. Sửa: kiểm tra lại số liệu.`)
    : issue(ctx, 'constraint-error', `"${excerpt(raw)}" lớn hơn giá trị tối đa ${b.max}. Sửa: kiểm tra lại số liệu.`);
}

function rangeConstraints(b: { min: number; max: number }, required: boolean): FieldConstraints {
  return { required, minimum: b.min, maximum: b.max };
}

interface TextOpts {
  required?: boolean;
  maxLength?: number;
  pattern?: RegExp;
  patternHint?: string;
}

/** Text cell, trimmed and NFC-normalised. Blank is null unless required. */
function text(opts: TextOpts = {}): z.ZodType<string | null, string> {
  const required = opts.required ?? true;
  const schema = z.string().transform((raw, ctx) => {
    const s = raw.trim().normalize('NFC');
    if (s === '') return required ? issue(ctx, 'constraint-error', REQUIRED_MSG) : null;
    if (opts.maxLength !== undefined && s.length > opts.maxLength) {
      return issue(ctx, 'constraint-error', `dài ${s.length} ký tự, tối đa ${opts.maxLength}. Sửa: rút gọn nội dung.`);
    }
    if (opts.pattern && !opts.pattern.test(s)) {
      return issue(ctx, 'constraint-error', `"${excerpt(raw)}" sai định dạng. Sửa: ${opts.patternHint ?? `theo mẫu ${opts.pattern.source}`}.`);
    }
    return s;
  });
  const c: FieldConstraints = { required };
  if (opts.maxLength !== undefined) c.maxLength = opts.maxLength;
  if (opts.pattern) c.pattern = opts.pattern.source;
  return register(schema, { type: 'string', constraints: c });
}

/** Required text cell (never null). */
export function requiredText(opts: Omit<TextOpts, 'required'> = {}) {
  return text({ ...opts, required: true }) as z.ZodType<string, string>;
}

/** Optional text cell (null when blank). */
export function optionalText(opts: Omit<TextOpts, 'required'> = {}) {
  return text({ ...opts, required: false });
}

/** One of a fixed list of values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, opts: { required?: boolean } = {}) {
  const required = opts.required ?? true;
  const schema = z.string().transform((raw, ctx) => {
    const s = raw.trim().normalize('NFC');
    if (s === '') return required ? issue(ctx, 'constraint-error', REQUIRED_MSG) : null;
    if (!(values as readonly string[]).includes(s)) {
      return issue(ctx, 'constraint-error', `"${excerpt(raw)}" không thuộc danh sách cho phép. Sửa: dùng một trong ${values.map((v) => `"${v}"`).join(', ')}.`);
    }
    return s as T[number];
  });
  specs.set(schema, { type: 'string', constraints: { required, enum: values } });
  return schema as unknown as z.ZodType<T[number], string>;
}

/** Optional enum cell (null when blank). */
export function optionalOneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return oneOf(values, { required: false }) as unknown as z.ZodType<T[number] | null, string>;
}

/** ISO date `YYYY-MM-DD` that exists on the calendar. */
export function date(opts: { required?: boolean } = {}) {
  const required = opts.required ?? true;
  const schema = z.string().transform((raw, ctx) => {
    const s = raw.trim();
    if (s === '') return required ? issue(ctx, 'constraint-error', REQUIRED_MSG) : null;
    if (!isIsoDate(s)) {
      return issue(ctx, 'type-error', `"${excerpt(raw)}" không phải ngày hợp lệ. Sửa: viết theo định dạng YYYY-MM-DD (năm-tháng-ngày), ví dụ "2024-11-01".`);
    }
    return s;
  });
  specs.set(schema, { type: 'date', constraints: { required } });
  return schema as unknown as z.ZodType<string | null, string>;
}

/** True when `s` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** A four-digit year within a range. */
export function year(opts: { min: number; max: number }) {
  const inner = integer(opts);
  specs.set(inner, { type: 'year', constraints: { required: true, minimum: opts.min, maximum: opts.max } });
  return inner;
}

/**
 * The provenance of a row: every value official (published, with its source), every value
 * illustrative (made up for the site), or mixed (the columns named in `official_fields` are official).
 */
export const PROVENANCE = ['official', 'illustrative', 'mixed'] as const;
/** A row's provenance. */
export type Provenance = (typeof PROVENANCE)[number];
