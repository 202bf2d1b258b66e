/**
 * `task` applied to every item, at most `limit` at a time, the results in the items' order.
 * Pages load in parallel: most of a load is spent waiting for the browser, not computing.
 */
export async function inParallel<Item, Result>(
  items: readonly Item[],
  limit: number,
  task: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  // One iterator for every worker: each takes the next item left.
  const entries = items.entries();
  const worker = async () => {
    for (const [index, item] of entries) results[index] = await task(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
