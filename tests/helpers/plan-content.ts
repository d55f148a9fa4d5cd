/**
 * The real content (content/*.yaml) as the plan engine's PlanData and the timeline's PlanText, read straight
 * from the YAML files: `astro:content` has no data outside an Astro build. Mirrors getPlanData() and
 * getPlanText() in src/data/content.ts (same fields, same order) so tests check the facts the site ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { PlanData, PlanText } from '../../src/lib/plan';

const contentDir = resolve(import.meta.dirname, '../../content');

type Entry = { id: string; data: Record<string, any> };

function collection(folder: string): Entry[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: basename(f, '.yaml'), data: parse(readFileSync(join(dir, f), 'utf8')) }));
}

const byOrder = (a: Entry, b: Entry) => (a.data.order ?? 100) - (b.data.order ?? 100);

export function loadPlanData(): PlanData {
  const procedures = collection('procedures').sort(byOrder);
  const restrictions = collection('restrictions').sort(byOrder);
  const routine = collection('routine').sort(byOrder);
  const preparation = collection('preparation').sort((a, b) => a.data.day - b.data.day || byOrder(a, b));
  return {
    procedures: procedures.map(({ id, data }) => ({
      id,
      name: data.name,
      shortName: data.shortName,
      usualRednessThroughDay: data.usualRednessThroughDay,
      crustingThroughDay: data.crustingThroughDay,
      recoveryThroughDay: data.recoveryThroughDay,
    })),
    restrictions: restrictions.map(({ id, data }) => ({
      id,
      label: data.label,
      windows: data.windows.map((w: any) => ({ procedure: w.procedure, firstDay: w.firstDay, lastDay: w.lastDay })),
    })),
    routine: routine.map(({ id, data }) => ({ id, order: data.order, times: data.times, fromDay: data.fromDay ?? 0 })),
    preparation: preparation.map(({ id, data }) => ({ id, day: data.day, order: data.order ?? 100 })),
  };
}

export function loadPlanText(): PlanText {
  const site = collection('site')[0]!.data;
  return {
    restrictions: collection('restrictions')
      .sort(byOrder)
      .map(({ id, data }) => ({ id, label: data.label, reason: data.reason, ...(data.note ? { note: data.note } : {}) })),
    routine: collection('routine')
      .sort(byOrder)
      .map(({ id, data }) => ({ id, label: data.label, instruction: data.instruction, times: data.times })),
    preparation: collection('preparation').map(({ id, data }) => ({ id, label: data.label, instruction: data.instruction })),
    disclaimer: site.disclaimer,
    siteName: site.siteName,
  };
}
