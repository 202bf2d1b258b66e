import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importTypeScriptData } from "../../src/eleventy/data-extension.ts";
import { temporaryFolder } from "../support/project.ts";

describe("importTypeScriptData", () => {
  it("gives the default export of a TypeScript module", async () => {
    const file = path.join(await temporaryFolder("data"), "site.ts");
    await writeFile(file, 'const site: { title: string } = { title: "Numérique" };\nexport default site;\n');
    expect(await importTypeScriptData(file)).toEqual({ title: "Numérique" });
  });

  it("calls a default export that is a function, awaiting it", async () => {
    const file = path.join(await temporaryFolder("data"), "computed.ts");
    await writeFile(file, "export default async (): Promise<number[]> => [1, 2, 3];\n");
    expect(await importTypeScriptData(file)).toEqual([1, 2, 3]);
  });

  it("reads the file again after it changes, for the dev server", async () => {
    const file = path.join(await temporaryFolder("data"), "changing.ts");
    await writeFile(file, "export default 1;\n");
    expect(await importTypeScriptData(file)).toBe(1);
    await writeFile(file, "export default 2;\n");
    expect(await importTypeScriptData(file)).toBe(2);
  });

  it("loads an unchanged file once, however many pages ask for it", async () => {
    const file = path.join(await temporaryFolder("data"), "directory.11tydata.ts");
    await writeFile(
      file,
      "const scope = globalThis as { dataLoads?: number };\nscope.dataLoads = (scope.dataLoads ?? 0) + 1;\nexport default { loads: scope.dataLoads };\n",
    );
    expect(await importTypeScriptData(file)).toEqual({ loads: 1 });
    expect(await importTypeScriptData(file)).toEqual({ loads: 1 });
  });
});
