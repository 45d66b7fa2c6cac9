/**
 * `npm run bench`: every benchmark of the project in one run, figures
 * printed as a table and written to artifacts/bench.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchRouter } from './router.ts';

const results: Record<string, unknown> = {};

const router = await benchRouter();
results.router = router;
console.log('router (dev set, single thread)');
console.log(`  router          ${router.routerPerSecond.toLocaleString()} msg/s`);
console.log(`  plain fuse.js   ${router.fusePerSecond.toLocaleString()} msg/s   → router is ${router.speedup}× (target ≥ 300×)`);
console.log(`  engine          ${router.enginePerSecond.toLocaleString()} msg/s   → engine costs ${router.engineCostVsRouter}× the router (target ≤ 2×)`);
console.log(`  ask start-up    ${router.askStartupMs} ms (npm run --silent cli -- ask, target ≤ 1000 ms)`);

for (const extra of ['./http.ts', './botframework-cost.ts']) {
  try {
    const mod = (await import(extra)) as { run?: () => Promise<Record<string, unknown>> };
    if (mod.run) Object.assign(results, await mod.run());
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
  }
}

mkdirSync('artifacts', { recursive: true });
writeFileSync('artifacts/bench.json', `${JSON.stringify(results, null, 2)}\n`);
