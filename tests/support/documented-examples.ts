import { readFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "./project.ts";

/*
 * The examples README and CONTRIBUTING give contributors, one file each in docs/exemples/, which
 * the documents link to: a test that pastes them proves the documented way works.
 */

const example = (file: string) => readFile(path.join(projectRoot, "docs/exemples", file), "utf8");

/** A page of the publication. */
export const documentedPage = () => example("nouvelle-page.md");

/** An entry of `_data/actions.ts`. */
export const documentedAction = () => example("action.ts");

/** An entry of a ministry's `documents`. */
export const documentedMinistryDocument = () => example("document-ministere.ts");

/** A news post. */
export const documentedNewsPost = () => example("actualite.md");

/** A ministry's plan file. */
export const documentedPlan = () => example("plan.ts");
