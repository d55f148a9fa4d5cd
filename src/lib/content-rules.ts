/**
 * Rules across content entries, checked at build time (src/data/content.ts), each naming the files to fix:
 * - no restriction window ends after its procedure type's recovery period (the plan says "back to your
 *   usual routine" the day after it, so a longer window would contradict it);
 * - every procedure type has a window in each restriction, or is listed in its `notFor` on purpose;
 * - every restriction, routine step, warning sign, preparation step, expected effect and tip appears on a
 *   guide page;
 * - every component in a guide page names items that exist, and every restriction's `afterwards` names tips that do.
 * Pure: the caller passes the entries, with their files, and the guide pages' text.
 */
import { readGuideMdx, type ComponentUse } from './guide-mdx';
import { closestWord } from './suggest';

/** Something wrong in the content: the file to fix, and what to do. */
export interface ContentProblem {
  file: string;
  message: string;
}

interface Entry {
  id: string;
  /** The entry's file, as the clinic sees it (`content/restrictions/swimming.yaml`). */
  file: string;
}
export interface RuleProcedure extends Entry {
  recoveryThroughDay: number;
}
export interface RuleRestriction extends Entry {
  category: string;
  windows: readonly { procedure: string; firstDay: number; lastDay: number }[];
  notFor: readonly string[];
  /** Tips that still apply once it ends. */
  afterwards?: readonly string[];
}
export interface RuleItem extends Entry {
  /** Warning signs: their tier. */
  tier?: string;
  /** Tips: their kind. */
  kind?: string;
  /** Expected effects: the procedure types they have days for. */
  procedures?: readonly string[];
}
export interface RuleGuidePage extends Entry {
  /** The page's MDX, without frontmatter. */
  body: string;
  /** How many lines of the file come before the body (the frontmatter), so messages give the file's line. */
  lineOffset?: number;
}

/** Components exist only in MDX pages; a plain Markdown page (`.md`) may use `<` and `{` as text. */
const usesComponents = (page: RuleGuidePage) => !page.file.endsWith('.md');

export interface RuleContent {
  procedures: readonly RuleProcedure[];
  restrictions: readonly RuleRestriction[];
  routine: readonly RuleItem[];
  warningSigns: readonly RuleItem[];
  preparation: readonly RuleItem[];
  expectedEffects?: readonly RuleItem[];
  tips?: readonly RuleItem[];
  guide: readonly RuleGuidePage[];
}

/** Windows that end after their procedure type's recovery period. */
export function windowsAfterRecovery(content: RuleContent): ContentProblem[] {
  return content.restrictions.flatMap((r) =>
    r.windows.flatMap((w, i) => {
      const procedure = content.procedures.find((p) => p.id === w.procedure);
      if (!procedure || w.lastDay <= procedure.recoveryThroughDay) return [];
      return [{
        file: r.file,
        message:
          `windows.${i}.lastDay: day ${w.lastDay} is after the recovery period of "${procedure.id}", which ends on day ` +
          `${procedure.recoveryThroughDay} (recoveryThroughDay in ${procedure.file}). End the window by day ` +
          `${procedure.recoveryThroughDay}, or make the recovery period longer.`,
      }];
    }),
  );
}

/** Procedure types a restriction neither has a window for nor lists in `notFor`. */
export function typesLeftOut(content: RuleContent): ContentProblem[] {
  return content.restrictions.flatMap((r) =>
    content.procedures
      .filter((p) => !r.windows.some((w) => w.procedure === p.id) && !r.notFor.includes(p.id))
      .map((p) => ({
        file: r.file,
        message:
          `windows: no window for the procedure type "${p.id}" (${p.file}). Add one, or, if it does not apply to ` +
          `"${p.id}" on purpose, add notFor: [${p.id}].`,
      })),
  );
}

/** The components a guide page uses, in order (lines counted from `lineOffset`). */
export function componentsIn(body: string, lineOffset = 0): ComponentUse[] {
  return readGuideMdx(body).components.map((use) => ({ ...use, line: use.line === undefined ? undefined : use.line + lineOffset }));
}

type Kind = 'restriction' | 'routine step' | 'warning sign' | 'preparation step' | 'procedure type' | 'expected effect' | 'tip';

