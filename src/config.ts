/**
 * The only reader of the environment. `loadConfig()` parses `process.env`
 * (after `.env`, if present) once with zod and hands a typed, frozen object
 * down; nothing else in `src/` touches `process.env`.
 *
 * @example
 *   const config = loadConfig();          // throws ConfigError naming the variable
 *   startServer(config);
 */
import { z } from 'zod';
import { ConfigError } from './errors.ts';

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'].includes(v), 'must be true or false')
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const intIn = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

const optionalText = z
  .string()
  .transform((v) => v.trim())
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const hostList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  )
  .refine((hosts) => hosts.every((h) => /^[a-z0-9.-]+(:\d{1,5})?$/.test(h)), 'must be comma-separated host[:port]');

/** DingTalk API hosts a sessionWebhook may legitimately point at. */
export const DEFAULT_DINGTALK_HOSTS = ['oapi.dingtalk.com', 'api.dingtalk.com'];

const schema = z.object({
  PORT: intIn(0, 65535).default(3978),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_LANG: z.enum(['zh', 'en']).default('zh'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  REDIS_URL: optionalText.refine((v) => v === undefined || /^rediss?:\/\//.test(v), 'must start with redis:// or rediss://'),
  SESSION_TTL_SECONDS: intIn(10, 30 * 24 * 3600).default(1800),
  RATE_LIMIT_PER_MINUTE: intIn(0, 1_000_000).default(30),
  HANDOFF_TEXT: optionalText,
  HANDOFF_URL: optionalText.refine((v) => v === undefined || /^https?:\/\//.test(v), 'must be an http(s) URL'),
  DINGTALK_APP_SECRET: optionalText,
  DINGTALK_WEBHOOK_ALLOWED_HOSTS: hostList.optional(),
  DINGTALK_MODE: z.enum(['http', 'stream']).default('http'),
  DINGTALK_CLIENT_ID: optionalText,
  DINGTALK_CLIENT_SECRET: optionalText,
  WECOM_TOKEN: optionalText,
  WECOM_ENCODING_AES_KEY: optionalText.refine(
    (v) => v === undefined || /^[A-Za-z0-9+/]{43}$/.test(v),
    'must be 43 characters of base64',
  ),
  WECOM_CORP_ID: optionalText,
  WECOM_MODE: z.enum(['app', 'aibot']).default('app'),
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  BOTFRAMEWORK_ENABLED: bool.default(true),
  ANALYTICS_RETENTION_DAYS: intIn(1, 36_500).default(90),
  ADMIN_TOKEN: optionalText.refine((v) => v === undefined || v.length >= 16, 'must be at least 16 characters'),
});

type Env = z.infer<typeof schema>;

/** The whole, validated configuration of one process. */
export interface Config {
  port: number;
  host: string;
  logLevel: Env['LOG_LEVEL'];
  defaultLang: 'zh' | 'en';
  dataDir: string;
  redisUrl?: string;
  sessionTtlSeconds: number;
  rateLimitPerMinute: number;
  handoff: { text?: string; url?: string };
  dingtalk:
    | { enabled: false }
    | {
        enabled: true;
        mode: 'http' | 'stream';
        appSecret?: string;
        clientId?: string;
        clientSecret?: string;
        allowedHosts: string[];
      };
  wecom:
    | { enabled: false }
    | { enabled: true; mode: 'app' | 'aibot'; token: string; encodingAesKey: string; corpId: string };
  botframework:
    | { enabled: false }
    | { enabled: true; appId?: string; appPassword?: string; tenantId?: string };
  analyticsRetentionDays: number;
  adminToken?: string;
}

/** Variables that only make sense together: all set, or none. */
const PAIRS: Array<[string[], string]> = [
  [['DINGTALK_CLIENT_ID', 'DINGTALK_CLIENT_SECRET'], 'DingTalk Stream credentials'],
  [['WECOM_TOKEN', 'WECOM_ENCODING_AES_KEY'], 'WeCom callback settings'],
  [['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD'], 'Bot Framework credentials'],
];

/**
 * Parses an environment (default: `process.env`, after reading `.env`).
 * Throws {@link ConfigError} whose message is one line naming the variable.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in schema.shape && v !== undefined));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(name, issue.message);
  }
  const e = parsed.data;
  for (const [names, what] of PAIRS) {
    const set = names.filter((n) => (e as Record<string, unknown>)[n] !== undefined);
    if (set.length > 0 && set.length < names.length) {
      const missing = names.find((n) => (e as Record<string, unknown>)[n] === undefined)!;
      throw new ConfigError(missing, `is required with ${set.join(', ')} (${what})`);
    }
  }
  if (e.DINGTALK_MODE === 'stream' && !e.DINGTALK_CLIENT_ID) {
    throw new ConfigError('DINGTALK_CLIENT_ID', 'is required when DINGTALK_MODE=stream');
  }
  if (e.WECOM_TOKEN && e.WECOM_MODE === 'app' && !e.WECOM_CORP_ID) {
    throw new ConfigError('WECOM_CORP_ID', 'is required with WECOM_TOKEN when WECOM_MODE=app');
  }
  if (e.MICROSOFT_APP_TENANT_ID && !e.MICROSOFT_APP_ID) {
    throw new ConfigError('MICROSOFT_APP_ID', 'is required with MICROSOFT_APP_TENANT_ID');
  }

  const dingtalkOn = e.DINGTALK_MODE === 'stream' ? Boolean(e.DINGTALK_CLIENT_ID) : Boolean(e.DINGTALK_APP_SECRET);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    defaultLang: e.DEFAULT_LANG,
    dataDir: e.DATA_DIR,
    redisUrl: e.REDIS_URL,
    sessionTtlSeconds: e.SESSION_TTL_SECONDS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    handoff: { text: e.HANDOFF_TEXT, url: e.HANDOFF_URL },
    dingtalk: dingtalkOn
      ? {
          enabled: true as const,
          mode: e.DINGTALK_MODE,
          appSecret: e.DINGTALK_APP_SECRET ?? e.DINGTALK_CLIENT_SECRET,
          clientId: e.DINGTALK_CLIENT_ID,
          clientSecret: e.DINGTALK_CLIENT_SECRET,
          allowedHosts: e.DINGTALK_WEBHOOK_ALLOWED_HOSTS ?? DEFAULT_DINGTALK_HOSTS,
        }
      : { enabled: false as const },
    wecom:
      e.WECOM_TOKEN && e.WECOM_ENCODING_AES_KEY
        ? {
            enabled: true as const,
            mode: e.WECOM_MODE,
            token: e.WECOM_TOKEN,
            encodingAesKey: e.WECOM_ENCODING_AES_KEY,
            // The intelligent robot signs with an empty receiveid.
            corpId: e.WECOM_MODE === 'aibot' ? '' : (e.WECOM_CORP_ID ?? ''),
          }
        : { enabled: false as const },
    botframework: e.BOTFRAMEWORK_ENABLED
      ? {
          enabled: true as const,
          appId: e.MICROSOFT_APP_ID,
          appPassword: e.MICROSOFT_APP_PASSWORD,
          tenantId: e.MICROSOFT_APP_TENANT_ID,
        }
      : { enabled: false as const },
    analyticsRetentionDays: e.ANALYTICS_RETENTION_DAYS,
    adminToken: e.ADMIN_TOKEN,
  });
}

/** Reads `.env` (if present) into the environment, then parses it. */
export async function loadConfig(path = '.env'): Promise<Config> {
  const dotenv = await import('dotenv');
  dotenv.config({ path, quiet: true });
  return parseConfig(process.env);
}
