import { readFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "./project.ts";

/*
 * The examples README and CONTRIBUTING give contributors, read from the documents themselves:
 * a test that adds them proves the documented way works, and the documents cannot drift from it.
 */

async function exampleUnder(document: string, heading: string, language: string): Promise<string> {
  const text = await readFile(path.join(projectRoot, document), "utf8");
  const section = text.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? "";
  const block = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1];
  if (!block) throw new Error(`${document} : plus d'exemple ${language} sous « ${heading} »`);
  return block;
}

/** A page of the publication, as README writes it. */
export const documentedPage = () => exampleUnder("README.md", "Ajouter une page", "markdown");

/** An entry of `_data/actions.ts`, as README writes it. */
export const documentedAction = () => exampleUnder("README.md", "Ajouter une action", "ts");

/** An entry of a ministry's `documents`, as CONTRIBUTING writes it. */
export const documentedMinistryDocument = () =>
  exampleUnder("CONTRIBUTING.md", "Ajouter un document de ministère", "ts");

/** A news post, as CONTRIBUTING writes it. */
export const documentedNewsPost = () => exampleUnder("CONTRIBUTING.md", "Publier une actualité", "markdown");

/** A ministry's plan file, as CONTRIBUTING writes it. */
export const documentedPlan = () => exampleUnder("CONTRIBUTING.md", "Verser le plan d'un ministère", "ts");
