import { appendFile, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CheckSetupError } from "./base-site.ts";
import { checkPullRequest, isEmptyOrMissing } from "./check-pull-request.ts";
import { annotation } from "./findings.ts";
import { renderSummary } from "./summary.ts";

/*
 * `npm run check:pr -- --base <dossier> [--site <dossier>]`: the pull request's check. Each
 * mistake is printed as a GitHub annotation on its file and line, the summary goes to the job's
 * summary ($GITHUB_STEP_SUMMARY) or is printed, and any error fails the command.
 */

const USAGE =
  "Usage : npm run check:pr -- --base <dossier> [--site <dossier>]\n" +
  "  --base  la branche de base : une copie du projet (ses dépendances installées) ou son site construit\n" +
  "  --site  où construire le site de la demande (un dossier vide ou absent ; par défaut, un dossier temporaire)";

// `npm run check:pr` runs from the project's folder, whichever copy of the project it is.
const projectDir = process.cwd();

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { base: { type: "string" }, site: { type: "string" } } });
  if (!values.base) throw new CheckSetupError(USAGE);
  const siteDir = values.site
    ? path.resolve(values.site)
    : await mkdtemp(path.join(os.tmpdir(), "pr-check-site-"));
  if (!(await isEmptyOrMissing(siteDir))) {
    throw new CheckSetupError(
      `${siteDir} : le dossier du site doit être vide ou absent (il est vidé à chaque construction)`,
    );
  }
  const started = Date.now();
  const report = await checkPullRequest({ headDir: projectDir, baseDir: path.resolve(values.base), siteDir });
  report.siteNote = process.env.GITHUB_ACTIONS
    ? "Le site construit est joint à l'exécution (artefact « site »)."
    : `Site construit dans \`${siteDir}\`.`;
  for (const finding of report.findings) console.log(annotation(finding));
  const summary = renderSummary(report);
  if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, `${summary}\n`);
  else console.log(`\n${summary}`);
  console.error(`Vérification faite en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return report.findings.some((finding) => finding.severity === "error") ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof CheckSetupError)) throw error;
  // On GitHub, the annotation is what the contributor sees; here, the message is.
  if (process.env.GITHUB_ACTIONS) {
    console.log(
      annotation({ severity: "error", line: 1, title: "Vérification impossible", message: error.message }),
    );
  } else console.error(error.message);
  process.exitCode = 2;
}
