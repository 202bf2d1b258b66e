import { describe, expect, it } from "vitest";
import { searchRefresh } from "../../src/server/search-refresh.ts";

/** An index that takes a while, and remembers which rebuild each of its runs covered. */
function slowIndex(rebuilds: { count: number }) {
  const covered: number[] = [];
  return {
    covered,
    index: async () => {
      const seen = rebuilds.count;
      await new Promise((resolve) => setTimeout(resolve, 30));
      covered.push(seen);
    },
  };
}

describe("searchRefresh", () => {
  it("runs once at a time, and once more when rebuilds ended during a run, never older than the last", async () => {
    const rebuilds = { count: 1 };
    const { covered, index } = slowIndex(rebuilds);
    const refresh = searchRefresh(index, (error) => {
      throw error;
    });
    const first = refresh.refresh();
    // Two rebuilds end while the first run indexes: one more run covers both.
    rebuilds.count = 2;
    void refresh.refresh();
    rebuilds.count = 3;
    void refresh.refresh();
    await first;
    await refresh.settled();
    expect(covered).toEqual([1, 3]);
  });

  it("reports a failed run and goes on with the next", async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const refresh = searchRefresh(
      () => (++runs === 1 ? Promise.reject(new Error("Pagefind absent")) : Promise.resolve()),
      (error) => errors.push(error),
    );
    await refresh.refresh();
    await refresh.refresh();
    expect(errors).toHaveLength(1);
    expect(runs).toBe(2);
  });
});
