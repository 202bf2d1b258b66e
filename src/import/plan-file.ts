import { PLANS_FOLDER } from "../catalogue/files.ts";
import type { Plan } from "../catalogue/schema.ts";

/*
 * A plan's data file, as `npm run import:plan` writes it and « Verser un plan » offers it: the
 * same text from the same plan, byte for byte, in Node and in the browser.
 */

/** An object key written bare where TypeScript allows it. */
const BARE_KEY = /^(\s*)"([A-Za-z_$][\w$]*)":/gm;

export function planFileText(plan: Plan, sourceName: string): string {
  const body = JSON.stringify(plan, null, 2).replace(BARE_KEY, "$1$2:");
  return `import type { Plan } from "../../src/catalogue/schema.ts";

// Versé depuis le tableau « ${sourceName.replace(/[\r\n\u2028\u2029]/g, " ")} » : pour le corriger, corrigez le tableau et versez-le de nouveau.
const plan: Plan = ${body};

export default plan;
`;
}

/** GitHub's page for adding files to the plans' folder: it opens the pull request. */
export const plansUploadUrl = (repository: { url: string; branch: string }) =>
  `${repository.url}/upload/${repository.branch}/${PLANS_FOLDER}`;
