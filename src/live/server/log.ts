/** One line per event, `live <event> key=value …`: values are ids, counts and addresses, never a secret. */
export type LogFields = Readonly<Record<string, string | number | boolean | null>>;

/** Writes one line about one event. */
export type Logger = (event: string, fields?: LogFields) => void;

// A value from a request (an address, a deck id) cannot break the line or forge another one.
const clean = (value: string | number | boolean | null): string => {
  const text = String(value).replace(/[^\x21-\x7e]/g, '?');
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};

/** A logger that writes each line with `write` (stdout by default), prefixed by the time. */
export function createLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  return (event, fields = {}) => {
    const pairs = Object.entries(fields).map(([key, value]) => `${key}=${clean(value)}`);
    write([new Date().toISOString().slice(11, 19), 'live', event, ...pairs].join(' '));
  };
}

/** A logger that writes nothing (tests that do not read the log). */
export const silentLogger: Logger = () => {};

/**
 * `log` for events a hostile client can repeat at will (refusals): the first in each `intervalMs` is written, the
 * rest counted and reported as `repeated=N` on the next line written, so a flood costs the log one line per interval.
 */
export function throttleLog(log: Logger, intervalMs: number, now: () => number = Date.now): Logger {
  const last = new Map<string, { at: number; repeated: number }>();
  return (event, fields = {}) => {
    const entry = last.get(event);
    if (entry && now() - entry.at < intervalMs) return void entry.repeated++;
    log(event, entry?.repeated ? { ...fields, repeated: entry.repeated } : fields);
    last.set(event, { at: now(), repeated: 0 });
  };
}