/** What each data component shows: which entries of which kind, given its attributes. */
function shownBy(use: ComponentUse, content: RuleContent): { kind: Kind; ids: string[]; unknown: string[] }[] {
  const pick = (kind: Kind, items: readonly Entry[], ids: unknown) => {
    if (ids === undefined) return { kind, ids: items.map((i) => i.id), unknown: [] };
    const list = Array.isArray(ids) ? ids.map(String) : [String(ids)];
    return { kind, ids: list.filter((id) => items.some((i) => i.id === id)), unknown: list.filter((id) => !items.some((i) => i.id === id)) };
  };
  const a = use.attributes;
  switch (use.name) {
    case 'Restrictions': {
      const chosen = pick('restriction', content.restrictions, a['ids']);
      if (typeof a['category'] !== 'string') return [chosen];
      const inCategory = content.restrictions.filter((r) => r.category === a['category']).map((r) => r.id);
      return [{ ...chosen, ids: chosen.ids.filter((id) => inCategory.includes(id)) }];
    }
    case 'AvoidTable':
      return [pick('restriction', content.restrictions, undefined)];
    case 'Window':
      return [{ ...pick('restriction', content.restrictions, a['id']), ids: [] }];
    case 'RoutineSteps':
      return [pick('routine step', content.routine, a['ids'])];
    case 'StepByStep':
      return [pick('routine step', content.routine, a['id'])];
    case 'CleansingSteps':
      return [pick('routine step', content.routine, 'cleanse')];
    case 'WarningSigns': {
      const all = pick('warning sign', content.warningSigns, undefined);
      return [typeof a['tier'] === 'string' ? { ...all, ids: content.warningSigns.filter((s) => s.tier === a['tier']).map((s) => s.id) } : all];
    }
    case 'PreparationSteps': {
      const chosen = pick('preparation step', content.preparation, a['ids']);
      const except = a['except'] === undefined ? undefined : pick('preparation step', content.preparation, a['except']);
      return [{ ...chosen, ids: chosen.ids.filter((id) => !except?.ids.includes(id)), unknown: [...chosen.unknown, ...(except?.unknown ?? [])] }];
    }
    case 'ExpectedEffects': {
      const all = pick('expected effect', content.expectedEffects ?? [], undefined);
      const type = a['procedure'];
      if (typeof type !== 'string') return [all];
      return [
        { ...all, ids: (content.expectedEffects ?? []).filter((e) => e.procedures?.includes(type)).map((e) => e.id) },
        { ...pick('procedure type', content.procedures, type), ids: [] },
      ];
    }
    case 'ExpectedDays':
      return [
        { ...pick('expected effect', content.expectedEffects ?? [], a['id']), ids: [] },
        ...(a['procedure'] === undefined ? [] : [{ ...pick('procedure type', content.procedures, a['procedure']), ids: [] }]),
      ];
    case 'Tips': {
      const chosen = pick('tip', content.tips ?? [], a['ids']);
      if (typeof a['kind'] !== 'string') return [chosen];
      const ofKind = (content.tips ?? []).filter((t) => t.kind === a['kind']).map((t) => t.id);
      return [{ ...chosen, ids: chosen.ids.filter((id) => ofKind.includes(id)) }];
    }
    case 'ProcedureFacts':
      return [{ ...pick('procedure type', content.procedures, a['id']), ids: [] }];
    default:
      return [];
  }
}

/** Components in guide pages that name items that do not exist. */
export function unknownItems(content: RuleContent): ContentProblem[] {
  const known: Record<Kind, readonly Entry[]> = {
    restriction: content.restrictions,
    'routine step': content.routine,
    'warning sign': content.warningSigns,
    'preparation step': content.preparation,
    'procedure type': content.procedures,
    'expected effect': content.expectedEffects ?? [],
    tip: content.tips ?? [],
  };
  return content.guide.filter(usesComponents).flatMap((page) =>
    componentsIn(page.body, page.lineOffset).flatMap((use) =>
      shownBy(use, content).flatMap(({ kind, unknown }) =>
        unknown.map((id) => {
          const suggestion = closestWord(id, known[kind].map((e) => e.id));
          return {
            file: page.file,
            message: `<${use.name}>${use.line ? ` (line ${use.line})` : ''}: no ${kind} "${id}"${suggestion ? `: did you mean "${suggestion}"?` : '.'}`,
          };
        }),
      ),
    ),
  );
}

/** Restrictions whose `afterwards` names a tip that does not exist. */
export function unknownAfterwards(content: RuleContent): ContentProblem[] {
  const tips = (content.tips ?? []).map((t) => t.id);
  return content.restrictions.flatMap((r) =>
    (r.afterwards ?? []).flatMap((id, i) => {
      if (tips.includes(id)) return [];
      const suggestion = closestWord(id, tips);
      return [{ file: r.file, message: `afterwards.${i}: no tip "${id}"${suggestion ? `: did you mean "${suggestion}"?` : `. Known: ${tips.join(', ')}`}` }];
    }),
  );
}

/** Restrictions, routine steps, warning signs, preparation steps, expected effects and tips that no guide page shows. */
export function itemsOnNoPage(content: RuleContent): ContentProblem[] {
  const shown = new Map<Kind, Set<string>>();
  for (const page of content.guide.filter(usesComponents)) {
    for (const use of componentsIn(page.body)) {
      for (const { kind, ids } of shownBy(use, content)) {
        const set = shown.get(kind) ?? new Set<string>();
        ids.forEach((id) => set.add(id));
        shown.set(kind, set);
      }
    }
  }
  const check = (kind: Kind, items: readonly Entry[], example: string) =>
    items
      .filter((item) => !shown.get(kind)?.has(item.id))
      .map((item) => ({
        file: item.file,
        message: `this ${kind} appears on no guide page. Show it on one, for example with ${example.replace('ID', item.id)}.`,
      }));
  return [
    ...check('restriction', content.restrictions, '<Restrictions ids={["ID"]} />'),
    ...check('routine step', content.routine, '<RoutineSteps ids={["ID"]} />'),
    ...check('warning sign', content.warningSigns, '<WarningSigns />'),
    ...check('preparation step', content.preparation, '<PreparationSteps />'),
    ...check('expected effect', content.expectedEffects ?? [], '<ExpectedEffects />'),
    ...check('tip', content.tips ?? [], '<Tips ids={["ID"]} />'),
  ];
}

/** Every cross-entry problem, in a stable order. */
export function contentProblems(content: RuleContent): ContentProblem[] {
  return [...windowsAfterRecovery(content), ...typesLeftOut(content), ...unknownItems(content), ...unknownAfterwards(content), ...itemsOnNoPage(content)];
}

/** The build error's text: every problem, file first. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return `The content has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} to fix:\n${problems
    .map((p) => `  ${p.file}: ${p.message}`)
    .join('\n')}`;
}
