import type { Quantity } from "../catalogue/schema.ts";

const frenchNumberFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** "54,9", "1 000": French separators, with the narrow no-break space Intl uses. */
export function frenchNumber(value: number): string {
  return frenchNumberFormat.format(value);
}

/** "54,9 t CO₂ éq.", "environ 500 t CO₂ éq." */
export function quantity(value: Quantity): string {
  return `${value.approximate ? "environ " : ""}${frenchNumber(value.value)}\u00a0${value.unit}`;
}

/** `count | plural("action")`: the word for `count` things, French keeping 0 and 1 singular. */
export const plural = (count: number, one: string, many = `${one}s`): string => (count > 1 ? many : one);
