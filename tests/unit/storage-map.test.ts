import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/screens/fixtures';
import * as KEY from '../../src/storage/keys';
import { STORAGE_MAP, storageMapTable } from '../../src/storage-map/map';

describe('the storage map', () => {
  it('has a row for every key Signpost writes (src/storage/keys.ts), and none twice', () => {
    const written = Object.entries(KEY)
      .filter(([name]) => name !== 'POLICY_RULE_PACKS_KEY' && name !== 'tabKey' && name !== 'TAB_KEY_PREFIX')
      .flatMap(([, value]) => (typeof value === 'string' ? [value] : Object.values(value as Record<string, string>)));
    const keyed = [...written, KEY.tabKey(7)];
    for (const key of keyed)
      expect(
        STORAGE_MAP.filter((row) => row.matches(key)).map((row) => row.key),
        key,
      ).toHaveLength(1);
    expect(STORAGE_MAP).toHaveLength(keyed.length);
  });

  it('is printed in ARCHITECTURE.md row for row', () => {
    const architecture = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    // On failure, paste storageMapTable()'s output over the table in "Storage: the bus between contexts".
    expect(architecture).toContain(storageMapTable());
  });
});
