import { describe, expect, it } from 'vitest';
import { problemSentence } from '../../entrypoints/options/pack-problem';
import { bundledI18n } from '../../src/i18n/catalogs';

describe('pack problems written for people', () => {
  const en = bundledI18n('en').t;
  const es = bundledI18n('es').t;
  it('names the field and says what is wrong, in the interface language', () => {
    const missing = { file: 'a.md', field: 'frontMatter.title', reason: 'Invalid input: expected string, received undefined' };
    expect(problemSentence(missing, en)).toBe('“title” is missing.');
    expect(problemSentence(missing, es)).toBe('Falta «title».');
    expect(problemSentence({ file: 'a.md', field: 'frontMatter.related.0', reason: 'unknown topic id "x/nope"' }, en)).toBe(
      'It names a topic that does not exist: “x/nope”.',
    );
    expect(problemSentence({ file: 'p.json', field: '(json)', reason: 'not valid JSON (Unexpected token)' }, en)).toBe(
      'The file is not valid JSON.',
    );
    expect(problemSentence({ file: 'p.json', field: 'version', reason: 'must be a version such as 1.0.0' }, en)).toBe(
      '“version” is not valid.',
    );
  });
});
