/*
 * Front-matter dates such as `2022-04-01` are parsed by YAML as midnight UTC. Formatting them
 * in UTC, whatever the machine's zone, keeps the calendar day the author wrote.
 */
const frenchLongDate = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

function toDate(value: Date | string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`Date invalide : « ${String(value)} »`);
  }
  return date;
}

/** "1er avril 2022", "15 février 2023": French writes the first day of a month as an ordinal. */
export function frenchDate(value: Date | string): string {
  return frenchLongDate
    .formatToParts(toDate(value))
    .map((part) => (part.type === "day" && part.value === "1" ? "1er" : part.value))
    .join("");
}

/** "2022-04-01", for `<time datetime>` */
export function isoDate(value: Date | string): string {
  return toDate(value).toISOString().slice(0, 10);
}
