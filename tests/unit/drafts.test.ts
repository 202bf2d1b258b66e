import { describe, expect, it } from "vitest";
import { isLeftOutOfBuild } from "../../src/eleventy/drafts.ts";

describe("isLeftOutOfBuild", () => {
  it("leaves drafts out of a production build only", () => {
    expect(isLeftOutOfBuild({ draft: true }, "build")).toBe(true);
    expect(isLeftOutOfBuild({ draft: true }, "serve")).toBe(false);
    expect(isLeftOutOfBuild({ draft: true }, "watch")).toBe(false);
    expect(isLeftOutOfBuild({}, "build")).toBe(false);
  });
});
