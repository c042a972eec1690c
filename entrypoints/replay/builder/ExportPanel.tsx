import table from 'virtual:signpost/match-table';
import { useMemo, useState } from 'preact/hooks';
import type { KnownScreen } from '../../../src/screens/effects';
import { addToPack, checkBuiltPack, packZip, zipFileName, type PackEntry } from '../../../src/builder/rule';
import { addedConflicts } from '../../../src/packs/screen-check';
import { plural } from '../../../src/i18n';
import { useI18n } from '../../../src/i18n/preact';
import { downloadPack, exportFileName } from '../../../src/packs/export';
import { savePack, type LoadedPack } from '../../../src/packs/store';
import type { PackProblem } from '../../../src/packs/validate';
import type { PackJson } from '../../../src/packs/zip';
import { BUNDLED_IDS } from './ids';

/** Saves bytes as a file (a Blob behind a temporary <a download>: no network, no permission). */
function downloadBytes(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Problems({ problems }: { problems: readonly PackProblem[] }) {
  const { t, lang } = useI18n();
  if (problems.length === 0) return null;
  return (
    <div class="problems" data-testid="builder-problems">
      <p>
        <strong>{plural(t, lang, 'builderProblemsHeading', problems.length)}</strong>
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{t('builderProblem', [p.field, p.reason])}</li>
        ))}
      </ul>
    </div>
  );
}

interface Props {
  data: PackJson;
  pack: { name: string; version: string };
  onPack(next: { name: string; version: string }): void;
  problems: readonly PackProblem[];
  /** A conflict, or the bundled screens not loaded yet: nothing may leave the builder. */
  blocked: boolean;
  packs: readonly LoadedPack[];
  entry: PackEntry;
  idOk: boolean;
  /** The bundled screens (null while loading): adding a rule re-checks the whole pack against them. */
  known: readonly KnownScreen[] | null;
}

/** Export as a new pack (.json or .zip), or add the rule to a pack Settings imported — only when valid and conflict-free. */
export function ExportPanel({ data, pack, onPack, problems, blocked, packs, entry, idOk, known }: Props) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const [target, setTarget] = useState('');
  const [targetVersion, setTargetVersion] = useState('');
  const chosen = packs.find((p) => p.name === target) ?? null;
  const disabled = blocked || problems.length > 0;

  const added = useMemo(() => {
    if (!chosen || !idOk) return null;
    const version = targetVersion || chosen.version;
    const result = addToPack(chosen.data as PackJson, entry, version);
    return { ...result, version, checked: checkBuiltPack(result.data, BUNDLED_IDS) };
  }, [chosen, targetVersion, entry, idOk]);
  const addProblems = added && !added.checked.ok ? added.checked.errors : [];
  // The whole pack with the rule, against every bundled screen (src/packs/screen-check.ts, as the
  // import does): bundled screens it would take beyond those the pack already took. Keyed on the
  // rule's match only, so typing the article does not re-run it.
  const addedRule = added?.checked.ok
    ? added.checked.pack.rules.find((r) => r.frontMatter.id === (entry.frontMatter as { id: string }).id)?.table
    : undefined;
  const ruleKey = addedRule === undefined ? null : JSON.stringify(addedRule);
  const moreConflicts = useMemo(() => {
    if (!known || !chosen || !added?.checked.ok || ruleKey === null) return 0;
    return addedConflicts(table, chosen.pack, added.checked.pack, known).length;
  }, [known, chosen, ruleKey]);

  const save = () => {
    if (!added?.checked.ok || !chosen) return;
    void savePack(added.data, added.checked.pack, 'json').then(
      () => setStatus(t('builderAdded', [chosen.name, added.version])),
      (e: unknown) => setStatus(t('builderAddFailed', e instanceof Error ? e.message : String(e))),
    );
  };

  return (
    <fieldset class="builder-box">
      <legend>{t('builderExportHeading')}</legend>
      <div class="fields">
        <label>
          {t('builderPackName')}
          <input value={pack.name} maxLength={80} onInput={(e) => onPack({ ...pack, name: e.currentTarget.value })} />
        </label>
        <label>
          {t('builderPackVersion')}
          <input value={pack.version} onInput={(e) => onPack({ ...pack, version: e.currentTarget.value })} />
        </label>
      </div>
      <Problems problems={problems} />
      <p class="buttons">
        <button
          type="button"
          disabled={disabled}
          onClick={() => {
            downloadPack(data.name, data.version, data);
            setStatus(t('builderExported', exportFileName(data.name, data.version)));
          }}
        >
          {t('builderExportJson')}
        </button>
        <button
          type="button"
          disabled={disabled}
          onClick={() => {
            const name = zipFileName(data.name, data.version);
            downloadBytes(packZip(data), name, 'application/zip');
            setStatus(t('builderExported', name));
          }}
        >
          {t('builderExportZip')}
        </button>
      </p>
      {blocked && <p class="error">{t('builderBlocked')}</p>}

      <h3>{t('builderAddHeading')}</h3>
      {packs.length === 0 ? (
        <p class="muted">{t('builderAddNoPacks')}</p>
      ) : (
        <>
          <div class="fields">
            <label>
              {t('builderAddPack')}
              <select
                aria-label={t('builderAddPack')}
                value={target}
                onChange={(e) => {
                  setTarget(e.currentTarget.value);
                  setTargetVersion('');
                }}
              >
                <option value="">{t('builderAddChoose')}</option>
                {packs.map((p) => (
                  <option key={p.name} value={p.name}>
                    {`${p.name} ${p.version}`}
                  </option>
                ))}
              </select>
            </label>
            {chosen && (
              <label>
                {t('builderAddVersion')}
                <input value={targetVersion || chosen.version} onInput={(e) => setTargetVersion(e.currentTarget.value)} />
              </label>
            )}
          </div>
          {chosen && added && (
            <p data-testid="builder-add-change">
              {plural(
                t,
                lang,
                added.replaces ? 'builderAddChangeReplace' : 'builderAddChangeAdd',
                chosen.pack.rules.length - (added.replaces ? 1 : 0),
                [(entry.frontMatter as { id: string }).id, chosen.name],
              )}{' '}
              {added.version === chosen.version
                ? t('builderAddVersionSame', chosen.version)
                : t('builderAddVersionChange', [chosen.version, added.version])}
            </p>
          )}
          <Problems problems={addProblems} />
          {moreConflicts > 0 && (
            <p class="error" data-testid="builder-add-conflicts">
              {plural(t, lang, 'builderAddConflicts', moreConflicts)}
            </p>
          )}
          <p class="buttons">
            <button
              type="button"
              disabled={
                !chosen || blocked || !known || moreConflicts > 0 || problems.some((p) => p.file !== '(pack)') || !added?.checked.ok
              }
              onClick={save}
            >
              {t('builderAddButton')}
            </button>
          </p>
        </>
      )}
      {status && (
        <p role="status" data-testid="builder-status">
          {status}
        </p>
      )}
    </fieldset>
  );
}
