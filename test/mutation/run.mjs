// `npm run mutate`: Stryker through its API, with the options of stryker.config.mjs, printing one
// score line and failing below the break threshold. (StrykerJS 10 refuses Node < 22; the project pins 9,
// whose Stryker class is loaded by its file as before.)
//   npm run mutate -- --mutate src/domain/clocks.ts [--mutate …]   one file (glob, or file:from-to lines) at a time
//   npm run mutate -- --force                                       ignore the incremental file
// STRYKER_OPTIONS='{"…": …}' overrides any other option.
import { parseArgs } from 'node:util';
import config from '../../stryker.config.mjs';

const { values } = parseArgs({ options: { mutate: { type: 'string', multiple: true }, force: { type: 'boolean' } } });
const cli = { ...(values.mutate ? { mutate: values.mutate } : {}), ...(values.force ? { force: true } : {}) };

const core = new URL('dist/src/stryker.js', import.meta.resolve('@stryker-mutator/core/package.json'));
const { Stryker } = await import(core.href);

const options = { ...config, ...cli, ...JSON.parse(process.env.STRYKER_OPTIONS ?? '{}') };
const started = Date.now();
const results = await new Stryker(options).runMutationTest();
// The score of the files asked for (the report also carries the other files' earlier results).
// A piece is a file, a glob or a line range (`src/domain/lifecycle.ts:1-450`).
const scope = (options.mutate ?? []).map((g) => {
  const range = /:(\d+)-(\d+)$/.exec(g);
  return { path: g.replace(/:\d+-\d+$/, '').replace(/\*.*$/, ''), from: range ? Number(range[1]) : 0, to: range ? Number(range[2]) : Infinity };
});
const inScope = results.filter((m) => !scope.length || scope.some((p) => m.fileName.includes(p.path) && m.location.start.line >= p.from && m.location.start.line <= p.to));
const valid = inScope.filter((m) => !['CompileError', 'RuntimeError', 'Ignored'].includes(m.status));
const killed = valid.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
const score = valid.length ? (100 * killed) / valid.length : 100;
const min = ((Date.now() - started) / 60_000).toFixed(1);
process.stdout.write(`mutation score ${score.toFixed(2)} % (${killed}/${valid.length}) of ${options.mutate.join(' ')} in ${min} min\n`);
if (score < config.thresholds.break) process.exitCode = 1;
