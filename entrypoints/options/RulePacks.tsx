import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../src/i18n/preact';
import { policyPacks, type RefusedPolicyPack } from '../../src/packs/active';
import { downloadPack } from '../../src/packs/export';
import { articleProblems, importPackFile } from '../../src/packs/import';
import { problemSentence } from './pack-problem';
import { readStoredPacks, removePack, restorePack, savePack, setPackEnabled, watchStoredPacks, type LoadedPack, type StoredPack } from '../../src/packs/store';
import { readManagedPolicy, watchManagedPolicy } from '../../src/policy/managed';
import { MAX_RULE_PACK_BYTES, type PackProblem } from '../../src/packs/validate';
import { BUNDLED_ARTICLES } from '../../src/ui/articles';
import './rule-packs.css';

const BUNDLED_IDS: ReadonlySet<string> = new Set(BUNDLED_ARTICLES.map((a) => a.id));
type Status =
  | { key: 'refused'; file: string; errors: PackProblem[] }
  | { key: 'imported'; name: string; version: string; added: number; overridden: number; replaced: string | null }
  | { key: 'removed'; removed: { pack: StoredPack; index: number } }
  | { key: 'failed'; error: string }
  | null;

/** One row of the list: an imported pack, or one the organisation deployed by policy (always on). */
interface Row {
  name: string;
  version: string;
  topics: number;
  origin: 'imported' | 'organisation';
  enabled: boolean;
  data: unknown;
  /** Articles of an organisation pack that cannot be formatted (shown as plain text). */
  warnings: PackProblem[];
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * "Organisation rule packs" in the settings page: import (JSON or zip; every problem listed, nothing
 * stored unless all is valid), the list with on/off, Remove (with Undo) and Export, and the packs
 * the organisation set by policy (always on, export only).
 */
export function RulePacks() {
  const { t } = useI18n();
  const [stored, setStored] = useState<LoadedPack[]>([]);
  const [policy, setPolicy] = useState<unknown[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const readPolicy = () => void readManagedPolicy().then((p) => live && setPolicy(p.rulePacks), () => undefined);
    void readStoredPacks().then((p) => live && setStored(p), () => undefined);
    readPolicy();
    const offStored = watchStoredPacks(setStored);
    const offPolicy = watchManagedPolicy(readPolicy);
    return () => {
      live = false;
      offStored();
      offPolicy();
    };
  }, []);

