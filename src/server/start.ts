/** The process entry of `npm start` (bundled to dist/server.mjs): runs the server's `main`. */
import { main } from './main.ts';

void main();
