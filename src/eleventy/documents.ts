import type { PlanDocument } from "../catalogue/schema.ts";
import { frenchNumber } from "./numbers.ts";

const LANGUAGE_NAMES: Record<string, string> = {
  fr: "français",
  en: "anglais",
  de: "allemand",
  es: "espagnol",
};

/** "1,06 Mo", "720 ko": decimal units, as the site's weights are given. */
export function fileSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${frenchNumber(Math.round(bytes / 10_000) / 100)}\u00a0Mo`;
  return `${frenchNumber(Math.round(bytes / 10) / 100)}\u00a0ko`;
}

/**
 * What a DSFR download link says of its file: "PDF – 1,06 Mo – français". The exact size when it
 * is known, else the size as published.
 */
export function downloadDetail(document: PlanDocument): string {
  const size = document.bytes === undefined ? document.size : fileSize(document.bytes);
  const language = LANGUAGE_NAMES[document.language ?? "fr"] ?? document.language;
  return [document.format, size, language].filter(Boolean).join(" – ");
}
