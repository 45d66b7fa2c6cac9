/**
 * `coalesceReplies`: answers are released in the event loop's check phase, so
 * every answer computed in one poll is written together; the reply itself,
 * its order and its errors are the engine's own.
 */
import { describe, expect, it } from 'vitest';
import type { Engine, IncomingMessage, Reply } from '../../src/engine/types.ts';
import { coalesceReplies } from '../../src/server/coalesce.ts';

/** An engine that answers at once (microtasks only), echoing the text as the intent. */
function instantEngine(log: string[]): Engine {
  return {
    async handle(message: IncomingMessage): Promise<Reply> {
      log.push(`engine ${message.text}`);
      return { intent: message.text } as unknown as Reply;
    },
  };
}

const turn = (text: string): IncomingMessage => ({ channel: 'web', session: 's', text });

describe('coalesceReplies', () => {
  it('returns the engine reply unchanged, once the check phase comes', async () => {
    const log: string[] = [];
    const engine = coalesceReplies(instantEngine(log));
    let checkPhase = false;
    setImmediate(() => (checkPhase = true));
    const reply = await engine.handle(turn('a'));
    expect(reply).toEqual({ intent: 'a' });
    expect(checkPhase).toBe(true);
  });

  it('runs every turn of one poll before releasing any answer, in arrival order', async () => {
    const log: string[] = [];
    const engine = coalesceReplies(instantEngine(log));
    // Requests of one poll arrive in separate callbacks, with microtasks drained between them: so do these.
    const answered = ['a', 'b', 'c'].map(
      (t) => new Promise((done) => setImmediate(() => void engine.handle(turn(t)).then((r) => done(log.push(`reply ${r.intent}`))))),
    );
    await Promise.all(answered);
    expect(log).toEqual(['engine a', 'engine b', 'engine c', 'reply a', 'reply b', 'reply c']);
  });

  it("passes the engine's error through without waiting", async () => {
    const failing = coalesceReplies({ handle: async () => Promise.reject(new Error('store down')) });
    let checkPhase = false;
    setImmediate(() => (checkPhase = true));
    await expect(failing.handle(turn('a'))).rejects.toThrow('store down');
    expect(checkPhase).toBe(false);
  });
});
