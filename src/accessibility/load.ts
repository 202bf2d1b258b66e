import path from "node:path";
import { importDataModule } from "../data-modules.ts";
import { AUDIT_FILE, validateAudit } from "./audit.ts";
import { type AuditReport, auditCsv, auditReport } from "./report.ts";

export interface AccessibilityData extends AuditReport {
  /** The grid as a CSV file, and its size for the link to it. */
  grid: { text: string; bytes: number };
}

/** The project's audit, read from its data file again once it changes, validated and computed. */
export async function loadAudit(projectDir: string): Promise<AccessibilityData> {
  const today = new Date().toISOString().slice(0, 10);
  const report = auditReport(validateAudit(await importDataModule(path.join(projectDir, AUDIT_FILE))), today);
  const text = auditCsv(report);
  return { ...report, grid: { text, bytes: Buffer.byteLength(text) } };
}
