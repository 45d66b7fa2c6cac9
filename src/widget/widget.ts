/**
 * The widget's state and behaviour: the conversation (kept across reloads),
 * one request at a time, a typing indicator while waiting, a clear message
 * with a retry button when the server cannot be reached, 👍/👎 per answer.
 *
 * @example
 *   mountWidget(readOptions(script.dataset, script.src, location.href, navigator.language));
 */
import { ChatError, sendChat, sendFeedback } from './api.ts';
import { adoptStyles } from './dom.ts';
import { STRINGS, type WidgetStrings } from './i18n.ts';
import type { WidgetOptions } from './options.ts';
import { createHistoryStore, type StoredConversation } from './storage.ts';
import { CSS } from './styles.ts';
import { buildView, type View } from './view.ts';

/** The custom element name of the host; no page CSS targets it by tag. */
export const HOST_TAG = 'icp-sms-bot';

/** Text for a failed request. */
function describeFailure(err: unknown, s: WidgetStrings): string {
  if (!(err instanceof ChatError)) return s.serverError;
  if (err.kind === 'rate') return s.rateLimited(err.retryAfterSeconds);
  if (err.kind === 'timeout') return s.timeout;
  return err.kind === 'offline' ? s.offline : s.serverError;
}

/** Pins the host to the viewport with inline `!important`, which host-page CSS cannot override. */
function pinHost(host: HTMLElement, options: WidgetOptions): void {
  const set = (name: string, value: string) => host.style.setProperty(name, value, 'important');
  set('position', 'fixed');
  set('z-index', String(options.zIndex));
  set('display', 'block');
  set('bottom', '0');
  set(options.position, '0');
  set('width', '0');
  set('height', '0');
  host.style.setProperty('--accent', options.color);
}

/** Creates the widget in the page; returns its view (used by tests through the open shadow root). */
export function mountWidget(options: WidgetOptions, storage: Storage | undefined): View {
  const s = STRINGS[options.lang];
  const host = document.createElement(HOST_TAG);
  pinHost(host, options);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, CSS);
  document.body.appendChild(host);

  const store = createHistoryStore(storage, options.endpoint);
  const conversation: StoredConversation = store.load();
  let pending: string | undefined;
  let busy = false;

  const save = () => store.save(conversation);
  const request = async () => {
    if (pending === undefined || busy) return;
    busy = true;
    view.showError(undefined);
    view.setBusy(true);
    try {
      const answer = await sendChat(options.endpoint, {
        session: conversation.session,
        text: pending,
        lang: options.langForced ? options.lang : undefined,
      });
      pending = undefined;
      conversation.session = answer.session;
      const message = {
        role: 'bot' as const,
        text: answer.text,
        intent: answer.intent || undefined,
        quickReplies: answer.quickReplies,
        links: answer.links.length ? answer.links : undefined,
      };
      conversation.messages.push(message);
      save();
      view.addMessage(message, conversation.messages.length - 1);
      view.setQuickReplies(answer.quickReplies);
    } catch (err) {
      view.showError(describeFailure(err, s));
    } finally {
      busy = false;
      view.setBusy(false);
    }
  };

  const view: View = buildView(shadow, options, s, {
    send(text, label) {
      if (busy) return;
      pending = text;
      const message = { role: 'user' as const, text: label ?? text };
      conversation.messages.push(message);
      save();
      view.addMessage(message, conversation.messages.length - 1);
      view.setQuickReplies(undefined);
      void request();
    },
    retry: () => void request(),
    feedback(index, helpful) {
      const message = conversation.messages[index];
      if (!message || message.feedback || !conversation.session) return;
      message.feedback = helpful ? 'up' : 'down';
      save();
      view.markFeedback(index, message.feedback);
      void sendFeedback(options.endpoint, { session: conversation.session, helpful, intent: message.intent });
    },
    toggled() {},
  });

  if (conversation.messages.length === 0) {
    view.addMessage({ role: 'bot', text: s.welcome }, -1);
    view.setQuickReplies(s.starters);
  } else {
    conversation.messages.forEach((m, i) => view.addMessage(m, i));
    const last = conversation.messages[conversation.messages.length - 1];
    if (last?.role === 'bot') view.setQuickReplies(last.quickReplies);
  }
  return view;
}
