import { describe, expect, it } from "vitest";
import { changesWithoutJavaScript } from "../support/page-survey.ts";

// Which pages the Chromium checks visit again without JavaScript (tests/support/page-survey.ts).
describe("a page that changes without JavaScript", () => {
  it("is one with a script that runs, or a <noscript>", () => {
    expect(changesWithoutJavaScript('<p>Texte</p><script src="/js/recherche.js"></script>')).toBe(true);
    expect(changesWithoutJavaScript('<script type="module">import "/a.js";</script>')).toBe(true);
    expect(changesWithoutJavaScript("<noscript><p>Sans script</p></noscript>")).toBe(true);
    expect(changesWithoutJavaScript('<script data-type="application/json">run()</script>')).toBe(true);
  });

  it("is not one whose only script is a block of data", () => {
    expect(changesWithoutJavaScript('<script type="application/ld+json">{"@type":"Dataset"}</script>')).toBe(
      false,
    );
    expect(changesWithoutJavaScript("<p>Une page sans script</p>")).toBe(false);
  });
});
