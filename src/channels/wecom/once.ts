/**
 * Answers each platform message once, even when the platform retries it: the
 * first request starts the work; a retry while it runs waits for the same
 * result; a retry after the answer went out gets nothing (no second engine call).
 *
 * @example
 *   const once = new AnswerOnce<string>(4500);
 *   const out = await once.answer(msgId, () => buildReply());
 *   if (out.status === 'answered') send(out.value);
 */
import { TtlMap } from '../dedupe.ts';
import { withBudget } from '../text.ts';

const TIMED_OUT = Symbol('timed out');

/** `answered`: send it now; `duplicate`: already sent; `late`: not ready within the budget. */
export type OnceResult<T> = { status: 'answered'; value: T } | { status: 'duplicate' } | { status: 'late' };

/** Deduplicating answer cache with a time budget per request. */
export class AnswerOnce<T> {
  // `result` is dropped once delivered: only the fact is remembered, not the answer (bounded memory under load).
  private readonly entries = new TtlMap<{ result?: Promise<T>; delivered: boolean }>();

  constructor(private readonly budgetMs: number) {}

  /** The answer for `key`, computed by `produce` the first time `key` is seen. */
  async answer(key: string, produce: () => Promise<T>): Promise<OnceResult<T>> {
    let entry = this.entries.get(key);
    if (entry?.delivered) return { status: 'duplicate' };
    if (!entry) {
      entry = { result: produce(), delivered: false };
      this.entries.set(key, entry);
    }
    const result = await withBudget(entry.result!, this.budgetMs, TIMED_OUT);
    if (result === TIMED_OUT) return { status: 'late' };
    if (entry.delivered) return { status: 'duplicate' };
    entry.delivered = true;
    entry.result = undefined;
    return { status: 'answered', value: result };
  }
}
