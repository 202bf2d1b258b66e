import { readFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "./project.ts";

/** `_data/actions.ts` with one more entry, written as a contributor would: the only edit. */
export async function actionsFileWith(entry: string): Promise<string> {
  const source = await readFile(path.join(projectRoot, "_data/actions.ts"), "utf8");
  const marker = "const actions: ActionData<ChantierId, MinistryId>[] = [\n";
  if (!source.includes(marker)) throw new Error("_data/actions.ts n'a plus la forme attendue par ce test");
  return source.replace(marker, `${marker}${entry}\n`);
}

/** `_data/ministries.ts` with one more document for its first ministry, as CONTRIBUTING says. */
export async function ministriesFileWithDocument(entry: string): Promise<string> {
  const source = await readFile(path.join(projectRoot, "_data/ministries.ts"), "utf8");
  const marker = "documents: [";
  if (!source.includes(marker)) throw new Error("_data/ministries.ts n'a plus la forme attendue par ce test");
  return source.replace(marker, `${marker}\n      ${entry.trim().replace(/,$/, "")},`);
}
