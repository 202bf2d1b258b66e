import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importDataModule } from "../../src/data-modules.ts";
import { CATALOGUE_FILES } from "../../src/catalogue/files.ts";
import { typeScriptDataParser } from "../../src/eleventy/data-extension.ts";
import { projectRoot, temporaryFolder } from "../support/project.ts";

describe("importDataModule", () => {
  it("gives the default export of a TypeScript module", async () => {
    const file = path.join(await temporaryFolder("data"), "site.ts");
    await writeFile(file, 'const site: { title: string } = { title: "Numérique" };\nexport default site;\n');
    expect(await importDataModule(file)).toEqual({ title: "Numérique" });
  });

  it("calls a default export that is a function, awaiting it", async () => {
    const file = path.join(await temporaryFolder("data"), "computed.ts");
    await writeFile(file, "export default async (): Promise<number[]> => [1, 2, 3];\n");
    expect(await importDataModule(file)).toEqual([1, 2, 3]);
  });

  it("reads the file again after it changes, for the dev server", async () => {
    const file = path.join(await temporaryFolder("data"), "changing.ts");
    await writeFile(file, "export default 1;\n");
    expect(await importDataModule(file)).toBe(1);
    await writeFile(file, "export default 2;\n");
    expect(await importDataModule(file)).toBe(2);
  });

  it("loads an unchanged file once, however many pages ask for it", async () => {
    const file = path.join(await temporaryFolder("data"), "directory.11tydata.ts");
    await writeFile(
      file,
      "const scope = globalThis as { dataLoads?: number };\nscope.dataLoads = (scope.dataLoads ?? 0) + 1;\nexport default { loads: scope.dataLoads };\n",
    );
    expect(await importDataModule(file)).toEqual({ loads: 1 });
    expect(await importDataModule(file)).toEqual({ loads: 1 });
  });
});

describe("Eleventy's parser of .ts data files", () => {
  const parseTypeScriptDataFile = typeScriptDataParser({ includesDir: path.join(projectRoot, "_includes") });

  it("hands templates a data file, but none of the catalogue's raw sources", async () => {
    const site = await parseTypeScriptDataFile(path.join(projectRoot, "_data/site.ts"));
    expect(site).toMatchObject({ language: "fr" });
    for (const file of Object.values(CATALOGUE_FILES)) {
      expect(await parseTypeScriptDataFile(path.join(projectRoot, file)), file).toBeUndefined();
    }
  });

  it("stops on a data file that gives its pages a layout that does not exist", async () => {
    const file = path.join(await temporaryFolder("data"), "dossier.11tydata.ts");
    await writeFile(file, 'export default { layout: "layouts/inconnu.njk" };\n');
    await expect(parseTypeScriptDataFile(file)).rejects.toThrow(
      `${file} : champ « layout » : gabarit introuvable dans ${path.join(projectRoot, "_includes")} (« layouts/inconnu.njk »)`,
    );
  });
});
