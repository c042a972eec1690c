import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../src/i18n/preact';
import {
  EMPTY_POLICY,
  readManagedPolicy,
  watchManagedPolicy,
  type LockedSetting,
  type ManagedPolicy,
} from '../../src/settings/policy/managed';

/** The organisation's policy (storage.managed), live: an administrator's change shows without a reload. */
export function useManagedPolicy(): ManagedPolicy {
  const [policy, setPolicy] = useState<ManagedPolicy>(EMPTY_POLICY);
  useEffect(() => {
    let live = true;
    const read = () => void readManagedPolicy().then((p) => live && setPolicy(p));
    read();
    const off = watchManagedPolicy(read);
    return () => {
      live = false;
      off();
    };
  }, []);
  return policy;
}

/** The id of a locked setting's note, for `aria-describedby`. */
export const lockedNoteId = (key: LockedSetting): string => `policy-${key.replace('.', '-')}`;

/**
 * What a control needs when the policy may lock it: `disabled`, and its description ids (its own
 * help, plus the "Set by your organisation" note when locked).
 */
export function lockProps(
  policy: ManagedPolicy,
  key: LockedSetting,
  ...help: string[]
): { disabled: boolean; 'aria-describedby'?: string } {
  const locked = policy.locked.includes(key);
  const ids = locked ? [...help, lockedNoteId(key)] : help;
  return { disabled: locked, ...(ids.length > 0 && { 'aria-describedby': ids.join(' ') }) };
}

/** "Set by your organisation", beside a locked control (nothing when the setting is the person's). */
export function LockedNote({ policy, setting }: { policy: ManagedPolicy; setting: LockedSetting }) {
  const { t } = useI18n();
  if (!policy.locked.includes(setting)) return null;
  return (
    <p id={lockedNoteId(setting)} class="locked">
      {t('policyLocked')}
    </p>
  );
}

/** The values of the policy that were ignored, and why (technical text, in English). */
export function PolicyProblems({ policy }: { policy: ManagedPolicy }) {
  const { t } = useI18n();
  if (policy.problems.length === 0) return null;
  return (
    <div class="policy-problems" role="note" aria-labelledby="policy-problems-heading">
      <p id="policy-problems-heading">{t('policyProblems')}</p>
      <ul lang="en">
        {policy.problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
