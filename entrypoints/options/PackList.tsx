import { useI18n } from '../../src/i18n/preact';
import { downloadPack } from '../../src/packs/export';
import type { ScreenCheck } from '../../src/packs/screen-check';
import type { PackStatus } from '../../src/packs/state';
import type { LoadedPack } from '../../src/packs/store';
import { refusedHeading } from './ImportStatus';
import { PackProblems } from './PackProblems';
import { ScreenEffects } from './ScreenEffects';

/** A policy's pack as the settings page has it: its state from the background, its data from the policy, and what it does to the bundled screens once checked. */
export interface PolicyRow {
  status: PackStatus;
  data: unknown;
  effects: ScreenCheck | null;
  titles: ReadonlyMap<string, string>;
}

interface Props {
  stored: readonly LoadedPack[];
  /** The background's word on each pack (an imported pack an earlier version stored may be refused). */
  states: readonly PackStatus[];
  policy: readonly PolicyRow[];
  onEnabled(name: string, on: boolean): void;
  onRemove(name: string): void;
}

/**
 * The packs: the person's, with on/off, Export and Remove; the organisation's (always on, export
 * only), each said to change what the bundled screens recognise when it does; then every pack that
 * is not in use, with its problems. Rendering reads only checked data: a pack that failed its
 * checks is listed by name with its problems, never rendered from its contents.
 */
export function PackList({ stored, states, policy, onEnabled, onRemove }: Props) {
  const { t, lang } = useI18n();
  const stateOf = (name: string) => states.find((s) => s.origin === 'imported' && s.name === name);
  const inUse = policy.filter((p) => p.status.state === 'on');
  const refused = [
    ...states.filter((s) => s.origin === 'imported' && s.state === 'refused' && stored.some((p) => p.name === s.name)),
    ...policy.filter((p) => p.status.state === 'refused').map((p) => p.status),
  ];
  if (stored.length === 0 && policy.length === 0) return <p class="help">{t('packsNone')}</p>;
  return (
    <>
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
          {stored.map((p) => (
            <tr key={`imported:${p.name}`} data-pack={p.name} data-origin="imported" data-state={stateOf(p.name)?.state}>
              <th scope="row">{p.name}</th>
              <td>{p.version}</td>
              <td>{p.pack.rules.length}</td>
              <td>{t('packsSourceImported')}</td>
              <td>
                <input
                  type="checkbox"
                  checked={p.enabled}
                  aria-label={t('packsEnabledLabel', p.name)}
                  onChange={(e) => onEnabled(p.name, e.currentTarget.checked)}
                />
              </td>
              <td class="actions-cell">
                <button type="button" aria-label={t('packsExportLabel', p.name)} onClick={() => downloadPack(p.name, p.version, p.data)}>
                  {t('packsExport')}
                </button>
                <button type="button" aria-label={t('packsRemoveLabel', p.name)} onClick={() => onRemove(p.name)}>
                  {t('packsRemove')}
                </button>
              </td>
            </tr>
          ))}
          {inUse.map(({ status, data, effects, titles }) => (
            <tr key={`organisation:${status.index}`} data-pack={status.name} data-origin="organisation" data-state={status.state}>
              <th scope="row">{status.name}</th>
              <td>{status.version}</td>
              <td>{status.topics}</td>
              <td>{t('packsSourceOrganisation')}</td>
              <td>
                <input type="checkbox" checked disabled aria-label={t('packsEnabledLabel', status.name)} />
              </td>
              <td class="actions-cell">
                <button
                  type="button"
                  aria-label={t('packsExportLabel', status.name)}
                  onClick={() => downloadPack(status.name, status.version, data)}
                >
                  {t('packsExport')}
                </button>
                {effects && effects.conflicts.length > 0 && (
                  <div class="problems" data-testid="policy-pack-changes">
                    <p>{t('packsPolicyChanges', status.name)}</p>
                    <ScreenEffects check={effects} titles={titles} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {refused.map((s) => (
        <PackProblems
          key={`${s.origin}:${s.index}`}
          heading={refusedHeading(t, lang, s.origin, s.name, s.problems.length)}
          errors={s.problems}
        />
      ))}
    </>
  );
}
