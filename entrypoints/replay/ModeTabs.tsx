import { useRef } from 'preact/hooks';
import type { MessageKey } from '../../src/i18n';
import { useI18n } from '../../src/i18n/preact';

export type Mode = 'file' | 'screens';
const MODES: readonly { mode: Mode; label: MessageKey }[] = [
  { mode: 'file', label: 'galleryTabFile' },
  { mode: 'screens', label: 'galleryTabScreens' },
];

export const tabId = (mode: Mode) => `tab-${mode}`;
export const panelId = (mode: Mode) => `panel-${mode}`;

/**
 * The replay page's two ways in, as ARIA tabs: one tab stop (the selected tab), arrow keys, Home
 * and End move between them and select (automatic activation: switching is instant and cheap).
 */
export function ModeTabs({ mode, onChange }: { mode: Mode; onChange: (mode: Mode) => void }) {
  const { t } = useI18n();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const go = (i: number) => {
    const next = MODES[(i + MODES.length) % MODES.length]!;
    onChange(next.mode);
    refs.current[MODES.indexOf(next)]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('galleryModesLabel')} class="tabs">
      {MODES.map((m, i) => (
        <button
          key={m.mode}
          ref={(el) => void (refs.current[i] = el)}
          type="button"
          role="tab"
          id={tabId(m.mode)}
          aria-selected={m.mode === mode}
          aria-controls={panelId(m.mode)}
          tabIndex={m.mode === mode ? 0 : -1}
          data-testid={`gallery-tab-${m.mode}`}
          onClick={() => onChange(m.mode)}
          onKeyDown={(e) => {
            const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: MODES.length - 1 }[e.key];
            if (to === undefined) return;
            e.preventDefault();
            go(to);
          }}
        >
          {t(m.label)}
        </button>
      ))}
    </div>
  );
}
