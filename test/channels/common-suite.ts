/**
 * The behaviour every platform channel shares, run by each channel's test
 * file with its own fixtures (like hono's common router cases): parse a
 * fixture, render a reply, refuse bad signatures, malformed and oversized
 * bodies with JSON errors, and answer a retried message once.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/engine/types.ts';
import { recordingEngine } from './fixtures/engine.ts';

/** What a channel's test file provides. */
export interface ChannelFixture {
  name: string;
  /** Builds an app with only this channel mounted on `engine`. */
  build(engine: ReturnType<typeof recordingEngine>): Promise<{
    app: FastifyInstance;
    /** The texts the user was shown, from the responses and any delivered webhooks. */
    answers(responses: LightMyRequestResponse[]): Promise<string[]>;
  }>;
  /** A correctly signed request carrying the fixture message. */
  valid(): InjectOptions;
  /** The same message with a wrong signature. */
  badSignature(): InjectOptions;
  /** Signed, but the body cannot be parsed. */
  malformed(): InjectOptions;
  /** Signed, with a body over 64 KB. */
  oversize(): InjectOptions;
  /** What the engine must receive for the fixture. */
  expected: IncomingMessage;
}

function expectJsonError(res: LightMyRequestResponse, status: number): void {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  const body = res.json() as { error: { code: string; message: string } };
  expect(typeof body.error.code).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
}

/** Registers the shared cases for one channel. */
export function runChannelSuite(fixture: ChannelFixture): void {
  describe(`${fixture.name} (shared channel behaviour)`, () => {
    let app: FastifyInstance | undefined;
    afterEach(async () => {
      await app?.close();
      app = undefined;
    });

    async function setup() {
      const engine = recordingEngine();
      const built = await fixture.build(engine);
      app = built.app;
      return { engine, ...built };
    }

    it('passes the fixture message to the engine as an IncomingMessage', async () => {
      const { engine, app: a, answers } = await setup();
      const res = await a.inject(fixture.valid());
      expect(res.statusCode).toBe(200);
      await answers([res]);
      expect(engine.calls).toEqual([fixture.expected]);
    });

    it("renders the engine's reply for the platform", async () => {
      const { app: a, answers } = await setup();
      const res = await a.inject(fixture.valid());
      const shown = await answers([res]);
      expect(shown).toHaveLength(1);
      expect(shown[0]).toContain('短信核验');
      expect(shown[0]).toContain('24 小时内完成核验');
    });

    it('rejects a bad signature with a 401 JSON error and does not ask the engine', async () => {
      const { engine, app: a } = await setup();
      expectJsonError(await a.inject(fixture.badSignature()), 401);
      expect(engine.calls).toHaveLength(0);
    });

    it('rejects a malformed body with a 400 JSON error', async () => {
      const { engine, app: a } = await setup();
      expectJsonError(await a.inject(fixture.malformed()), 400);
      expect(engine.calls).toHaveLength(0);
    });

    it('rejects a body over 64 KB with a 413 JSON error', async () => {
      const { engine, app: a } = await setup();
      expectJsonError(await a.inject(fixture.oversize()), 413);
      expect(engine.calls).toHaveLength(0);
    });

    it('answers a retried message once, with one engine call', async () => {
      const { engine, app: a, answers } = await setup();
      const first = await a.inject(fixture.valid());
      const retry = await a.inject(fixture.valid());
      expect(first.statusCode).toBe(200);
      expect(retry.statusCode).toBe(200);
      expect(await answers([first, retry])).toHaveLength(1);
      expect(engine.calls).toHaveLength(1);
    });
  });
}
