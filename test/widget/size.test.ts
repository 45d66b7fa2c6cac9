/** The widget stays small: one bundle, at most 15 KB gzipped on the wire. */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeSize, loadWidgetAsset } from '../../src/server/static-assets.ts';

describe('widget bundle', () => {
  it('is at most 15 KB gzipped, and its gzip is the bundle', async () => {
    const widget = await loadWidgetAsset();
    console.log(describeSize(widget));
    expect(widget.gzip.length).toBeLessThanOrEqual(15 * 1024);
    expect(gunzipSync(widget.gzip).equals(widget.body)).toBe(true);
  });

  it('is one self-contained ES2019 script with no module syntax and no innerHTML', async () => {
    const js = (await loadWidgetAsset()).body.toString('utf8');
    expect(js).not.toMatch(/\bimport\s*\(|^import |^export /m);
    expect(js).not.toMatch(/\?\?=|\|\|=|&&=/);
    expect(js).not.toContain('innerHTML');
    expect(js).not.toContain('insertAdjacentHTML');
    expect(js).toContain('attachShadow');
  });
});
