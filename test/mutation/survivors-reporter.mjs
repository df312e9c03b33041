// Stryker reporter: appends every tested mutant's outcome to reports/mutation/live.jsonl as it
// happens, so an interrupted run still tells which mutants survived (the HTML/JSON reports are
// written only at the end).
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';

const FILE = 'reports/mutation/live.jsonl';

class LiveReporter {
  constructor() {
    mkdirSync('reports/mutation', { recursive: true });
    writeFileSync(FILE, '');
  }
  onMutantTested(m) {
    const { fileName, location, mutatorName, replacement, status, id } = m;
    appendFileSync(FILE, JSON.stringify({ id, status, file: fileName.replace(/^.*\/src\//, 'src/'), line: location.start.line, mutatorName, replacement }) + '\n');
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'live', LiveReporter)];
