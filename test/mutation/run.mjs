// `npm run mutate`: Stryker through its API. StrykerJS 10's command line refuses Node < 22 outright
// (a version guard that runs when stryker-cli.js is loaded, and the package index loads it), while this
// project runs on Node 20.19. The Stryker class itself has no guard, so it is loaded by its file.
// Options come from stryker.config.mjs as with the CLI.
import config from '../../stryker.config.mjs';

const core = new URL('dist/src/stryker.js', import.meta.resolve('@stryker-mutator/core/package.json'));
const { Stryker } = await import(core.href);

const results = await new Stryker({ ...config, ...JSON.parse(process.env.STRYKER_OPTIONS ?? '{}') }).runMutationTest();
const valid = results.filter((m) => !['CompileError', 'RuntimeError', 'Ignored'].includes(m.status));
const killed = valid.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
const score = valid.length ? (100 * killed) / valid.length : 100;
process.stdout.write(`mutation score ${score.toFixed(2)} % (${killed}/${valid.length})\n`);
if (score < config.thresholds.break) process.exitCode = 1;
