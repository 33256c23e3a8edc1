// `node --import tsx --import ./test/neo4j/failing-web-build.mjs src/main.ts`: main.ts gets a web
// build that fails at once, long before main awaits it (the database start and seeding come first).
import { register } from 'node:module';

register('./failing-web-build-hooks.mjs', import.meta.url);
