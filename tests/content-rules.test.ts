/** The rules across content entries (src/lib/content-rules.ts), on small made-up content. */
import { describe, expect, it } from 'vitest';
import { componentsIn, contentProblems, formatProblems, type RuleContent } from '../src/lib/content-rules';

const base: RuleContent = {
  procedures: [
    { id: 'a', file: 'content/procedures/a.yaml', recoveryThroughDay: 14 },
    { id: 'b', file: 'content/procedures/b.yaml', recoveryThroughDay: 21 },
  ],
  restrictions: [
    { id: 'sun', file: 'content/restrictions/sun.yaml', category: 'sun', windows: [{ procedure: 'a', firstDay: 0, lastDay: 3 }, { procedure: 'b', firstDay: 0, lastDay: 3 }], notFor: [] },
    { id: 'masks', file: 'content/restrictions/masks.yaml', category: 'skincare-products', windows: [{ procedure: 'a', firstDay: 0, lastDay: 14 }], notFor: ['b'] },
  ],
  routine: [{ id: 'cleanse', file: 'content/routine/cleanse.yaml' }],
  warningSigns: [{ id: 'fever', file: 'content/warning-signs/fever.yaml', tier: 'urgent' }],
  preparation: [{ id: 'towels', file: 'content/preparation/towels.yaml' }],
  guide: [
    { id: 'one', file: 'content/guide/one.mdx', body: '## Avoid\n\n<Restrictions ids={["sun"]} />\n\nText with <Window id="masks" /> inline.\n\n<Restrictions category="skincare-products" />\n' },
    { id: 'two', file: 'content/guide/two.mdx', body: '<RoutineSteps />\n\n<WarningSigns tier="urgent" />\n\n<PreparationSteps />\n' },
  ],
};
const withChanges = (change: Partial<RuleContent>): RuleContent => ({ ...base, ...change });

