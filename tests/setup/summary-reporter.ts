// Prints the plain closing line CI reads: "N passed, N failed".
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      const states = [...module.children.allTests()].map((test) => test.result().state);
      // A file can fail with no failed test: an import or a beforeAll threw, and its tests were skipped.
      if (module.state() === "failed" && !states.includes("failed")) failed += 1;
      for (const state of states) {
        if (state === "passed") passed += 1;
        else if (state === "failed") failed += 1;
        else skipped += 1;
      }
    }
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  }
}
