/**
 * The widget in real Chromium (playwright-core + Debian's chromium) against
 * the real server and engine: the demo page, the launcher, a pasted MIIT
 * prompt, the Table C dialog through quick replies, history after reload,
 * HTML in user text shown as text, feedback, a stopped server, and a 360 px
 * phone. Screenshots go to artifacts/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../server/harness.ts';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
const SMS_FAILED = '尊敬的ICP用户：您的短信核验失败，请您重新验证。';
const XSS = '<img src=x onerror=alert(1)>';
const ARTIFACTS = 'artifacts';

let browser: Browser;
let h: Harness;

/** A fresh context (own localStorage) and page, with console errors collected. */
async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

const launcher = (page: Page) => page.getByRole('button', { name: /在线客服/ });
const textbox = (page: Page) => page.getByRole('textbox', { name: '输入您的问题' });
const botBubbles = (page: Page) => page.locator('icp-sms-bot .msg.bot:not(.typing) .bubble');
const userBubbles = (page: Page) => page.locator('icp-sms-bot .msg.user .bubble');

/** Opens the demo page and the widget. */
async function openWidget(page: Page, base = h.base): Promise<void> {
  await page.goto(`${base}/`);
  await launcher(page).click();
  await expect.poll(() => textbox(page).isVisible()).toBe(true);
}

/** Types a message, sends it with Enter and waits for the next answer. */
async function send(page: Page, text: string): Promise<string> {
  const before = await botBubbles(page).count();
  await textbox(page).fill(text);
  await textbox(page).press('Enter');
  await botBubbles(page).nth(before).waitFor();
  return (await botBubbles(page).nth(before).textContent()) ?? '';
}

