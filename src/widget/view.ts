/**
 * The widget's DOM inside its shadow root: launcher, panel, message log
 * (`role="log"`, polite live region), quick replies as real buttons, an
 * error bar with a retry button, and a labelled textbox. It only draws;
 * `widget.ts` owns state and talks to the server.
 *
 * @example
 *   const view = buildView(shadow, options, STRINGS.zh, handlers);
 *   view.addMessage({ role: 'bot', text: '**您好**' }, 0);
 */
import { clear, h } from './dom.ts';
import type { WidgetStrings } from './i18n.ts';
import { parseMarkdown, renderMarkdown, safeHref } from './markdown.ts';
import type { WidgetOptions } from './options.ts';
import type { QuickReplyItem, StoredMessage } from './storage.ts';

/** What the view reports back. */
export interface ViewHandlers {
  send(text: string, label?: string): void;
  retry(): void;
  feedback(index: number, helpful: boolean): void;
  toggled(open: boolean): void;
}

/** The operations the widget performs on its view. */
export interface View {
  isOpen(): boolean;
  setOpen(open: boolean, focus?: boolean): void;
  addMessage(message: StoredMessage, index: number): void;
  setQuickReplies(items: QuickReplyItem[] | undefined): void;
  setBusy(busy: boolean): void;
  showError(text: string | undefined): void;
  markFeedback(index: number, value: 'up' | 'down'): void;
}

const ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z';

/** Builds the whole widget DOM and wires its events to `handlers`. */
export function buildView(shadow: ShadowRoot, options: WidgetOptions, s: WidgetStrings, handlers: ViewHandlers): View {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICON);
  svg.appendChild(path);
  const launcher = h('button', { type: 'button', class: 'launcher', 'aria-label': s.launcherLabel, 'aria-expanded': 'false', 'aria-controls': 'panel' }, [svg, s.launcher]);
  const close = h('button', { type: 'button', class: 'close', 'aria-label': s.close }, ['×']);
  const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': s.log, tabindex: 0 });
  const typing = h('div', { class: 'msg bot typing', 'aria-hidden': 'true', hidden: true }, [h('div', { class: 'bubble', title: s.typing }, [h('span'), h('span'), h('span')])]);
  const status = h('div', { class: 'sr', role: 'status' });
  const errorText = h('span');
  const retry = h('button', { type: 'button' }, [s.retry]);
  const error = h('div', { class: 'error', role: 'alert', hidden: true }, [errorText, retry]);
  const quick = h('div', { class: 'quick', role: 'group', 'aria-label': s.quickReplies, hidden: true });
  const input = h('textarea', { id: 'input', rows: 1, maxlength: 2000, placeholder: s.placeholder, autocomplete: 'off', enterkeyhint: 'send' });
  const send = h('button', { type: 'submit', class: 'send' }, [s.send]);
  const form = h('form', { novalidate: true }, [h('label', { for: 'input', class: 'sr' }, [s.inputLabel]), input, send]);
  const title = options.title ?? s.title;
  const panel = h('section', { id: 'panel', class: 'panel', role: 'dialog', 'aria-label': title, hidden: true }, [
    h('header', {}, [h('h2', {}, [title]), close]),
    log,
    error,
    quick,
    form,
  ]);
  const root = h('div', { class: `root ${options.position}`, lang: options.lang === 'zh' ? 'zh-CN' : 'en' }, [status, panel, launcher]);
  shadow.appendChild(root);
  log.appendChild(typing);

  let busy = false;
  const scroll = () => {
    log.scrollTop = log.scrollHeight;
  };
  const setOpen = (open: boolean, focus = true) => {
    panel.hidden = !open;
    root.classList.toggle('open', open);
    launcher.setAttribute('aria-expanded', String(open));
    if (open) scroll();
    if (focus) (open ? input : launcher).focus();
    handlers.toggled(open);
  };
  const submit = () => {
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = '';
    input.style.height = '';
    handlers.send(text);
  };

  launcher.addEventListener('click', () => setOpen(launcher.getAttribute('aria-expanded') !== 'true'));
  close.addEventListener('click', () => setOpen(false));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') setOpen(false);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  // Grow with the text up to the CSS max-height (CSSOM, so no inline-style CSP issue).
  input.addEventListener('input', () => {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight + 2, 120)}px`;
  });
  input.addEventListener('keydown', (e) => {
    // Enter sends; Shift+Enter is a new line; Enter that confirms an IME candidate does nothing.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      submit();
    }
  });
  retry.addEventListener('click', () => {
    input.focus();
    handlers.retry();
  });

  const feedbackBar = (index: number, message: StoredMessage) => {
    const up = h('button', { type: 'button', 'aria-label': s.helpful, 'aria-pressed': String(message.feedback === 'up'), disabled: Boolean(message.feedback) }, ['👍']);
    const down = h('button', { type: 'button', 'aria-label': s.notHelpful, 'aria-pressed': String(message.feedback === 'down'), disabled: Boolean(message.feedback) }, ['👎']);
    up.addEventListener('click', () => handlers.feedback(index, true));
    down.addEventListener('click', () => handlers.feedback(index, false));
    const note = h('span', { class: 'note' }, [message.feedback ? s.thanks : '']);
    return h('div', { class: 'fb', 'data-index': index }, [up, down, note]);
  };

  return {
    isOpen: () => launcher.getAttribute('aria-expanded') === 'true',
    setOpen,
    addMessage(message, index) {
      const bubble = h('div', { class: 'bubble' });
      if (message.role === 'user') bubble.textContent = message.text;
      else bubble.appendChild(renderMarkdown(parseMarkdown(message.text), document));
      for (const link of message.links ?? []) {
        const href = safeHref(link.url);
        if (href) bubble.appendChild(h('p', { class: 'link' }, [h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, [link.label])]));
      }
      const who = h('span', { class: 'sr' }, [message.role === 'user' ? `${s.you}: ` : `${s.bot}: `]);
      const item = h('div', { class: `msg ${message.role}` }, [who, bubble]);
      if (message.role === 'bot' && message.intent && index >= 0) item.appendChild(feedbackBar(index, message));
      log.insertBefore(item, typing);
      scroll();
    },
    setQuickReplies(items) {
      clear(quick);
      for (const item of items ?? []) {
        const button = h('button', { type: 'button' }, [item.label]);
        button.addEventListener('click', () => {
          if (busy) return;
          input.focus();
          handlers.send(item.value, item.label);
        });
        quick.appendChild(button);
      }
      quick.hidden = !items?.length;
    },
    setBusy(value) {
      busy = value;
      send.disabled = value;
      typing.hidden = !value;
      status.textContent = value ? s.typing : '';
      scroll();
    },
    showError(text) {
      errorText.textContent = text ?? '';
      error.hidden = text === undefined;
    },
    markFeedback(index, value) {
      const bar = log.querySelector(`.fb[data-index="${index}"]`);
      if (!bar) return;
      const [up, down] = Array.from(bar.querySelectorAll('button'));
      up?.setAttribute('aria-pressed', String(value === 'up'));
      down?.setAttribute('aria-pressed', String(value === 'down'));
      if (up) up.disabled = true;
      if (down) down.disabled = true;
      const note = bar.querySelector('.note');
      if (note) note.textContent = s.thanks;
      input.focus();
    },
  };
}
