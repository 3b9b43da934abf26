// Serves the production web build (out/renderer) on 127.0.0.1, for `npm run web`, the
// browser tests and the benchmarks. Usage: node scripts/serve.mjs [--port N]
// The same Content-Security-Policy as the desktop shell is sent as a header.
import { startServer } from './lib/serve.mjs';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.MALTID_PORT ?? 5179);
const { url } = await startServer({ port });
console.log(`Måltid is served at ${url}`);
