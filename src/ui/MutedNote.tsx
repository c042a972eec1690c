import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/preact';
import { getSettings, updateSettings, watchSettings } from '../settings/store';

/** The recognised topic is muted in settings: say so, and unmute it here (settings change live everywhere). */
export function MutedNote({ topic }: { topic: string }) {
  const { t } = useI18n();
  const [muted, setMuted] = useState(false);
  useEffect(() => {
    const follow = (s: { mutedTopics: readonly string[] }) => setMuted(s.mutedTopics.includes(topic));
    void getSettings().then(follow);
    return watchSettings(follow);
  }, [topic]);
  if (!muted) return null;
  const unmute = () => void getSettings().then((s) => updateSettings({ mutedTopics: s.mutedTopics.filter((id) => id !== topic) }));
  return (
    <p class="notice muted-note">
      {t('panelMuted')}{' '}
      <button type="button" class="link" onClick={unmute}>
        {t('panelUnmute')}
      </button>
    </p>
  );
}
