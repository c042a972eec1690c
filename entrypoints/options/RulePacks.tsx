import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../src/i18n/preact';
import { importPackFile } from '../../src/packs/import';
import { changesBundledScreens } from '../../src/packs/screen-check';
import { readPackState, watchPackState, type PackStatus } from '../../src/packs/state';
import {
  readStoredPacks,
  removePack,
  restorePack,
  savePack,
  setPackEnabled,
  watchStoredPacks,
  type LoadedPack,
} from '../../src/packs/store';
import { MAX_RULE_PACK_BYTES, validateRulePackData } from '../../src/packs/validate';
import { readManagedPolicy, watchManagedPolicy } from '../../src/settings/policy/managed';
import { CATALOG_IDS } from '../../src/rules/catalog-ids';
import { ImportStatus, type ImportOk, type Status } from './ImportStatus';
import { PackList, type PolicyRow } from './PackList';
import { screenCheck } from './pack-screens';
import { titlesOf } from './ScreenEffects';
import './rule-packs.css';

const BUNDLED_IDS: ReadonlySet<string> = new Set(CATALOG_IDS);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * "Organisation rule packs" in the settings page. Import (JSON or zip): every problem listed and
 * nothing stored unless all is valid; then the pack is checked against the bundled screens, and one
 * that changes the first topic of any is shown as such and stored only when the person confirms.
 * The list with on/off, Remove (with Undo) and Export; the organisation's packs (always on, export
 * only) as the background checked them (`packState`), each said to change the bundled screens when
 * it does, and every pack not in use with its problems.
 */
export function RulePacks() {
  const { t } = useI18n();
  const [stored, setStored] = useState<LoadedPack[]>([]);
  const [states, setStates] = useState<PackStatus[]>([]);
  const [policy, setPolicy] = useState<unknown[]>([]);
  const [policyRows, setPolicyRows] = useState<PolicyRow[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const readPolicy = () =>
      void readManagedPolicy().then(
        (p) => live && setPolicy(p.rulePacks),
        () => undefined,
      );
    void readStoredPacks().then(
      (p) => live && setStored(p),
      () => undefined,
    );
    void readPackState().then(
      (s) => live && setStates(s),
      () => undefined,
    );
    readPolicy();
    const offs = [watchStoredPacks(setStored), watchPackState(setStates), watchManagedPolicy(readPolicy)];
    return () => {
      live = false;
      offs.forEach((off) => off());
    };
  }, []);

  // The organisation's packs in use, checked against the bundled screens (loaded only when there are some).
  useEffect(() => {
    let live = true;
    const rows = states
      .filter((s) => s.origin === 'organisation')
      .map((s): PolicyRow => ({ status: s, data: policy[s.index], effects: null, titles: new Map() }));
    setPolicyRows(rows);
    void Promise.all(
      rows.map(async (row) => {
        const checked = row.status.state === 'on' ? validateRulePackData(row.data) : null;
        return checked?.ok ? { ...row, effects: await screenCheck([checked.pack]), titles: titlesOf(checked.pack.rules) } : row;
      }),
    ).then(
      (next) => live && setPolicyRows(next),
      () => undefined,
    );
    return () => void (live = false);
  }, [states, policy]);

  const store = async (outcome: ImportOk) => {
    const { replaced } = await savePack(outcome.data, outcome.pack, outcome.source);
    setStored(await readStoredPacks());
    setStatus({
      key: 'imported',
      name: outcome.pack.name,
      version: outcome.pack.version,
      added: outcome.added.length,
      overridden: outcome.overridden.length,
      replaced: replaced?.version ?? null,
    });
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      if (file.size > MAX_RULE_PACK_BYTES) {
        setStatus({
          key: 'refused',
          file: file.name,
          errors: [{ file: file.name, field: '(size)', reason: `larger than ${MAX_RULE_PACK_BYTES / 1024 / 1024} MB` }],
        });
        return;
      }
      const outcome = importPackFile(file.name, new Uint8Array(await file.arrayBuffer()), BUNDLED_IDS);
      if (!outcome.ok) {
        setStatus({ key: 'refused', file: file.name, errors: outcome.errors });
        return;
      }
      setStatus({ key: 'checking', name: outcome.pack.name });
      let check;
      try {
        check = await screenCheck([outcome.pack]);
      } catch (error) {
        setStatus({ key: 'screens-failed', name: outcome.pack.name, error: message(error) });
        return;
      }
      if (changesBundledScreens(check)) setStatus({ key: 'review', outcome, check });
      else await store(outcome);
    } catch (error) {
      setStatus({ key: 'failed', error: message(error) });
    } finally {
      input.value = ''; // choosing the same file again imports it again
      setBusy(false);
    }
  };

  const act = (work: Promise<unknown>, next?: Status) =>
    void work.then(
      async (result) => {
        setStored(await readStoredPacks());
        if (next !== undefined) setStatus(next);
        return result;
      },
      (error: unknown) => setStatus({ key: 'failed', error: message(error) }),
    );

  const remove = (name: string) =>
    void removePack(name).then(
      async (removed) => {
        setStored(await readStoredPacks());
        setStatus(removed ? { key: 'removed', removed } : null);
      },
      (error: unknown) => setStatus({ key: 'failed', error: message(error) }),
    );

  return (
    <fieldset class="packs" aria-describedby="packs-help">
      <legend>{t('packsLegend')}</legend>
      <p id="packs-help" class="help">
        {t('packsHelp')}
      </p>

      <div class="import">
        <label for="pack-file">{t('packsImportLabel')}</label>
        <input
          id="pack-file"
          type="file"
          accept=".json,.zip,application/json,application/zip"
          disabled={busy || status?.key === 'review'}
          aria-describedby="pack-file-help"
          onChange={(e) => void onFile(e)}
        />
        <p id="pack-file-help" class="help">
          {t('packsImportHelp')}
        </p>
      </div>

      <ImportStatus
        status={status}
        onUndo={(removed) => act(restorePack(removed), null)}
        onConfirm={(outcome) => void store(outcome).catch((error: unknown) => setStatus({ key: 'failed', error: message(error) }))}
        onCancel={(outcome) => setStatus({ key: 'cancelled', name: outcome.pack.name })}
      />

      <PackList
        stored={stored}
        states={states}
        policy={policyRows}
        onEnabled={(name, on) => act(setPackEnabled(name, on))}
        onRemove={remove}
      />
    </fieldset>
  );
}