describe('content rules', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(contentProblems(base)).toEqual([]);
  });

  it('reads the components and their attributes from a page', () => {
    expect(componentsIn(base.guide[0]!.body).map((c) => [c.name, c.attributes])).toEqual([
      ['Restrictions', { ids: ['sun'] }],
      ['Window', { id: 'masks' }],
      ['Restrictions', { category: 'skincare-products' }],
    ]);
  });

  it('an afterwards tip that does not exist names the restriction file, the field and the closest tip', () => {
    const tips = [{ id: 'keep-protecting-from-sun', file: 'content/tips/keep-protecting-from-sun.yaml', kind: 'habit' }];
    const guide = [...base.guide, { id: 'three', file: 'content/guide/three.mdx', body: '<Tips ids={["keep-protecting-from-sun"]} />' }];
    const sun = (afterwards: string[]) => [{ ...base.restrictions[0]!, afterwards }, base.restrictions[1]!];
    expect(contentProblems(withChanges({ tips, guide, restrictions: sun(['keep-protecting-from-sun']) }))).toEqual([]);
    expect(contentProblems(withChanges({ tips, guide, restrictions: sun(['keep-protecting-from-the-sun', 'hat']) }))).toEqual([
      { file: 'content/restrictions/sun.yaml', message: 'afterwards.0: no tip "keep-protecting-from-the-sun": did you mean "keep-protecting-from-sun"?' },
      { file: 'content/restrictions/sun.yaml', message: 'afterwards.1: no tip "hat". Known: keep-protecting-from-sun' },
    ]);
  });

  it('a window that ends after its procedure type\'s recovery period names both files', () => {
    const restrictions = [base.restrictions[0]!, { ...base.restrictions[1]!, windows: [{ procedure: 'a', firstDay: 0, lastDay: 21 }] }];
    expect(contentProblems(withChanges({ restrictions }))).toEqual([{
      file: 'content/restrictions/masks.yaml',
      message: 'windows.0.lastDay: day 21 is after the recovery period of "a", which ends on day 14 (recoveryThroughDay in content/procedures/a.yaml). End the window by day 14, or make the recovery period longer.',
    }]);
  });

  it('a procedure type left out without notFor is an error; with notFor it is on purpose', () => {
    const restrictions = [base.restrictions[0]!, { ...base.restrictions[1]!, notFor: [] }];
    expect(contentProblems(withChanges({ restrictions }))).toEqual([{
      file: 'content/restrictions/masks.yaml',
      message: 'windows: no window for the procedure type "b" (content/procedures/b.yaml). Add one, or, if it does not apply to "b" on purpose, add notFor: [b].',
    }]);
  });

  it('an item on no guide page names its file, for each kind', () => {
    const guide = [{ id: 'one', file: 'content/guide/one.mdx', body: '<Restrictions ids={["sun"]} />\n' }];
    expect(contentProblems(withChanges({ guide })).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/restrictions/masks.yaml: this restriction appears on no guide page. Show it on one, for example with <Restrictions ids={["masks"]} />.',
      'content/routine/cleanse.yaml: this routine step appears on no guide page. Show it on one, for example with <RoutineSteps ids={["cleanse"]} />.',
      'content/warning-signs/fever.yaml: this warning sign appears on no guide page. Show it on one, for example with <WarningSigns />.',
      'content/preparation/towels.yaml: this preparation step appears on no guide page. Show it on one, for example with <PreparationSteps />.',
    ]);
  });

  it('a warning sign of another tier than the page shows is not covered', () => {
    const warningSigns = [...base.warningSigns, { id: 'redness', file: 'content/warning-signs/redness.yaml', tier: 'contact-clinic' }];
    expect(contentProblems(withChanges({ warningSigns })).map((p) => p.file)).toEqual(['content/warning-signs/redness.yaml']);
  });

  it('a component naming an item that does not exist names the page, the line and the closest id', () => {
    const guide = [...base.guide, { id: 'three', file: 'content/guide/three.mdx', body: 'Intro.\n\n<Restrictions ids={["sunn"]} />\n\n<ProcedureFacts id="laser" />\n' }];
    expect(contentProblems(withChanges({ guide })).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/guide/three.mdx: <Restrictions> (line 3): no restriction "sunn": did you mean "sun"?',
      'content/guide/three.mdx: <ProcedureFacts> (line 5): no procedure type "laser".',
    ]);
  });

  it('expected effects, tips and preparation steps chosen by id, kind or exception: each must exist and appear on a page', () => {
    const expectedEffects = [
      { id: 'redness', file: 'content/expected-effects/redness.yaml', procedures: ['a', 'b'] },
      { id: 'scabs', file: 'content/expected-effects/scabs.yaml', procedures: ['b'] },
    ];
    const tips = [
      { id: 'hands', file: 'content/tips/hands.yaml', kind: 'habit' },
      { id: 'ice', file: 'content/tips/ice.yaml', kind: 'ask-clinician' },
    ];
    const preparation = [...base.preparation, { id: 'shave', file: 'content/preparation/shave.yaml' }];
    const page = (body: string) => [...base.guide.slice(0, 1), { id: 'two', file: 'content/guide/two.mdx', body: `<RoutineSteps />\n\n<WarningSigns tier="urgent" />\n\n${body}` }];
    const covered = page('<PreparationSteps ids={["towels"]} />\n\n<PreparationSteps except={["towels"]} />\n\n<ExpectedEffects procedure="b" />\n\n<Tips kind="habit" />\n\n<Tips ids={["ice"]} />\n\nRed <ExpectedDays id="redness" procedure="a" />.\n');
    expect(contentProblems(withChanges({ expectedEffects, tips, preparation, guide: covered }))).toEqual([]);
    const missing = page('<PreparationSteps except={["towels", "shav"]} />\n\n<ExpectedEffects procedure="a" />\n\n<Tips kind="ask-clinician" ids={["hands"]} />\n\nRed <ExpectedDays id="rednes" procedure="laser" />.\n');
    expect(contentProblems(withChanges({ expectedEffects, tips, preparation, guide: missing })).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/guide/two.mdx: <PreparationSteps> (line 5): no preparation step "shav": did you mean "shave"?',
      'content/guide/two.mdx: <ExpectedDays> (line 11): no expected effect "rednes": did you mean "redness"?',
      'content/guide/two.mdx: <ExpectedDays> (line 11): no procedure type "laser".',
      'content/preparation/towels.yaml: this preparation step appears on no guide page. Show it on one, for example with <PreparationSteps />.',
      'content/expected-effects/scabs.yaml: this expected effect appears on no guide page. Show it on one, for example with <ExpectedEffects />.',
      'content/tips/hands.yaml: this tip appears on no guide page. Show it on one, for example with <Tips ids={["hands"]} />.',
      'content/tips/ice.yaml: this tip appears on no guide page. Show it on one, for example with <Tips ids={["ice"]} />.',
    ]);
  });

  it('reads no components from a plain Markdown page, whose < and { are text', () => {
    const guide = [...base.guide, { id: 'md', file: 'content/guide/md.md', body: 'Less than <3 days {or so}.\n' }];
    expect(contentProblems(withChanges({ guide }))).toEqual([]);
  });

  it('formats every problem, file first', () => {
    expect(formatProblems([{ file: 'f.yaml', message: 'm' }])).toBe('The content has a problem to fix:\n  f.yaml: m');
  });
});
