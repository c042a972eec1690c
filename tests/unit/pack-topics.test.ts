import { describe, expect, it } from 'vitest';
import { parsePackTopics } from '../../src/packs/derived';
import { packArticle } from '../../src/packs/pack-articles';
import { packArticlesOf } from '../../src/ui/pack-topics';

// The pages read the stored pack topics themselves, so that a person without packs never loads the
// code that checks them: the result must be the packs code's own.
const TOPIC = {
  id: 'instagram/acme-device-limit',
  platform: 'instagram',
  title: 'Too many devices',
  summary: 'Sign out of one session in Cerby.',
  kind: 'blocking',
  related: [],
  markdown: '## Fix it\n1. Open Cerby.\n2. Sign out the oldest session.',
  screenTexts: ['too many devices'],
  pack: { name: 'Acme IT', version: '1.0.0', origin: 'imported' },
};

describe('pack topics read by the extension pages', () => {
  it('nothing stored, or an empty list: no topics, and nothing to check', async () => {
    expect(await packArticlesOf(undefined)).toEqual([]);
    expect(await packArticlesOf([])).toEqual([]);
  });

  it('stored topics become the articles the packs code makes of them; what fails its check is dropped', async () => {
    const parsed = parsePackTopics([TOPIC]);
    expect(parsed).toHaveLength(1);
    expect(await packArticlesOf([TOPIC, { id: 'broken' }])).toEqual(parsed.map(packArticle));
    expect(await packArticlesOf([{ id: 'broken' }, 'nonsense'])).toEqual([]);
  });
});
