import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, lazyChild } from '../../src/server/logger.ts';

function sink() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

describe('lazyChild', () => {
  it('writes nothing and creates no child for levels that are off', () => {
    const { lines, stream } = sink();
    const parent = createLogger('warn', stream);
    let children = 0;
    const counting = new Proxy(parent, {
      get: (target, key) => (key === 'child' ? (...a: Parameters<typeof parent.child>) => (children++, target.child(...a)) : Reflect.get(target, key)),
    });
    const log = lazyChild(counting, { reqId: 'req-1' });
    log.info('incoming request');
    log.debug('details');
    expect(children).toBe(0);
    expect(lines).toEqual([]);
  });

  it('binds the request id once a line is written, with phone numbers redacted', async () => {
    const { lines, stream } = sink();
    const log = lazyChild(createLogger('info', stream), { reqId: 'req-2' });
    log.warn({ text: 'call 13812345678' }, 'refused');
    await new Promise((r) => setImmediate(r));
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as { reqId: string; text: string; msg: string };
    expect(line.reqId).toBe('req-2');
    expect(line.msg).toBe('refused');
    expect(lines[0]).not.toContain('13812345678');
  });
});