  const org = policyPacks(policy);
  const rows: Row[] = [
    ...stored.map((p) => ({ name: p.name, version: p.version, topics: p.pack.rules.length, origin: 'imported' as const, enabled: p.enabled, data: p.data, warnings: [] })),
    ...org.packs.map((p) => ({
      name: p.name,
      version: p.version,
      topics: p.rules.length,
      origin: 'organisation' as const,
      enabled: true,
      data: p.data,
      warnings: articleProblems({ name: p.name, version: p.version, rules: p.rules }, BUNDLED_IDS),
    })),
  ];

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      if (file.size > MAX_RULE_PACK_BYTES) {
        setStatus({ key: 'refused', file: file.name, errors: [{ file: file.name, field: '(size)', reason: `larger than ${MAX_RULE_PACK_BYTES / 1024 / 1024} MB` }] });
        return;
      }
      const outcome = importPackFile(file.name, new Uint8Array(await file.arrayBuffer()), BUNDLED_IDS);
      if (!outcome.ok) {
        setStatus({ key: 'refused', file: file.name, errors: outcome.errors });
        return;
      }
      const { replaced } = await savePack(outcome.data, outcome.pack, outcome.source);
      setStored(await readStoredPacks());
      setStatus({ key: 'imported', name: outcome.pack.name, version: outcome.pack.version, added: outcome.added.length, overridden: outcome.overridden.length, replaced: replaced?.version ?? null });
    } catch (error) {
      setStatus({ key: 'failed', error: message(error) });
    } finally {
      input.value = ''; // choosing the same file again imports it again
      setBusy(false);
    }
  };

  const act = (work: Promise<unknown>, next?: Status) =>
    void work.then(
      async () => {
        setStored(await readStoredPacks());
        if (next !== undefined) setStatus(next);
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
        <input id="pack-file" type="file" accept=".json,.zip,application/json,application/zip" disabled={busy} aria-describedby="pack-file-help" onChange={(e) => void onFile(e)} />
        <p id="pack-file-help" class="help">
          {t('packsImportHelp')}
        </p>
      </div>

      <StatusView status={status} onUndo={(removed) => act(restorePack(removed), null)} />

      {rows.length === 0 ? (
        <p class="help">{t('packsNone')}</p>
      ) : (
        <table>
          <caption class="sr-only">{t('packsListCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('packsColName')}</th>
              <th scope="col">{t('packsColVersion')}</th>
              <th scope="col">{t('packsColTopics')}</th>
              <th scope="col">{t('packsColSource')}</th>
              <th scope="col">{t('packsColOn')}</th>
              <th scope="col">{t('packsColActions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.origin}:${row.name}`} data-pack={row.name} data-origin={row.origin}>
                <th scope="row">{row.name}</th>
                <td>{row.version}</td>
                <td>{row.topics}</td>
                <td>{t(row.origin === 'organisation' ? 'packsSourceOrganisation' : 'packsSourceImported')}</td>
                <td>
                  <input
                    type="checkbox"
                    checked={row.enabled}
                    disabled={row.origin === 'organisation'}
                    aria-label={t('packsEnabledLabel', row.name)}
                    onChange={(e) => act(setPackEnabled(row.name, e.currentTarget.checked))}
                  />
                </td>
                <td class="actions-cell">
                  <button type="button" aria-label={t('packsExportLabel', row.name)} onClick={() => downloadPack(row.name, row.version, row.data)}>
                    {t('packsExport')}
                  </button>
                  {row.origin === 'imported' && (
                    <button type="button" aria-label={t('packsRemoveLabel', row.name)} onClick={() => remove(row.name)}>
                      {t('packsRemove')}
                    </button>
                  )}
                  {row.warnings.length > 0 && <Problems heading={t('packsPlainTextWarning')} errors={row.warnings} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {org.refused.map((r: RefusedPolicyPack) => (
        <Problems key={r.index} heading={t('packsPolicyRefused', [r.name, r.errors.length])} errors={r.errors} />
      ))}
    </fieldset>
  );
}

function StatusView({ status, onUndo }: { status: Status; onUndo: (removed: { pack: StoredPack; index: number }) => void }) {
  const { t } = useI18n();
  if (status?.key === 'refused') {
    return (
      <div role="alert">
        <Problems heading={t('packsRefused', [status.file, status.errors.length])} errors={status.errors} />
      </div>
    );
  }
  return (
    <p class="result" aria-live="polite">
      {status?.key === 'imported' && (
        <>
          {t('packsImported', [status.name, status.version, status.added, status.overridden])}
          {status.replaced !== null && ` ${t('packsReplaced', status.replaced)}`}
        </>
      )}
      {status?.key === 'removed' && (
        <>
          {t('packsRemoved', status.removed.pack.name)}{' '}
          <button type="button" onClick={() => onUndo(status.removed)}>
            {t('packsUndo')}
          </button>
        </>
      )}
      {status?.key === 'failed' && t('packsFailed', status.error)}
    </p>
  );
}

/** Every problem as file — field — reason. */
function Problems({ heading, errors }: { heading: string; errors: readonly PackProblem[] }) {
  const { t } = useI18n();
  return (
    <div class="problems">
      <p>{heading}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('packsColFile')}</th>
            <th scope="col">{t('packsColField')}</th>
            <th scope="col">{t('packsColReason')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i}>
              <td>
                <code>{e.file}</code>
              </td>
              <td>
                <code>{e.field}</code>
              </td>
              <td>
                {problemSentence(e, t)}
                <details>
                  <summary>{t('packsProblemDetails')}</summary>
                  <code lang="en">{e.reason}</code>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
