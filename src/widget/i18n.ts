/**
 * The widget's own words, in Chinese and English. The launcher's accessible
 * name contains 在线客服 or Help so people (and tests) can find it.
 *
 * @example
 *   STRINGS.zh.launcher // '在线客服'
 */
import type { WidgetLang } from './options.ts';

/** Every text the widget shows by itself. */
export interface WidgetStrings {
  launcher: string;
  launcherLabel: string;
  title: string;
  close: string;
  log: string;
  inputLabel: string;
  placeholder: string;
  send: string;
  typing: string;
  quickReplies: string;
  welcome: string;
  starters: Array<{ label: string; value: string }>;
  offline: string;
  timeout: string;
  rateLimited: (seconds: number) => string;
  serverError: string;
  retry: string;
  helpful: string;
  notHelpful: string;
  thanks: string;
  you: string;
  bot: string;
}

/** Strings by language. */
export const STRINGS: Record<WidgetLang, WidgetStrings> = {
  zh: {
    launcher: '在线客服',
    launcherLabel: '在线客服：短信核验助手',
    title: '短信核验助手',
    close: '关闭对话',
    log: '对话记录',
    inputLabel: '输入您的问题',
    placeholder: '粘贴系统提示或输入问题',
    send: '发送',
    typing: '正在输入…',
    quickReplies: '快捷回复',
    welcome: '您好，我是短信核验助手。可以直接粘贴工信部备案管理系统显示的提示，或选择下面的问题：',
    starters: [
      { label: '没收到核验短信', value: '没收到核验短信怎么办' },
      { label: '谁需要短信核验', value: '谁需要进行短信核验' },
      { label: '如何重发短信', value: '如何重发核验短信' },
    ],
    offline: '暂时无法连接客服服务，请检查网络后重试。',
    timeout: '客服服务响应超时，请稍后重试。',
    rateLimited: (s) => `发送太频繁了，请 ${s} 秒后重试。`,
    serverError: '客服服务暂时出现问题，请稍后重试。',
    retry: '重试',
    helpful: '有帮助',
    notHelpful: '没有帮助',
    thanks: '感谢反馈',
    you: '我',
    bot: '助手',
  },
  en: {
    launcher: 'Help',
    launcherLabel: 'Help: SMS verification assistant',
    title: 'SMS verification help',
    close: 'Close chat',
    log: 'Conversation',
    inputLabel: 'Your question',
    placeholder: 'Paste the MIIT system message or ask a question…',
    send: 'Send',
    typing: 'Typing…',
    quickReplies: 'Quick replies',
    welcome: 'Hello! I help with the SMS verification step of your ICP filing. Paste what the MIIT system showed, or pick a question:',
    starters: [
      { label: "I didn't get the SMS", value: "I didn't receive the verification SMS" },
      { label: 'Who has to verify?', value: 'Who has to do the SMS verification?' },
      { label: 'Resend the SMS', value: 'How do I resend the verification SMS?' },
    ],
    offline: 'Cannot reach the help service right now. Check your connection and retry.',
    timeout: 'The help service took too long to answer. Please retry.',
    rateLimited: (s) => `Too many messages. Please retry in ${s} seconds.`,
    serverError: 'The help service has a problem right now. Please retry shortly.',
    retry: 'Retry',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    thanks: 'Thanks for the feedback',
    you: 'You',
    bot: 'Assistant',
  },
};
