/**
 * The per-message memories the channels keep against retries and replays
 * (DingTalk msgIds, WeCom answers) stay bounded: capped in size, and an
 * answer already sent is not kept alive by the dedupe cache.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Deduper, TtlMap } from '../../src/channels/dedupe.ts';
import { AnswerOnce } from '../../src/channels/wecom/once.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Lets pending microtasks and timers run, then collects garbage twice. */
async function collect(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  gc();
  await new Promise((resolve) => setTimeout(resolve, 10));
  gc();
}

describe('dedupe memories', () => {
  it('keep at most maxKeys ids however many distinct ids arrive', () => {
    const dedupe = new Deduper({ maxKeys: 1000 });
    const map = new TtlMap<string>({ maxKeys: 1000 });
    for (let i = 0; i < 20_000; i += 1) {
      dedupe.seen(`msg-${i}`);
      map.set(`k-${i}`, 'x'.repeat(100));
    }
    expect(map.size).toBe(1000);
    // The newest ids are still recognised as replays; the oldest were forgotten.
    expect(dedupe.seen('msg-19999')).toBe(true);
    expect(dedupe.seen('msg-0')).toBe(false);
  });

  it('WeCom answers are released once delivered, while a retry is still recognised', async () => {
    const once = new AnswerOnce<object>(1000);
    const refs: Array<WeakRef<object>> = [];
    const statuses: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      statuses.push((await once.answer(`m${i}`, async () => {
        const answer = { text: '很长的回答'.repeat(200) };
        refs.push(new WeakRef(answer));
        return answer;
      })).status);
    }
    expect(new Set(statuses)).toEqual(new Set(['answered']));
    await collect();
    expect(refs.filter((r) => r.deref() !== undefined)).toHaveLength(0);
    expect((await once.answer('m7', async () => ({}))).status).toBe('duplicate');
  });
});
