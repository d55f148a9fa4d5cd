/**
 * Property-based tests of everything that reads outside input (URL, stored state): whatever arrives, the
 * code returns a result (never throws), keeps only valid values, never pollutes prototypes, and its
 * messages never repeat more than a short, quoted piece of the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStoredParams, readUrlParams, resolvePlanParams, toQueryString, validatePlanParams } from '../src/lib/params';
import { isIsoDate } from '../src/lib/days';

const context = { procedureIds: ['traditional', 'rf'], today: '2026-11-27', defaultType: 'traditional' };

/** Strings an attacker would try, mixed with arbitrary Unicode. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '__proto__', 'constructor', 'prototype', '2026-02-30', '2026-13-01', '\u202e2026-01-01', '２０２６-０１-０１', '0000-00-00', 'rf ', ' traditional', 'RF'),
  fc.string({ minLength: 1000, maxLength: 12_000 }),
);

/** Every message: plain text, any repeated input is quoted and at most 24 characters (plus an ellipsis). */
function expectSafeMessages(messages: string[]) {
  for (const message of messages) {
    const quoted = /“([^”]*)”/.exec(message)?.[1] ?? '';
    expect([...quoted.replace(/…$/, '')].length).toBeLessThanOrEqual(24);
    expect(message.length).toBeLessThan(200);
  }
}

describe('validatePlanParams with hostile values', () => {
  it('never throws, keeps only valid values, and gives short messages', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (date, type) => {
        const result = validatePlanParams({ date, type }, context);
        if (result.value.date !== undefined) expect(isIsoDate(result.value.date)).toBe(true);
        if (result.value.type !== undefined) expect(context.procedureIds).toContain(result.value.type);
        if (!result.ok) expectSafeMessages(result.problems.map((p) => p.message));
      }),
      { numRuns: 500 },
    );
  });

  it('reports every non-empty wrong string', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const result = validatePlanParams({ date: value, type: value }, context);
        if (value.trim()) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        }
        expect(result.value.type === undefined || context.procedureIds.includes(result.value.type)).toBe(true);
      }),
    );
  });
});

describe('readUrlParams', () => {
  it('round-trips every valid plan through the query string', () => {
    const validDate = fc
      .integer({ min: -366, max: 366 })
      .map((offset) => new Date(Date.UTC(2026, 10, 27 + offset)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(validDate, fc.constantFrom(...context.procedureIds), (date, type) => {
        expect(readUrlParams(toQueryString({ date, type }), context)).toEqual({ ok: true, value: { date, type } });
      }),
    );
  });

  it('on any query string, including prototype keys, keeps only valid values, reports every bad one, and never pollutes prototypes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        for (const search of [query, `?__proto__[date]=x&constructor[type]=rf&__proto__=1&${query}`]) {
          const result = readUrlParams(search, context);
          const given = new URLSearchParams(search);
          // Only date and type are read, each exactly as given (trimmed), and only when valid.
          expect(Object.keys(result.value).every((k) => k === 'date' || k === 'type')).toBe(true);
          if (result.value.date !== undefined) {
            expect(isIsoDate(result.value.date)).toBe(true);
            expect(result.value.date).toBe(given.get('date')?.trim());
          }
          if (result.value.type !== undefined) {
            expect(context.procedureIds).toContain(result.value.type);
            expect(result.value.type).toBe(given.get('type')?.trim());
          }
          // A non-empty value that was not kept is always reported.
          for (const field of ['date', 'type'] as const) {
            const raw = given.get(field)?.trim();
            if (raw && result.value[field] === undefined) {
              expect(result.ok).toBe(false);
              if (!result.ok) expect(result.problems.map((p) => p.field)).toContain(field);
            }
          }
          // Complete and clean, or not ok.
          const problems = result.ok ? [] : result.problems;
          expect(result.ok).toBe(result.value.date !== undefined && result.value.type !== undefined && problems.length === 0);
          if (!result.ok) expectSafeMessages(result.problems.map((p) => p.message));
          expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
        }
      }),
    );
    expect('date' in {}).toBe(false);
    expect('type' in {}).toBe(false);
  });
});

describe('readStoredParams with corrupt storage', () => {
  it('never throws on any JSON or non-JSON text, and never pollutes Object.prototype', () => {
    const stored = fc.oneof(
      fc.json(),
      fc.string({ maxLength: 300 }),
      fc.constantFrom('{', 'null', '[]', '"x"', '{"__proto__":{"date":"2026-11-20","type":"rf"}}', '{"constructor":{"prototype":{"polluted":1}}}'),
    );
    fc.assert(
      fc.property(stored, (raw) => {
        const result = readStoredParams(raw, context);
        if (!result.ok) expectSafeMessages(result.problems.map((p) => p.message));
        if (result.value.type !== undefined) expect(context.procedureIds).toContain(result.value.type);
      }),
      { numRuns: 500 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect('date' in {}).toBe(false);
  });

  it('does not read values hidden behind __proto__', () => {
    const result = readStoredParams('{"__proto__":{"date":"2026-11-20","type":"rf"}}', context);
    expect(result.value).toEqual({});
  });
});

describe('resolvePlanParams (URL first, then storage, then defaults)', () => {
  it('always opens with a known type and either a valid date or none', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.oneof(fc.json(), fc.string({ maxLength: 100 })), (query, raw) => {
        const resolved = resolvePlanParams(query, raw, context);
        expect(context.procedureIds).toContain(resolved.type);
        if (resolved.date !== undefined) expect(isIsoDate(resolved.date)).toBe(true);
        expectSafeMessages(resolved.problems.map((p) => p.message));
      }),
      { numRuns: 500 },
    );
  });
});
