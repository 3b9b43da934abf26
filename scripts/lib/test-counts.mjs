// Counts from the runners' JSON reporters (the CI reads only our own summary line).

/** Vitest's JSON reporter (Jest-compatible). */
export function countVitest(report) {
  let passed = 0, failed = 0, skipped = 0;
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    // A file that failed to load has no tests but is a failure.
    if (tests.length === 0 && file.status === 'failed') failed += 1;
    for (const t of tests) {
      if (t.status === 'passed') passed += 1;
      else if (t.status === 'failed') failed += 1;
      else skipped += 1;
    }
  }
  return { passed, failed, skipped };
}

/** Playwright's JSON reporter: walks suites → specs → tests. */
export function countPlaywright(report) {
  let passed = 0, failed = 0, skipped = 0;
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'expected' || t.status === 'flaky') passed += 1;
        else if (t.status === 'skipped') skipped += 1;
        else failed += 1;
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const s of report.suites ?? []) walk(s);
  failed += (report.errors ?? []).length;
  return { passed, failed, skipped };
}
