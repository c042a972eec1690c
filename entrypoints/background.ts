export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as { type?: string; matches?: { id: string }[] };
    if (m?.type !== 'recognised' || !sender.tab?.id) return;
    const top = m.matches?.[0];
    void browser.action.setBadgeText({ tabId: sender.tab.id, text: top ? '!' : '' });
  });
});
