/**
 * Manifest and bundle audit: permissions are exactly `storage` and `sidePanel`
 * plus the four hosts; no remote code (every script is a packaged file, nothing evaluates strings,
 * nothing loads from the network); the default extension CSP (no `content_security_policy` key);
 * `storage.managed_schema` for enterprise policy (src/settings/policy).
 * Reads the build the e2e suite loads, and asks the running extension what it was granted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from './fixtures';

const HOSTS = ['https://www.instagram.com/*', 'https://accountscenter.instagram.com/*', 'https://x.com/*', 'https://twitter.com/*'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test.describe('manifest', () => {
  test('permissions are exactly storage and sidePanel plus the four hosts; default CSP', async ({ extensionDir }) => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions as string[])].sort()).toEqual(['sidePanel', 'storage']);
    expect([...(manifest.host_permissions as string[])].sort()).toEqual([...HOSTS].sort());
    // Nothing that widens access or loosens the default CSP.
    for (const key of [
      'optional_permissions',
      'optional_host_permissions',
      'content_security_policy',
      'externally_connectable',
      'web_accessible_resources',
      'sandbox',
      'update_url',
      'oauth2',
      'key',
    ]) {
      expect(manifest, `manifest has ${key}`).not.toHaveProperty(key);
    }
    // Content scripts only on the four hosts.
    for (const cs of manifest.content_scripts as { matches: string[] }[]) expect([...cs.matches].sort()).toEqual([...HOSTS].sort());
    // Enterprise policy: the managed-storage schema (a file in the package; it grants nothing).
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(JSON.parse(readFileSync(join(extensionDir, 'managed-schema.json'), 'utf8'))).toMatchObject({ type: 'object' });
  });

  test('the running extension was granted exactly those permissions', async ({ ext }) => {
    const granted = await (await ext.probe()).evaluate(async () => chrome.permissions.getAll());
    expect([...(granted.permissions ?? [])].sort()).toEqual(['sidePanel', 'storage']);
    expect([...(granted.origins ?? [])].sort()).toEqual([...HOSTS].sort());
  });

  test('no remote code: only packaged scripts, no eval or Function, no network loads', async ({ extensionDir }) => {
    const files = filesUnder(extensionDir);
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      const name = relative(extensionDir, file);
      if (/\beval\s*\(/.test(code)) problems.push(`${name}: eval(`);
      if (/\bnew\s+Function\s*\(|[^.\w$]Function\s*\(\s*["'`]/.test(code)) problems.push(`${name}: Function constructor`);
      if (/\bimportScripts\s*\(/.test(code)) problems.push(`${name}: importScripts`);
      if (/\bimport\s*\(\s*["'`]https?:/.test(code)) problems.push(`${name}: import() of a URL`);
      if (/\b(?:fetch|sendBeacon)\s*\(\s*["'`]https?:/.test(code)) problems.push(`${name}: fetch of a URL`);
      if (/new\s+(?:WebSocket|EventSource)\s*\(/.test(code)) problems.push(`${name}: socket`);
      if (/setTimeout\s*\(\s*["'`]|setInterval\s*\(\s*["'`]/.test(code)) problems.push(`${name}: string timer`);
    }
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const name = relative(extensionDir, file);
      for (const [, src] of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)) {
        if (/^(?:[a-z]+:)?\/\//i.test(src!)) problems.push(`${name}: loads ${src}`);
      }
      if (/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/.test(html)) problems.push(`${name}: inline script`);
    }
    expect(problems).toEqual([]);
  });
});
