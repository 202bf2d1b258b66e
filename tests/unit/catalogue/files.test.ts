import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLANS_FOLDER, isPlanFileName, planFile, planFileName } from "../../../src/catalogue/files.ts";
import { planFiles } from "../../../src/catalogue/load.ts";

describe("a plan's file", () => {
  it("is named after its ministry and period, in the plans' folder", () => {
    expect(planFileName("culture", "2023-2025")).toBe("culture-2023-2025.ts");
    expect(planFile("culture", "2023-2025")).toBe(`${PLANS_FOLDER}/culture-2023-2025.ts`);
    expect(isPlanFileName(planFileName("culture", "2022"))).toBe(true);
    expect(isPlanFileName("LISEZMOI.md")).toBe(false);
  });

  it("is found among a project's files, the plans in their names' order and nothing else", async () => {
    const projectDir = await mkdtemp(path.join(tmpdir(), "plans-"));
    expect(await planFiles(projectDir)).toEqual([]);
    await mkdir(path.join(projectDir, PLANS_FOLDER), { recursive: true });
    for (const name of ["justice-2022.ts", "LISEZMOI.md", "culture-2022.ts"]) {
      await writeFile(path.join(projectDir, PLANS_FOLDER, name), "");
    }
    expect(await planFiles(projectDir)).toEqual([planFile("culture", "2022"), planFile("justice", "2022")]);
  });
});
