import { describe, expect, it } from "vitest";
import { annotation, escapeData, escapeProperty, sortFindings } from "../../../src/checks/findings.ts";

describe("a GitHub annotation", () => {
  it("escapes %, CR and LF in its message, and : and , too in its properties", () => {
    expect(escapeData("100 % sûr\r\nligne 2 : a, b")).toBe("100 %25 sûr%0D%0Aligne 2 : a, b");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
  });

  it("names the file, the line and the title before the message", () => {
    const line = annotation({
      severity: "error",
      file: "content/a, b.md",
      line: 3,
      title: "Lien mort",
      message: "content/a, b.md : /x/ : 50 %\nfin",
    });
    expect(line).toBe(
      "::error file=content/a%2C b.md,line=3,title=Lien mort::content/a, b.md : /x/ : 50 %25%0Afin",
    );
  });

  it("has no file nor line for a problem of the whole build", () => {
    expect(annotation({ severity: "warning", line: 1, title: "Titre : court", message: "m" })).toBe(
      "::warning title=Titre %3A court::m",
    );
  });

  it("comes errors first, then by file and line", () => {
    const finding = (severity: "error" | "warning", file: string, line: number) => ({
      severity,
      file,
      line,
      title: "t",
      message: `${file}:${line}`,
    });
    const sorted = sortFindings([
      finding("warning", "a.md", 1),
      finding("error", "b.md", 9),
      finding("error", "b.md", 2),
      finding("error", "a.md", 5),
    ]);
    expect(sorted.map((item) => item.message)).toEqual(["a.md:5", "b.md:2", "b.md:9", "a.md:1"]);
  });
});
