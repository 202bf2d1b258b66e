import type { Reporter, SerializedError, TestModule } from "vitest/node";

/**
 * Prints "N passed, N failed" as the last line of the run: the line this workplace's CI
 * reads to count tests, which vitest's own summary does not match.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      let failedInModule = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed += 1;
        else if (state === "failed") failedInModule += 1;
        else skipped += 1;
      }
      // A file that fails outside its tests (an import error, a failing hook) counts as one failure.
      if (testModule.state() === "failed" && failedInModule === 0) failedInModule = 1;
      failed += failedInModule;
    }
    // An error no test awaited fails the run (vitest exits 1) though every test passed: count it.
    failed += unhandledErrors.length;
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  }
}
