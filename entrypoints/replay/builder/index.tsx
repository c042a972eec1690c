import { useEffect, useState } from 'preact/hooks';
import type { Snapshot } from '../../../src/engine/types';
import { loadBundledScreens, type BundledScreen } from '../../../src/screens/screens';
import { readStoredPacks, watchStoredPacks, type LoadedPack } from '../../../src/packs/store';
import { Builder } from './Builder';
import './builder.css';

/**
 * The builder as replay mounts it: reads the bundled screens (their own chunk, loaded on first use)
 * and the packs Settings stored, and follows changes to those packs while it is open. Replay
 * closes it when another file is opened.
 */
export function RuleBuilder({ snapshot, onClose }: { snapshot: Snapshot; onClose(): void }) {
  // The screen as it was when the builder opened: the author's ticks refer to its signals.
  const [screen] = useState(snapshot);
  const [screens, setScreens] = useState<readonly BundledScreen[] | { error: string } | null>(null);
  const [packs, setPacks] = useState<readonly LoadedPack[]>([]);
  useEffect(() => {
    let live = true;
    void loadBundledScreens().then(
      (list) => live && setScreens(list),
      (e: unknown) => live && setScreens({ error: e instanceof Error ? e.message : String(e) }),
    );
    void readStoredPacks().then(
      (p) => live && setPacks(p),
      () => undefined,
    );
    const off = watchStoredPacks(setPacks);
    return () => {
      live = false;
      off();
    };
  }, []);
  return <Builder snapshot={screen} screens={screens} packs={packs} onClose={onClose} />;
}
