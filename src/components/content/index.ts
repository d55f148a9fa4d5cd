/** Components that guide pages (MDX) can use without importing them, by the names in GUIDE_COMPONENTS. */
import Restrictions from './Restrictions.astro';
import AvoidTable from './AvoidTable.astro';
import RoutineSteps from './RoutineSteps.astro';
import StepByStep from './StepByStep.astro';
import CleansingSteps from './CleansingSteps.astro';
import Window from './Window.astro';
import RoutineStart from './RoutineStart.astro';
import WarningSigns from './WarningSigns.astro';
import PreparationSteps from './PreparationSteps.astro';
import SourceList from './SourceList.astro';
import ProcedureFacts from './ProcedureFacts.astro';
import DayConvention from './DayConvention.astro';
import ExpectedEffects from './ExpectedEffects.astro';
import ExpectedDays from './ExpectedDays.astro';
import Tips from './Tips.astro';
import EvidenceTable from './EvidenceTable.astro';

import type { GuideComponentName } from '../../lib/guide-mdx';

// Every name in GUIDE_COMPONENTS (the names guide pages may use) has its component here, and no other.
export const contentComponents: Record<GuideComponentName, (props: any) => any> = {
  Restrictions,
  AvoidTable,
  RoutineSteps,
  StepByStep,
  CleansingSteps,
  Window,
  RoutineStart,
  WarningSigns,
  PreparationSteps,
  SourceList,
  ProcedureFacts,
  DayConvention,
  ExpectedEffects,
  ExpectedDays,
  Tips,
  EvidenceTable,
};
