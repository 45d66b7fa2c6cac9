/**
 * `GET /` (the demo help page) and `GET /widget.js` (the embeddable widget),
 * both sent from memory with an ETag, gzip when the client accepts it, and
 * security headers. The page's CSP allows only this origin and the hashes
 * of its own inline styles.
 *
 * @example
 *   <script src="https://bot.example.com/widget.js" data-endpoint="https://bot.example.com" defer></script>
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DemoPage, StaticAsset } from './static-assets.ts';

/** Sends an in-memory asset: 304 on a matching ETag, gzip when accepted. */
function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: StaticAsset, cacheControl: string): FastifyReply {
  reply.header('etag', asset.etag).header('cache-control', cacheControl).header('vary', 'accept-encoding');
  reply.header('content-type', asset.contentType);
  if (request.headers['if-none-match'] === asset.etag) return reply.code(304).send();
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (acceptsGzip) return reply.header('content-encoding', 'gzip').send(asset.gzip);
  return reply.send(asset.body);
}

/** The demo page's Content-Security-Policy. */
export function demoPageCsp(page: DemoPage): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${page.styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Registers the page and the widget. */
export async function pageRoutes(app: FastifyInstance, assets: { widget: StaticAsset; page: DemoPage }): Promise<void> {
  const csp = demoPageCsp(assets.page);
  app.get('/', async (request, reply) => {
    reply.header('content-security-policy', csp).header('x-frame-options', 'DENY');
    return sendAsset(request, reply, assets.page, 'no-cache');
  });
  // Browsers ask for it on every page: answer without a 404 in their console.
  app.get('/favicon.ico', async (_request, reply) => reply.header('cache-control', 'public, max-age=86400').code(204).send());
  app.get('/widget.js', async (request, reply) => {
    // Other sites embed the widget: let them load it.
    reply.header('cross-origin-resource-policy', 'cross-origin').header('access-control-allow-origin', '*');
    return sendAsset(request, reply, assets.widget, 'public, max-age=300, must-revalidate');
  });
}
