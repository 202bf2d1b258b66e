import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildFailureText, buildProject } from "./build.ts";

/*
 * The base branch's side of the comparison: a checkout of it, built here with its own installed
 * packages, or a site already built from it.
 */

/** A setting the check cannot run with, told in French to whoever runs it. */
export class CheckSetupError extends Error {
  override name = "CheckSetupError";
}

/** The base branch's sources, when the folder is a checkout rather than a built site. */
export function baseSources(baseDir: string): string | undefined {
  if (existsSync(path.join(baseDir, "eleventy.config.ts"))) {
    if (!existsSync(path.join(baseDir, "node_modules"))) {
      throw new CheckSetupError(
        `${baseDir} : les dépendances de la branche de base ne sont pas installées (lancez npm ci dans ce dossier)`,
      );
    }
    return baseDir;
  }
  if (existsSync(path.join(baseDir, "index.html"))) return undefined;
  throw new CheckSetupError(
    `${baseDir} : ni une copie du projet (eleventy.config.ts) ni un site construit (index.html)`,
  );
}

export interface BaseSite {
  siteDir?: string;
  /** Why there is none. */
  problem?: string;
}

/** The base branch's built site: built now from its checkout, or the folder itself. */
export async function baseSite(baseDir: string): Promise<BaseSite> {
  if (!baseSources(baseDir)) return { siteDir: baseDir };
  const siteDir = await mkdtemp(path.join(os.tmpdir(), "pr-check-base-"));
  const outcome = await buildProject(baseDir, siteDir);
  if (outcome.ok) return { siteDir };
  return {
    problem: `La branche de base ne se construit pas : les pages n'ont pas pu être comparées.\n${buildFailureText(outcome.output)}`,
  };
}
