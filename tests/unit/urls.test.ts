import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../src/urls.ts";

describe("absoluteUrl", () => {
  it("joins a page path to the site's host", () => {
    expect(absoluteUrl("/plans-action/", "https://example.org")).toBe("https://example.org/plans-action/");
  });

  it("keeps a path prefix of the site URL", () => {
    expect(absoluteUrl("/plans-action/", "https://example.github.io/site/")).toBe(
      "https://example.github.io/site/plans-action/",
    );
    expect(absoluteUrl("/", "https://example.github.io/site")).toBe("https://example.github.io/site/");
  });
});
