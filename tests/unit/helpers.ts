import { main } from '../../src/cli/main';
// The fixture loader lives in src/screens/fixtures.ts (shared with `npm run rules:report`).
export {
  FIXTURES_DIR,
  loadFixtures,
  parseFixture,
  ROOT,
  RULES_DIR,
  shippedRules,
  snapshotOf,
  type Fixture,
} from '../../src/screens/fixtures';

/** Runs the CLI in-process with captured output: the code, stdout and stderr a shell would see. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}
