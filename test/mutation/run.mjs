// `npm run mutate`: Stryker through its API, with the options of stryker.config.mjs, printing one
// score line and failing below the break threshold. (StrykerJS 10 refuses Node < 22; the project pins 9,
// whose Stryker class is loaded by its file as before.)
import config from '../../stryker.config.mjs';

const core = new URL('dist/src/stryker.js', import.meta.resolve('@stryker-mutator/core/package.json'));
const { Stryker } = await import(core.href);

const results = await new Stryker({ ...config, ...JSON.parse(process.env.STRYKER_OPTIONS ?? '{}') }).runMutationTest();
const valid = results.filter((m) => !['CompileError', 'RuntimeError', 'Ignored'].includes(m.status));
const killed = valid.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
const score = valid.length ? (100 * killed) / valid.length : 100;
process.stdout.write(`mutation score ${score.toFixed(2)} % (${killed}/${valid.length})\n`);
if (score < config.thresholds.break) process.exitCode = 1;
