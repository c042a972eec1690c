import table from 'virtual:signpost/match-table';
import { useMemo, useState } from 'preact/hooks';
import { sameScreen, screenEffects, type KnownScreen } from '../../../src/screens/effects';
import { previewArticle } from '../../../src/builder/preview';
import {
  STARTER_ARTICLE,
  checkBuiltPack,
  defaultWheres,
  entryTable,
  idProblem,
  newPack,
  ruleEntry,
  signalChoices,
  type RuleInput,
  type Where,
} from '../../../src/builder/rule';
import { match } from '../../../src/engine/match';
import type { Snapshot } from '../../../src/engine/types';
import type { BundledScreen } from '../../../src/screens/screens';
import type { Translate } from '../../../src/i18n';
import { useI18n } from '../../../src/i18n/preact';
import type { LoadedPack } from '../../../src/packs/store';
import { effectiveTable } from '../../../src/packs/effective';
import type { PackProblem } from '../../../src/packs/validate';
import type { PackJson } from '../../../src/packs/zip';
import { draftSignals } from '../../../src/builder/draft';
import { siteOfHost } from '../../../src/settings/sites';
import { CheckPanel, type Effects } from './CheckPanel';
import { ExportPanel } from './ExportPanel';
import { BUNDLED_IDS } from './ids';
import { SignalTable } from './SignalTable';
import { TopicFields } from './TopicFields';

export interface BuilderProps {
  /** The opened screen, at the address replay shows it at. */
  snapshot: Snapshot;
  /** Every bundled screen (the gallery's data), or an error while it could not be loaded. */
  screens: readonly BundledScreen[] | { error: string } | null;
  /** The packs Settings stored: the builder may add its rule to one of them. */
  packs: readonly LoadedPack[];
  onClose(): void;
}

/**
 * "Make a rule from this screen": the drafted signals to tick, the topic's words with a preview
 * through the panel's renderer, and a live check against every bundled screen; export only when the
 * pack is valid (the import's own checks) and takes no bundled screen from its topic.
 */
export function Builder({ snapshot, screens, packs, onClose }: BuilderProps) {
  const { t } = useI18n();
  const signals = useMemo(() => draftSignals(snapshot), [snapshot]);
  const choices = useMemo(() => signalChoices(signals), [signals]);
  const platform = siteOfHost(signals.host) ?? 'general';
  const [wheres, setWheres] = useState<Record<string, Where>>(() => defaultWheres(choices));
  const [input, setInput] = useState<RuleInput>({
    id: `${platform}/`,
    kind: 'blocking',
    title: signals.headings[0] ?? '',
    summary: '',
    article: STARTER_ARTICLE,
    translations: {},
  });

  const entry = useMemo(() => ruleEntry(signals, choices, wheres, input), [signals, choices, wheres, input]);
  const idIssue = idProblem(input.id, signals.host, BUNDLED_IDS);
  // Matching is judged even while the words are unfinished: a placeholder id and words stand in. It
  // depends on the conditions, id and severity only, so typing the article does not re-run it.
  const probeId = idIssue === null ? input.id : `${platform}/draft-rule`;
  const probe = useMemo(
    () =>
      entryTable(
        ruleEntry(signals, choices, wheres, { id: probeId, kind: input.kind, title: 'x', summary: 'x', article: '', translations: {} }),
      ),
    [signals, choices, wheres, probeId, input.kind],
  );

  const effects = useMemo((): Effects | null => {
    if (!probe) return null;
    const after = effectiveTable(table, [probe]);
    const ranked = match(after, snapshot);
    const bundled: KnownScreen[] = Array.isArray(screens)
      ? screens.map((s) => ({ name: s.file, snapshot: { ...s.snapshot, url: s.url }, bundled: true }))
      : [];
    // The screen being built from may itself be bundled (a negative nothing knew): taking it is the
    // point, and it is "this screen", not one more bundled screen it also matches.
    const all = screenEffects(table, after, [probe.id], bundled, (s) => sameScreen(s.snapshot, snapshot));
    return {
      here: ranked[0]?.id === probe.id ? 'first' : ranked.some((m) => m.id === probe.id) ? 'matches' : 'none',
      hereTop: ranked[0]?.id ?? null,
      also: (all.matches.get(probe.id) ?? []).filter((m) => !bundled.some((b) => b.name === m.screen && sameScreen(b.snapshot, snapshot))),
      conflicts: all.conflicts,
    };
  }, [probe, screens, snapshot]);

  const [pack, setPack] = useState({ name: '', version: '1.0.0' });
  const data: PackJson = useMemo(() => newPack(pack.name, pack.version, entry), [pack, entry]);
  const problems: PackProblem[] = useMemo(() => {
    const checked = checkBuiltPack(data, BUNDLED_IDS);
    const list = checked.ok ? [] : checked.errors;
    return idIssue
      ? [
          { file: entry.file, field: 'frontMatter.id', reason: idReason(t, idIssue, input.id, platform) },
          ...list.filter((p) => p.field !== 'frontMatter.id'),
        ]
      : list;
  }, [data, idIssue, input.id]);
  const blocked = !effects || effects.conflicts.length > 0 || !Array.isArray(screens);
  const known = useMemo(
    (): KnownScreen[] | null =>
      Array.isArray(screens) ? screens.map((s) => ({ name: s.file, snapshot: { ...s.snapshot, url: s.url }, bundled: true })) : null,
    [screens],
  );

  const preview = useMemo(() => previewArticle(input.article), [input.article]);

  return (
    <section class="builder" aria-labelledby="builder-title" data-testid="builder">
      <div class="builder-head">
        <h2 id="builder-title">{t('builderTitle')}</h2>
        <button type="button" onClick={onClose}>
          {t('builderClose')}
        </button>
      </div>
      <p class="muted">{t('builderIntro')}</p>
      <SignalTable choices={choices} wheres={wheres} onChange={(key, where) => setWheres({ ...wheres, [key]: where })} />
      <TopicFields input={input} platform={platform} preview={preview} onChange={setInput} />
      <CheckPanel screens={screens} effects={effects} />
      <ExportPanel
        data={data}
        pack={pack}
        onPack={setPack}
        problems={problems}
        blocked={blocked}
        packs={packs}
        entry={entry}
        idOk={idIssue === null}
        known={known}
      />
    </section>
  );
}

function idReason(t: Translate, issue: 'shape' | 'platform' | 'bundled', id: string, platform: string): string {
  if (issue === 'shape') return t('builderIdShape', `${platform}/acme-new-screen`);
  if (issue === 'platform') return t('builderIdPlatform', platform);
  return t('builderIdBundled', id);
}
