/**
 * A small, strict reader for the iCalendar files the timeline exports: it checks the RFC 5545 rules the
 * file relies on (CRLF lines of at most 75 octets, folding, property syntax, the required properties of a
 * calendar and its events, DATE values, TEXT escaping) and returns the events. Used by the unit and e2e tests.
 */

export interface IcsEvent {
  props: Map<string, { params: string; value: string }[]>;
  /** A single property's value (throws if missing or repeated). */
  one(name: string): { params: string; value: string };
  /** A TEXT value with its escapes undone. */
  text(name: string): string;
}

export interface IcsCalendar {
  props: Map<string, { params: string; value: string }[]>;
  events: IcsEvent[];
}

const CONTENT_LINE = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/;
const TEXT_PROPS = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'X-WR-CALNAME']);

function fail(message: string): never {
  throw new Error(`Invalid iCalendar: ${message}`);
}

/** Undoes TEXT escaping, failing on characters that must be escaped but are not. */
export function unescapeText(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\') {
      const next = value[++i];
      if (next === 'n' || next === 'N') out += '\n';
      else if (next === '\\' || next === ';' || next === ',') out += next;
      else fail(`bad escape \\${next ?? ''} in ${JSON.stringify(value)}`);
    } else if (c === ';' || c === ',') {
      fail(`unescaped "${c}" in TEXT value ${JSON.stringify(value)}`);
    } else out += c;
  }
  return out;
}

/** A DATE value (YYYYMMDD) as YYYY-MM-DD, checking it is a real date. */
export function dateValue(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) fail(`not a DATE: ${value}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = new Date(Date.UTC(y, mo - 1, d));
  if (utc.getUTCMonth() !== mo - 1 || utc.getUTCDate() !== d) fail(`not a real date: ${value}`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function parseIcs(ics: string): IcsCalendar {
  if (!ics.endsWith('\r\n')) fail('the file must end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(ics)) fail('every line must end with CRLF');
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    if (new TextEncoder().encode(line).length > 75) fail(`line longer than 75 octets: ${line}`);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (!lines.length) fail('the file starts with a continuation line');
      lines[lines.length - 1] += line.slice(1);
    } else lines.push(line);
  }
  const stack: { name: string; props: Map<string, { params: string; value: string }[]> }[] = [];
  let calendar: IcsCalendar | undefined;
  const events: IcsEvent[] = [];
  for (const line of lines) {
    const m = CONTENT_LINE.exec(line);
    if (!m) fail(`not a content line: ${line}`);
    const name = m[1]!.toUpperCase();
    const params = m[2] ?? '';
    const value = m[3] ?? '';
    if (name === 'BEGIN') {
      if (!stack.length && value !== 'VCALENDAR') fail('the file must start with BEGIN:VCALENDAR');
      if (calendar) fail('content after END:VCALENDAR');
      stack.push({ name: value, props: new Map() });
      continue;
    }
    if (name === 'END') {
      const top = stack.pop();
      if (!top || top.name !== value) fail(`END:${value} does not close ${top?.name ?? 'anything'}`);
      if (value === 'VCALENDAR') calendar = { props: top.props, events };
      if (value === 'VEVENT') events.push(toEvent(top.props));
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) fail(`property outside VCALENDAR: ${line}`);
    if (TEXT_PROPS.has(name)) unescapeText(value);
    top.props.set(name, [...(top.props.get(name) ?? []), { params, value }]);
  }
  if (!calendar || stack.length) fail('the calendar is not closed');
  for (const required of ['VERSION', 'PRODID']) {
    if (calendar.props.get(required)?.length !== 1) fail(`the calendar needs exactly one ${required}`);
  }
  if (calendar.props.get('VERSION')![0]!.value !== '2.0') fail('VERSION must be 2.0');
  return calendar;
}

function toEvent(props: Map<string, { params: string; value: string }[]>): IcsEvent {
  const event: IcsEvent = {
    props,
    one(name) {
      const list = props.get(name);
      if (list?.length !== 1) fail(`an event needs exactly one ${name}`);
      return list[0]!;
    },
    text(name) {
      return unescapeText(event.one(name).value);
    },
  };
  event.one('UID');
  if (!/^\d{8}T\d{6}Z$/.test(event.one('DTSTAMP').value)) fail('DTSTAMP must be a UTC date-time');
  const start = event.one('DTSTART');
  if (start.params === ';VALUE=DATE') {
    const startDate = dateValue(start.value);
    const end = props.get('DTEND')?.[0];
    if (end) {
      if (end.params !== ';VALUE=DATE') fail('DTEND must be a DATE like DTSTART');
      if (dateValue(end.value) <= startDate) fail('DTEND must be after DTSTART');
    }
  }
  return event;
}
