// Stryker ignorer: leave alone the human text inside t(zh, en) calls. Those messages are prose that
// the tests deliberately do not pin (they assert rule ids, fields and states; the messages are being
// moved into a catalogue), so their mutants would only count as noise. Template expressions inside
// the call (a computed date or limit) are still mutated: `${c.deadline.due}` stays under test.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

function isTCall(node) {
  return node?.type === 'CallExpression' && node.callee?.type === 'Identifier' && node.callee.name === 't';
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'messages', {
    shouldIgnore(path) {
      const n = path.node;
      if (n.type !== 'StringLiteral' && n.type !== 'TemplateLiteral') return undefined;
      if (isTCall(path.parent) && path.parent.arguments.includes(n)) return 'message text of t(zh, en): not asserted by design';
      return undefined;
    },
  }),
];
