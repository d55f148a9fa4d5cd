/**
 * Settings from outside (the URL, the device): bad input gets a plain message and never a crash, and a
 * value is only ever echoed as text, shortened.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../src/lib/days';
import {
  checkDate,
  checkType,
  MAX_DAYS_FROM_TODAY,
  queryFor,
  readStoredParams,
  readUrlParams,
  resolvePlanParams,
  serializeParams,
  toQueryString,
} from '../src/lib/params';

const today = '2026-11-27';
const procedureIds = ['traditional', 'rf'];
const context = { today, procedureIds, defaultType: 'traditional' };

describe('reading the plan settings', () => {
  it('reads good settings from the URL', () => {
    expect(readUrlParams('?date=2026-11-25&type=rf', context)).toEqual({ ok: true, value: { date: '2026-11-25', type: 'rf' } });
  });

  it('explains a date it cannot read, a date that does not exist, and one more than a year away', () => {
    expect(checkDate('garbage', today)?.message).toBe('We could not read the date “garbage”. Please choose the date of your procedure.');
    expect(checkDate('2026-02-30', today)?.message).toBe('“2026-02-30” is not a real date. Please choose the date of your procedure.');
    expect(checkDate(addCalendarDays(today, MAX_DAYS_FROM_TODAY + 1), today)?.message).toMatch(/more than a year from today/);
    expect(checkDate(addCalendarDays(today, -MAX_DAYS_FROM_TODAY - 1), today)?.message).toMatch(/more than a year from today/);
    expect(checkDate(addCalendarDays(today, MAX_DAYS_FROM_TODAY), today)).toBeUndefined();
    expect(checkDate(addCalendarDays(today, -MAX_DAYS_FROM_TODAY), today)).toBeUndefined();
  });

  it('explains an unknown type, echoing markup as short text only', () => {
    expect(checkType('laser', procedureIds)?.message).toBe('We do not know the procedure type “laser”. Please choose one from the list.');
    const message = checkType('<script>alert(1)</script><img src=x onerror=alert(2)>', procedureIds)!.message;
    expect(message).toContain('“<script>alert(1)</script…”');
    expect(message).not.toContain('onerror');
    expect(checkType('rf', procedureIds)).toBeUndefined();
  });

  it('never trusts stored data: corrupt JSON, odd shapes and prototype tricks give a message, not a crash', () => {
    expect(readStoredParams(null, context)).toEqual({ ok: false, problems: [], value: {} });
    for (const raw of ['{bad json', '[]', '"2026-11-25"', 'null', '42']) {
      expect(readStoredParams(raw, context), raw).toEqual({ ok: false, problems: [{ field: 'stored', message: expect.any(String) }], value: {} });
    }
    expect(readStoredParams('{"date":5,"type":"rf"}', context)).toMatchObject({ ok: false, value: { type: 'rf' }, problems: [{ field: 'date' }] });
    expect(readStoredParams('{"__proto__":{"date":"2026-11-25","type":"rf"}}', context)).toEqual({ ok: false, problems: [], value: {} });
    expect(readStoredParams(serializeParams({ date: '2026-11-25', type: 'rf' }), context)).toEqual({ ok: true, value: { date: '2026-11-25', type: 'rf' } });
  });

  it('opens with today and the first type when nothing is given', () => {
    expect(resolvePlanParams('', null, context)).toEqual({ date: today, type: 'traditional', problems: [], source: 'default' });
  });

  it('prefers the URL, then the device, setting by setting', () => {
    const stored = serializeParams({ date: '2026-11-20', type: 'rf' });
    expect(resolvePlanParams('?date=2026-11-25&type=traditional', stored, context)).toEqual({ date: '2026-11-25', type: 'traditional', problems: [], source: 'url' });
    expect(resolvePlanParams('', stored, context)).toEqual({ date: '2026-11-20', type: 'rf', problems: [], source: 'stored' });
    expect(resolvePlanParams('?type=traditional', stored, context)).toEqual({ date: '2026-11-20', type: 'traditional', problems: [], source: 'url' });
    expect(resolvePlanParams('?date=&type=', stored, context).source).toBe('stored');
    expect(resolvePlanParams('?utm_source=x', null, context).source).toBe('default');
  });

  it('does not guess a date it could not read: the plan stays in day numbers, with a message', () => {
    for (const search of ['?date=garbage&type=rf', '?date=2026-02-30&type=rf', '?date=2029-01-01&type=rf']) {
      const resolved = resolvePlanParams(search, serializeParams({ date: '2026-11-20', type: 'traditional' }), context);
      expect(resolved.date, search).toBeUndefined();
      expect(resolved.type).toBe('rf');
      expect(resolved.problems.map((p) => p.field)).toEqual(['date']);
    }
  });

  it('falls back to the first type for an unknown one, with a message', () => {
    const resolved = resolvePlanParams('?date=2026-11-25&type=%3Cb%3Ehi%3C%2Fb%3E', null, context);
    expect(resolved).toMatchObject({ date: '2026-11-25', type: 'traditional', source: 'url' });
    expect(resolved.problems).toEqual([{ field: 'type', message: 'We do not know the procedure type “<b>hi</b>”. Please choose one from the list.' }]);
  });

  it('starts a new plan when what is stored is corrupt, and says so', () => {
    const resolved = resolvePlanParams('', '{"date":', context);
    expect(resolved).toMatchObject({ date: today, type: 'traditional', source: 'default' });
    expect(resolved.problems).toEqual([{ field: 'stored', message: 'Your saved plan could not be read, so we started a new one.' }]);
    // A full URL does not need what is stored, so there is nothing to report.
    expect(resolvePlanParams('?date=2026-11-25&type=rf', '{"date":', context).problems).toEqual([]);
  });

  it('reports a stored date that is now too far away instead of using it', () => {
    const resolved = resolvePlanParams('', serializeParams({ date: '2025-06-01', type: 'rf' }), context);
    expect(resolved).toMatchObject({ type: 'rf', source: 'stored' });
    expect(resolved.date).toBeUndefined();
    expect(resolved.problems.map((p) => p.field)).toEqual(['date']);
  });

  it('writes query strings that carry the plan', () => {
    expect(toQueryString({ date: '2026-11-25', type: 'rf' })).toBe('?date=2026-11-25&type=rf');
    expect(queryFor({ date: '2026-11-25', type: 'rf' })).toBe('?date=2026-11-25&type=rf');
    expect(queryFor({ type: 'rf' })).toBe('?type=rf');
  });

  it('property: any query string or stored text gives settings or messages, never an exception or an invalid setting', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.option(fc.string({ maxLength: 80 })), (search, stored) => {
        const resolved = resolvePlanParams(search, stored, context);
        expect(procedureIds).toContain(resolved.type);
        if (resolved.date !== undefined) expect(checkDate(resolved.date, today)).toBeUndefined();
        for (const p of resolved.problems) expect(p.message.length).toBeLessThan(160);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: settings survive the round trip through the URL and the device', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_DAYS_FROM_TODAY, max: MAX_DAYS_FROM_TODAY }), fc.constantFrom(...procedureIds), (offset, type) => {
        const value = { date: addCalendarDays(today, offset), type };
        expect(readUrlParams(toQueryString(value), context)).toEqual({ ok: true, value });
        expect(readStoredParams(serializeParams(value), context)).toEqual({ ok: true, value });
      }),
    );
  });
});
