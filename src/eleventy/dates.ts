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

/** "1 avril 2022" */
export function frenchDate(value: Date | string): string {
  return frenchLongDate.format(toDate(value));
}

/** "2022-04-01", for `<time datetime>` */
export function isoDate(value: Date | string): string {
  return toDate(value).toISOString().slice(0, 10);
}
