import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { builtPageUrls } from "../support/site.ts";
import { htmlValidator } from "../support/html-validator.ts";

const siteDir = inject("siteDir");
const validator = htmlValidator();

async function errorsOf(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) => `${name}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
    ),
  );
}

describe("HTML validity (html-validate, recommended rules)", () => {
  it("finds no error on any built page", async () => {
    const errors: string[] = [];
    for (const url of await builtPageUrls(siteDir)) {
      const file = url.endsWith("/") ? `${url}index.html` : url;
      errors.push(...(await errorsOf(await readFile(path.join(siteDir, file), "utf8"), file)));
    }
    expect(errors).toEqual([]);
  });

  it("catches the errors of a broken page", async () => {
    const errors = await errorsOf(
      '<!DOCTYPE html><html lang="fr"><head><title>x</title></head><body><p id="a">x</p><p id="a"><div>y</div></p></body></html>',
      "cassee.html",
    );
    const rules = errors.map((error) => error.split(" ")[1]);
    // The duplicate id, and the <div> that closes the <p> before it, leaving a stray </p>.
    expect(rules.sort()).toEqual(["close-order", "no-dup-id", "no-implicit-close"]);
  });
});
