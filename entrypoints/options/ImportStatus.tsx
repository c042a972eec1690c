import { plural } from '../../src/i18n';
import { useI18n } from '../../src/i18n/preact';
import type { ImportOutcome } from '../../src/packs/import';
import type { ScreenCheck } from '../../src/packs/screen-check';
import type { StoredPack } from '../../src/packs/store';
import type { PackProblem } from '../../src/packs/validate';
import { PackProblems } from './PackProblems';
import { ScreenEffects, titlesOf } from './ScreenEffects';

export type ImportOk = Extract<ImportOutcome, { ok: true }>;
export type Removed = { pack: StoredPack; index: number };

/** Where an import (or the last action on the list) stands. */
export type Status =
  | { key: 'refused'; file: string; errors: PackProblem[] }
  | { key: 'checking'; name: string }
  | { key: 'review'; outcome: ImportOk; check: ScreenCheck }
  | { key: 'imported'; name: string; version: string; added: number; overridden: number; replaced: string | null }
  | { key: 'cancelled'; name: string }
  | { key: 'screens-failed'; name: string; error: string }
  | { key: 'removed'; removed: Removed }
  | { key: 'failed'; error: string }
  | null;

interface Props {
  status: Status;
  onUndo(removed: Removed): void;
  onConfirm(outcome: ImportOk): void;
  onCancel(outcome: ImportOk): void;
}

/**
 * The outcome of the last import: every problem of a refused pack; a pack that changes what the
 * bundled screens recognise, shown before anything is stored, with "Import anyway" and "Don't
 * import"; or one line (imported, removed with Undo, cancelled, failed).
 */
export function ImportStatus({ status, onUndo, onConfirm, onCancel }: Props) {
  const { t, lang } = useI18n();
  if (status?.key === 'refused') {
    return (
      <div role="alert">
        <PackProblems heading={plural(t, lang, 'packsRefused', status.errors.length, [status.file])} errors={status.errors} />
      </div>
    );
  }
  if (status?.key === 'review') {
    const { pack } = status.outcome;
    return (
      <div class="review" role="alert" data-testid="pack-review">
        <p>
          <strong>{t('packsReviewHeading', [pack.name, pack.version])}</strong>
        </p>
        <ScreenEffects check={status.check} titles={titlesOf(pack.rules)} />
        <p class="actions">
          <button type="button" onClick={() => onConfirm(status.outcome)}>
            {t('packsImportAnyway')}
          </button>
          <button type="button" onClick={() => onCancel(status.outcome)}>
            {t('packsImportCancel')}
          </button>
        </p>
      </div>
    );
  }
  return (
    <p class="result" aria-live="polite">
      {status?.key === 'checking' && t('packsChecking', status.name)}
      {status?.key === 'imported' && (
        <>
          {`${t('packsImported', [status.name, status.version])} ${plural(t, lang, 'packsImportedNew', status.added)}, ${plural(t, lang, 'packsImportedReplacing', status.overridden)}.`}
          {status.replaced !== null && ` ${t('packsReplaced', status.replaced)}`}
        </>
      )}
      {status?.key === 'cancelled' && t('packsImportCancelled', status.name)}
      {status?.key === 'screens-failed' && t('packsScreensFailed', [status.name, status.error])}
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

/** The heading of a refused pack's problems, counted properly in the interface language. */
export const refusedHeading = (
  t: ReturnType<typeof useI18n>['t'],
  lang: string,
  origin: 'imported' | 'organisation',
  name: string,
  count: number,
): string => plural(t, lang, origin === 'organisation' ? 'packsPolicyNotInUse' : 'packsStoredNotInUse', count, [name]);
