// The fixture loader lives in src/tools/fixtures.ts (shared with `npm run rules:report`).
export { FIXTURES_DIR, loadFixtures, parseFixture, ROOT, RULES_DIR, shippedRules, snapshotOf, type Fixture } from '../../src/tools/fixtures';
