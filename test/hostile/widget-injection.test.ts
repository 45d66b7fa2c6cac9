/**
 * Script injection against the widget in real Chromium, on a host page with
 * no Content-Security-Policy (so only the widget's own escaping protects
 * it): hostile `data-*` attributes, hostile user text, and a server whose
 * answer text, quick replies and links are all payloads. Nothing may run.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, Reply } from '../../src/engine/types.ts';
import { startHarness, type Harness } from '../server/harness.ts';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const RUN = 'window.__pwned=(window.__pwned||0)+1';
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"></svg>`,
  `"><iframe srcdoc="<script>parent.${RUN}</script>">`,
  `[click me](javascript:${RUN})`,
  `[data](data:text/html,<script>${RUN}</script>)`,
  `![x](x" onerror="${RUN})`,
  `<a href="javascript:${RUN}">a</a>`,
  `**bold <b onmouseover="${RUN}">x</b>**`,
  `\`<style>*{background:url(javascript:${RUN})}</style>\``,
];

/** The real engine, except that a question starting with HOSTILE gets a reply made of payloads. */
function hostileEngine(real: Engine): Engine {
  return {
    async handle(message) {
      if (!message.text.startsWith('HOSTILE')) return real.handle(message);
      const reply: Reply = {
        markdown: PAYLOADS.join('\n\n'),
        text: PAYLOADS.join('\n'),
        suggestions: PAYLOADS.slice(0, 4).map((p) => ({ label: p, value: `HOSTILE ${p}` })),
        links: [{ label: PAYLOADS[1]!, url: `javascript:${RUN}` }, { label: 'ok', url: `data:text/html,<script>${RUN}</script>` }],
        intent: `<img src=x onerror="${RUN}">`,
        confidence: 1,
        slots: {},
        lang: 'zh',
        flags: { fallback: false, clarify: false, handoff: false, pii: false },
      };
      return reply;
    },
  };
}

let h: Harness;
let host: Server;
let hostUrl: string;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: '0' }, wrap: hostileEngine });
  const attr = (v: string) => v.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const page = `<!doctype html><html><head><meta charset="utf-8"></head><body><p>Shop</p>
<script src="${h.base}/widget.js" data-endpoint="${attr(`javascript:${RUN}//`)}" data-title="${attr(`"><img src=x onerror="${RUN}">`)}"
 data-color="${attr(`red;background:url(javascript:${RUN})`)}" data-z-index="${attr(`1;}</style><script>${RUN}</script>`)}"
 data-position="${attr(`left" onload="${RUN}`)}" data-lang="${attr(`<svg onload=${RUN}>`)}"></script></body></html>`;
  host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
  await h?.close();
});

const bot = (page: Page) => page.locator('icp-sms-bot .msg.bot:not(.typing) .bubble');

/** Elements and attributes inside the widget's shadow root that could run script. */
const dangerous = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('icp-sms-bot')?.shadowRoot;
    if (!root) return ['no widget'];
    const found: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'img', 'svg', 'object', 'embed'].includes(tag)) found.push(tag);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
        if (/^(href|src|action|formaction)$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) found.push(`${tag}[${a.name}=${a.value}]`);
      }
    }
    return found;
  });

describe('widget injection in Chromium', () => {
  it('runs no script from data-* attributes, user text, answer text, quick replies or links', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(hostUrl);
    const launcher = page.getByRole('button', { name: /在线客服/ });
    await launcher.click();
    const box = page.getByRole('textbox', { name: '输入您的问题' });
    // The widget's own icons are SVG: whatever is there before any message is the baseline.
    const baseline = await dangerous(page);
    expect(baseline.filter((f) => f !== 'svg')).toEqual([]);

    await box.fill(`${PAYLOADS.join(' ')}`);
    await box.press('Enter');
    await bot(page).nth(1).waitFor();
    expect(await page.locator('icp-sms-bot .msg.user .bubble').last().textContent()).toBe(PAYLOADS.join(' '));

    await box.fill('HOSTILE show me');
    await box.press('Enter');
    await bot(page).nth(2).waitFor();
    const answer = (await bot(page).nth(2).textContent()) ?? '';
    expect(answer).toContain('<script>');
    const quick = page.getByRole('group', { name: '快捷回复' }).getByRole('button');
    expect(await quick.count()).toBe(4);
    expect(await quick.first().textContent()).toBe(PAYLOADS[0]);
    await quick.nth(1).click();
    await bot(page).nth(3).waitFor();

    // Hover and click everything clickable inside the answers.
    const clickable = page.locator('icp-sms-bot .bubble a, icp-sms-bot .bubble b, icp-sms-bot .bubble strong');
    for (let i = 0; i < (await clickable.count()); i += 1) {
      await clickable.nth(i).hover();
      await clickable.nth(i).click({ modifiers: ['Shift'] }).catch(() => undefined);
    }
    await page.waitForTimeout(500);

    expect(await dangerous(page)).toEqual(baseline);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // The endpoint fell back to the script's origin and the chat worked.
    expect(await bot(page).count()).toBeGreaterThanOrEqual(4);
    await context.close();
  }, 60_000);
});
