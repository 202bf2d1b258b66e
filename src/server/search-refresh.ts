export interface SearchRefresh {
  /** Indexes the site again; resolves once the index covers the site as it is now. */
  refresh(): Promise<void>;
  /** Resolves once no run is under way. */
  settled(): Promise<void>;
}

/**
 * The dev server's search index, brought up to date after each rebuild, once the edited page is
 * served: one Pagefind run at a time, and one more when a rebuild ended during a run, so that the
 * index is never left older than the last rebuild.
 */
export function searchRefresh(index: () => Promise<void>, onError: (error: unknown) => void): SearchRefresh {
  let running: Promise<void> | undefined;
  // Rebuilds asked for, and rebuilds the index covers: a run goes on until it has caught up.
  let asked = 0;
  let covered = 0;
  const run = async () => {
    while (covered < asked) {
      const target = asked;
      try {
        await index();
      } catch (error) {
        onError(error);
      }
      covered = target;
    }
    running = undefined;
  };
  return {
    refresh() {
      asked += 1;
      running ??= run();
      return running;
    },
    settled() {
      return running ?? Promise.resolve();
    },
  };
}