/** The id of the element focused inside the widget's shadow root. */
const focusedInWidget = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('icp-sms-bot')?.shadowRoot?.activeElement;
    return active ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}.${active.className}` : '';
  });

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: '200', HANDOFF_URL: 'https://example.com/support' } });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe('chat widget in Chromium', { timeout: 60_000 }, () => {
  it('opens from the launcher with the keyboard and gives the next step for a pasted MIIT prompt', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${h.base}/`);
    await expect.poll(() => launcher(page).isVisible()).toBe(true);
    await launcher(page).focus();
    await page.keyboard.press('Enter');
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
    expect(await focusedInWidget(page)).toContain('textarea#input');

    const log = page.getByRole('log');
    expect(await log.getAttribute('aria-live')).toBe('polite');

    await page.keyboard.insertText(SMS_FAILED);
    await page.keyboard.press('Enter');
    await botBubbles(page).nth(1).waitFor();
    const answer = (await botBubbles(page).nth(1).textContent()) ?? '';
    expect(answer).toContain('重新提交备案');
    expect(await botBubbles(page).nth(1).locator('strong').count()).toBeGreaterThan(0);
    expect(await userBubbles(page).last().textContent()).toBe(SMS_FAILED);

    // Shift+Enter is a new line, not a send.
    await page.keyboard.type('第一行');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('第二行');
    expect(await textbox(page).inputValue()).toBe('第一行\n第二行');
    expect(await userBubbles(page).count()).toBe(1);

    await page.screenshot({ path: `${ARTIFACTS}/widget-desktop.png` });
    await page.keyboard.press('Escape');
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    expect(await focusedInWidget(page)).toContain('launcher');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows a quick reply through the Table C dialog', async () => {
    const { context, page } = await newPage();
    await openWidget(page);
    // Slow the first answer down so the typing indicator can be seen.
    await page.route('**/api/chat', async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    }, { times: 1 });
    const typing = page.locator('icp-sms-bot .typing');
    await textbox(page).fill('首次备案谁需要核验');
    await textbox(page).press('Enter');
    await expect.poll(() => typing.isVisible()).toBe(true);
    await botBubbles(page).nth(1).waitFor();
    expect(await typing.isVisible()).toBe(false);
    const question = (await botBubbles(page).nth(1).textContent()) ?? '';
    expect(question).toMatch(/[?？]/);
    const scope = page.getByRole('group', { name: '快捷回复' }).getByRole('button', { name: '网站服务', exact: true });
    await scope.click();
    await botBubbles(page).nth(2).waitFor();
    const answer = (await botBubbles(page).nth(2).textContent()) ?? '';
    expect(answer).toContain('备案主体负责人');
    expect(answer).toContain('网站负责人');
    expect(await userBubbles(page).last().textContent()).toBe('网站服务');
    expect(await focusedInWidget(page)).toContain('textarea#input');
    await context.close();
  });

  it('shows the history again after a reload and keeps the same conversation', async () => {
    const { context, page } = await newPage();
    await openWidget(page);
    await send(page, '首次备案谁需要核验');
    await page.reload();
    await launcher(page).click();
    expect(await userBubbles(page).first().textContent()).toBe('首次备案谁需要核验');
    expect(await botBubbles(page).count()).toBe(1);
    // The restored quick replies continue the same server-side dialog.
    await page.getByRole('button', { name: 'App服务', exact: true }).click();
    await botBubbles(page).nth(1).waitFor();
    expect(await botBubbles(page).nth(1).textContent()).toContain('备案主体负责人');
    await context.close();
  });

  it('shows HTML typed by the user as text and runs none of it', async () => {
    const { context, page } = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openWidget(page);
    await send(page, XSS);
    expect(await userBubbles(page).last().textContent()).toBe(XSS);
    expect(await page.locator('icp-sms-bot img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('renders links safely and sends 👍 feedback to the server', async () => {
    const { context, page } = await newPage();
    await openWidget(page);
    await send(page, '转人工');
    const link = botBubbles(page).last().getByRole('link');
    expect(await link.getAttribute('href')).toBe('https://example.com/support');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    const feedback = page.waitForResponse((r) => r.url().endsWith('/api/feedback'));
    await page.getByRole('button', { name: '有帮助' }).last().click();
    expect((await feedback).status()).toBe(200);
    expect(await page.getByRole('button', { name: '有帮助' }).last().getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('works on another site whose CSS would break it, in English, on the left', async () => {
    const { context, page, errors } = await newPage({ locale: 'en-US' });
    const host = `<!doctype html><html><head><style>button{display:none!important}div,section,p{background:red!important;font-size:40px!important;color:red!important}</style></head>
      <body><p>Shop</p><script src="${h.base}/widget.js" data-endpoint="${h.base}" data-position="left" data-color="#0a7d32" data-z-index="99"></script></body></html>`;
    // Another origin (its own port): the widget's script and requests are cross-origin.
    const shop = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(host));
    await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
    await page.goto(`http://127.0.0.1:${(shop.address() as AddressInfo).port}/`);
    const help = page.getByRole('button', { name: /Help/ });
    await help.click();
    const box = page.getByRole('textbox', { name: 'Your question' });
    expect(await box.isVisible()).toBe(true);
    const size = await botBubbles(page).first().evaluate((el) => getComputedStyle(el).fontSize);
    expect(size).toBe('14px');
    const launcherBox = await help.boundingBox();
    expect(launcherBox?.x).toBeLessThan(100);
    await box.fill('I did not receive the verification SMS');
    await box.press('Enter');
    await botBubbles(page).nth(1).waitFor();
    expect(await botBubbles(page).nth(1).textContent()).toMatch(/SMS/);
    expect(errors).toEqual([]);
    await context.close();
    shop.close();
  });

  it('fits a 360 px wide phone', async () => {
    const { context, page } = await newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await openWidget(page);
    await send(page, '没收到核验短信怎么办');
    const panel = await page.getByRole('dialog').boundingBox();
    expect(panel?.width).toBeLessThanOrEqual(360);
    expect(panel?.width).toBeGreaterThanOrEqual(340);
    const sendButton = await page.getByRole('button', { name: '发送', exact: true }).boundingBox();
    expect((sendButton?.x ?? 999) + (sendButton?.width ?? 0)).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${ARTIFACTS}/widget-360.png` });
    await context.close();
  });

  it('says clearly when the server is unreachable, and retry works once it is back', async () => {
    const own = await startHarness();
    const port = Number(new URL(own.base).port);
    const { context, page } = await newPage();
    await openWidget(page, own.base);
    await own.close();
    await textbox(page).fill('没收到核验短信怎么办');
    await textbox(page).press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('暂时无法连接客服服务');
    expect(await userBubbles(page).last().textContent()).toBe('没收到核验短信怎么办');

    const again = await startHarness({ port });
    try {
      await alert.getByRole('button', { name: '重试' }).click();
      await botBubbles(page).nth(1).waitFor();
      expect(await botBubbles(page).nth(1).textContent()).toContain('重发');
      expect(await alert.isVisible()).toBe(false);
    } finally {
      await context.close();
      await again.close();
    }
  });
});
