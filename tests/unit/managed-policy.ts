import { fakeBrowser } from 'wxt/testing/fake-browser';

/** What an administrator's policy puts in storage.managed (fakeBrowser's managed area is writable). */
export const setPolicy = (policy: Record<string, unknown>) => fakeBrowser.storage.managed.set(policy);
