/**
 * The timeline's settings: the procedure date and type. Shown only where scripts run (Timeline.css): without
 * JavaScript a form could only reload the same static page, so the page offers TypeLinks instead. Both are
 * drawn on the server, so the form is in place from the first paint. Sent before the script has run, the form
 * reloads the page with ?date=&type=, which the timeline reads.
 */
import { addCalendarDays, type IsoDate } from '../../lib/days';
import { MAX_DAYS_FROM_TODAY, type ParamProblem } from '../../lib/params';
import type { PlanData, PlanText } from '../../lib/plan';

import type { TimelineWords } from './words';
export interface PlanFormProps {
  data: PlanData;
  text: PlanText;
  /** Today in the reader's time zone (unknown on the server: then the date has no bounds yet). */
  today?: IsoDate | undefined;
  dateField: string;
  type: string;
  dateProblem?: ParamProblem | undefined;
  /** A date typed (`submitted` false) or sent with the button (true). */
  onDate: (value: string, submitted: boolean) => void;
  onType: (type: string) => void;
  /** Say what each type is (before a plan has a date; after, the reader has chosen and the plan comes first). */
  showHints?: boolean;
  words: TimelineWords;
}

export function PlanForm({ data, text, today, dateField, type, dateProblem, onDate, onType, showHints = true, words }: PlanFormProps) {
  return (
    <form
      class="timeline__form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onDate(dateField, true);
      }}
    >
      <h2 class="visually-hidden">{words.yourProcedure}</h2>
      <div class="field">
        <label for="procedure-date">{words.dateLabel}</label>
        <input
          id="procedure-date"
          name="date"
          type="date"
          value={dateField}
          min={today && addCalendarDays(today, -MAX_DAYS_FROM_TODAY)}
          max={today && addCalendarDays(today, MAX_DAYS_FROM_TODAY)}
          aria-invalid={dateProblem ? 'true' : undefined}
          aria-describedby={dateProblem ? 'timeline-problems' : undefined}
          onInput={(e) => onDate(e.currentTarget.value, false)}
        />
      </div>
      <fieldset class="field">
        <legend>{words.typeLabel}</legend>
        {data.procedures.map((p) => {
          const summary = showHints ? text.procedures.find((x) => x.id === p.id)?.summary : undefined;
          return (
            <div class="choice" key={p.id}>
              <label>
                <input
                  type="radio"
                  name="type"
                  value={p.id}
                  checked={type === p.id}
                  onChange={() => onType(p.id)}
                  aria-describedby={summary ? `type-hint-${p.id}` : undefined}
                />
                {p.name}
              </label>
              {summary && <p class="choice__hint" id={`type-hint-${p.id}`}>{summary}</p>}
            </div>
          );
        })}
      </fieldset>
      <button class="button" type="submit">{words.showPlan}</button>
    </form>
  );
}

/** Without JavaScript: a link to the day-number plan of each procedure type (prerendered pages). */
export function TypeLinks({ data, type, typePaths, words }: { data: PlanData; type: string; typePaths: Record<string, string>; words: TimelineWords }) {
  return (
    <nav class="timeline__types" aria-labelledby="timeline-types-title">
      <h2 id="timeline-types-title">{words.typeLabel}</h2>
      <ul>
        {data.procedures.map((p) => (
          <li key={p.id}>
            {p.id === type ? (
              <a href={typePaths[p.id]} aria-current="page"><strong>{p.name}</strong></a>
            ) : (
              <a href={typePaths[p.id]}>{p.name}</a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
