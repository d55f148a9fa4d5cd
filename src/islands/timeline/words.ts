/**
 * The timeline island's own words, as plain strings (island props must serialize), `{name}` marking where a
 * value goes (see fill in src/lib/words.ts). The page passes its language's set from the UI dictionary, so the
 * island ships one language's words; the English set lives here and in src/i18n/en.ts, the Spanish in es.ts.
 */
export interface TimelineWords {
  /** Dates (Intl locale). */
  locale: string;
  yourProcedure: string;
  dateLabel: string;
  typeLabel: string;
  showPlan: string;
  planUpdated: string;
  calendarReady: string;
  calendarFailed: string;
  feelsWrong: string;
  seeHelp: string;
  showSigns: string;
  addToCalendar: string;
  printPlan: string;
  printHandout: string;
  whyAvoid: string;
  howRoutine: string;
  chartSummary: string;
  chartTitle: string;
  chartNote: string;
  todayTitle: string;
  forOn: string;
  getReady: string;
  now: string;
  fromDate: string;
  fromTodayStartAgain: string;
  todayAvoid: string;
  avoid: string;
  seeToday: string;
  dayByDay: string;
  chooseDate: string;
  noScript: string;
  milestoneBack: string;
  milestoneStart: string;
  alsoBack: string;
  whenDated: string;
  whenDay: string;
  today: string;
  noChanges: string;
  dateRange: string;
  fromTodayAvoid: string;
  fromThisDayAvoid: string;
  fromTodayAlsoAvoid: string;
  stillAvoiding: string;
  thingOne: string;
  thingMany: string;
  nextChangeDated: string;
  nextChangeDay: string;
  routine: string;
  routineFromToday: string;
  canStop: string;
  whatToExpect: string;
  nothingNew: string;
  canStartAgain: string;
  whichDateWins: string;
}

export const TIMELINE_WORDS_EN: TimelineWords = {
  locale: 'en',
  yourProcedure: 'Your procedure',
  dateLabel: 'Date of your procedure',
  typeLabel: 'Type of procedure',
  showPlan: 'Show my plan',
  planUpdated: 'Plan updated for {name}.',
  calendarReady: 'Your calendar file is ready. Open it to add the dates to your calendar.',
  calendarFailed: 'The calendar file could not be made. Please try again.',
  feelsWrong: 'Something feels wrong?',
  seeHelp: 'See when to get help',
  showSigns: 'Show the warning signs',
  addToCalendar: 'Add the dates to my calendar',
  printPlan: 'Print this plan',
  printHandout: 'Print my handout',
  whyAvoid: 'Why to avoid each thing',
  howRoutine: 'How to do your routine',
  chartSummary: 'Chart of your recovery',
  chartTitle: '{name} at a glance',
  chartNote: 'Each day below says the same in words.',
  todayTitle: 'Today, {date}',
  forOn: '{name}, on {date}',
  getReady: 'Get ready:',
  now: 'now',
  fromDate: 'from {date}',
  fromTodayStartAgain: 'From today you can start again: {list}.',
  todayAvoid: 'Today, avoid:',
  avoid: 'Avoid:',
  seeToday: 'See today in your plan',
  dayByDay: 'Your plan, day by day',
  chooseDate: 'Choose the date of your procedure to see the real dates.',
  noScript: 'This plan uses day numbers. To see real dates, turn on JavaScript in your browser.',
  milestoneBack: 'On {when} you are back to your usual routine.',
  milestoneStart: 'On {when} you can start again: {list}.',
  alsoBack: ' You are also back to your usual routine.',
  whenDated: '{date} (day {day})',
  whenDay: 'day {day}',
  today: 'Today',
  noChanges: ': no changes.',
  dateRange: '{first} to {last}',
  fromTodayAvoid: 'From today, avoid:',
  fromThisDayAvoid: 'From this day, avoid {things}',
  fromTodayAlsoAvoid: 'From today, also avoid:',
  stillAvoiding: 'Still avoiding {things}',
  thingOne: '1 thing',
  thingMany: '{count} things',
  nextChangeDated: 'next change {date} (day {day})',
  nextChangeDay: 'next change on day {day}',
  routine: 'Routine:',
  routineFromToday: 'Routine from today:',
  canStop: 'You can stop:',
  whatToExpect: 'What to expect:',
  nothingNew: 'Nothing new today.',
  canStartAgain: 'You can start again:',
  whichDateWins: 'Which date wins:',
};
