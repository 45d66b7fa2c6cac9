import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, createHistoryStore, parseConversation } from '../../src/widget/storage.ts';

/** A Storage over a Map, like the browser's localStorage. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

describe('createHistoryStore', () => {
  it('keeps the session and the last 50 messages per endpoint', () => {
    const storage = memoryStorage();
    const store = createHistoryStore(storage, 'https://bot.example.com');
    const messages = Array.from({ length: 60 }, (_, i) => ({ role: 'user' as const, text: `m${i}` }));
    store.save({ session: 'abc-1', messages });
    const loaded = store.load();
    expect(loaded.session).toBe('abc-1');
    expect(loaded.messages).toHaveLength(HISTORY_LIMIT);
    expect(loaded.messages[0]?.text).toBe('m10');
    expect(createHistoryStore(storage, 'https://other.example').load().messages).toEqual([]);
  });

  it('treats a storage that throws as empty', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } } as unknown as Storage;
    const store = createHistoryStore(broken, 'x');
    expect(store.load()).toEqual({ messages: [] });
    expect(() => store.save({ messages: [{ role: 'user', text: 'hi' }] })).not.toThrow();
  });
});

describe('parseConversation', () => {
  it('drops junk, invalid sessions and non-http links', () => {
    const json = JSON.stringify({
      session: '<script>',
      messages: [
        { role: 'admin', text: 'x' },
        { role: 'bot', text: 'ok', links: [{ label: 'a', url: 'javascript:alert(1)' }, { label: 'b', url: 'https://b.example' }] },
        'junk',
      ],
    });
    const parsed = parseConversation(json);
    expect(parsed.session).toBeUndefined();
    expect(parsed.messages).toEqual([{ role: 'bot', text: 'ok', intent: undefined, quickReplies: undefined, links: [{ label: 'b', url: 'https://b.example' }], feedback: undefined }]);
    expect(parseConversation('{not json')).toEqual({ messages: [] });
  });
});
