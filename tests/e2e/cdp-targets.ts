import { expect, type BrowserContext, type Page } from '@playwright/test';

// The extension's own targets, through the DevTools protocol, which sees what Playwright does not:
// the real side panel (an unattached target) and the service worker's life. Each takes `probe`, an
// extension page to open the CDP session on (opening or closing a tab would be an event that wakes
// the worker).

const isOurWorker = (extensionId: string) => (t: { type: string; url: string }) =>
  t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`);

/** Evaluates `expression` in the open side panel (not a panel opened as a tab); undefined when none is open. */
export async function evaluateInSidePanel(context: BrowserContext, probe: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await context.newCDPSession(probe);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const panel = targetInfos.find(
      (t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${extensionId}/sidepanel.html`) && !t.url.includes('?tab='),
    );
    if (!panel) return undefined;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
    const reply = new Promise<unknown>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (message.id === 1) resolve(message.result?.result?.value);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    });
    const value = await reply;
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Stops the service worker, as Chrome's idle timer would. */
export async function stopServiceWorker(context: BrowserContext, probe: Page, extensionId: string): Promise<void> {
  // Close the worker's target until CDP no longer lists it. (Playwright keeps the Worker object and emits no 'close' for this.) A close can be
  // lost, or an event still on its way (a storage change the worker listens to) can start the
  // worker again under the same target: so each look that still finds it closes it again.
  const cdp = await context.newCDPSession(probe);
  const ours = async () => (await cdp.send('Target.getTargets')).targetInfos.filter(isOurWorker(extensionId));
  await expect
    .poll(
      async () => {
        const running = await ours();
        for (const t of running) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
        return running.length;
      },
      { message: 'service worker stopped', timeout: 15_000 },
    )
    .toBe(0);
  await cdp.detach();
}

/** Whether the service worker is running now. */
export async function serviceWorkerRunning(context: BrowserContext, probe: Page, extensionId: string): Promise<boolean> {
  const cdp = await context.newCDPSession(probe);
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos.some(isOurWorker(extensionId));
}
