import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEV_DIRECTORY_PASSWORD } from '@lz/dev-directory';
import { CHROMIUM, CHROMIUM_ARGS } from '../harness/headless-chromium';

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'tmp', 'screenshots');

/**
 * Debian's Chromium, headless, with the flags that keep it off the network it cannot reach. `launch`
 * gives every run a fresh temporary profile and every `newContext` its own cookies.
 */
export function launchChromium(): Promise<Browser> {
  // The browser's own words (date fields, file fields) follow LANGUAGE, given Debian's chromium-l10n.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, LANGUAGE: 'zh_CN' },
  });
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core on the page as it is now (WCAG 2.1 A/AA rules): the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** The portal's message keys, read from its two Chinese message files (an app is not imported here). */
const MESSAGE_KEYS = new Set(
  ['messages.zh-CN.ts', 'messages.workspace.zh-CN.ts'].flatMap((file) =>
    [
      ...readFileSync(path.resolve(__dirname, '../../apps/portal/src/i18n', file), 'utf8').matchAll(
        /^ {2}'([^']+)':/gm,
      ),
    ].map((m) => m[1]),
  ),
);

/**
 * Message keys shown as text (outside quoted code): the portal's translator shows a key whose
 * strings have not been loaded as the key itself (i18n/translate.ts) — a page that reached for a
 * workspace string before i18n/workspace.ts registered them.
 */
export async function untranslatedKeys(page: Page): Promise<string[]> {
  // Code the page quotes (an audit row's action, e.g. `preliminary.decided`) is not a message.
  const text = (await page.evaluate(`(() => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll('code, pre, script, style').forEach((n) => n.remove());
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const parts = [];
    while (walker.nextNode()) parts.push(walker.currentNode.nodeValue);
    return parts.join(' ');
  })()`)) as string;
  return [...new Set(text.match(/[a-zA-Z][\w]*(?:\.[\w]+)+/g) ?? [])].filter((word) =>
    MESSAGE_KEYS.has(word),
  );
}

/**
 * A full-page screenshot at tmp/screenshots/<name>.png (look at them: boxes instead of Chinese are a
 * defect). Fails when the page shows an untranslated message key.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const keys = await untranslatedKeys(page);
  if (keys.length > 0) throw new Error(`${name}: untranslated message keys on the page: ${keys.join(', ')}`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** On the development issuer's login page (Chinese, apps/identity): types the seeded account and submits. */
export async function fillIssuerLogin(page: Page, username: string): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEV_DIRECTORY_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
}
