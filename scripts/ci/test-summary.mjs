// @ts-check
// Prints Vitest's JSON report as one plain line, `N passed, N failed`; exits 1 on any failure
// or when the report is missing (the suite did not get as far as running). Further arguments name
// checks that failed before the tests (`lint:thai`): each counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [file = 'test-results/vitest.json', ...failedChecks] = process.argv.slice(2);
if (failedChecks.length > 0) console.log(`failed before the tests: ${failedChecks.join(', ')}`);
if (!existsSync(file)) {
  console.log(`no test report at ${file}: the suite did not run`);
  console.log(`0 passed, ${1 + failedChecks.length} failed`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const failed = report.numFailedTests + countFilesFailedOutsideTests(report) + failedChecks.length;
const passed = report.numPassedTests;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || !report.success || passed === 0 ? 1 : 0);

/** Test files that failed with no failing test (an error in a hook or at import) count as one failure each. */
function countFilesFailedOutsideTests(/** @type {any} */ data) {
  return data.testResults.filter(
    (/** @type {any} */ file) =>
      file.status === 'failed' && !file.assertionResults.some((/** @type {any} */ t) => t.status === 'failed'),
  ).length;
}
