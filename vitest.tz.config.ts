/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * The date logic's tests once per time zone, all in one run: far from UTC on both sides, a half-hour offset,
 * and a zone whose daylight saving starts at midnight. Node follows TZ as the test sets it (`env`).
 */
const ZONES = ['America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'America/Santiago', 'UTC'];

export default getViteConfig({
  test: {
    projects: ZONES.map((zone) => ({
      extends: true,
      test: { name: `TZ=${zone}`, include: ['tests/days.test.ts', 'tests/plan.test.ts', 'tests/calendar.test.ts'], env: { TZ: zone } },
    })),
  },
});
