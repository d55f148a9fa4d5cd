/** Components that guide pages (MDX) can use without importing them. */
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

export const contentComponents = {
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
