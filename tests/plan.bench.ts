/**
 * How long the engine takes for a full plan (target: well under 1 ms). A benchmark, not a timed test:
 * run with `npx vitest bench --run`.
 */
import { bench, describe } from 'vitest';
import { buildPlan } from '../src/lib/plan';
import { calendarEvents } from '../src/lib/calendar';
import { loadPlanData, loadPlanText } from './helpers/plan-content';

const data = loadPlanData();
const text = loadPlanText();

describe('plan engine', () => {
  bench('buildPlan, dated, with today (rf)', () => {
    buildPlan(data, 'rf', { procedureDate: '2026-03-06', today: '2026-03-09' });
  });
  bench('buildPlan, day numbers only (traditional)', () => {
    buildPlan(data, 'traditional');
  });
  bench('buildPlan + calendar events', () => {
    calendarEvents(buildPlan(data, 'rf', { procedureDate: '2026-12-28', today: '2027-01-01' }), text, { uidDomain: 'example.org' });
  });
});
