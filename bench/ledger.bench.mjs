// Ledger benchmark (issue 6): a year of N synthetic cases (default 100,000) imported with
// `xf case import`, then `xf ledger export` of the whole year, of one quarter, and
// `xf report quarterly --xlsx --pdf` — wall time and peak RSS of each command. The streaming writer
// should keep the export's memory flat: the year's peak RSS close to the quarter's.
// `ledgerCase(i)` is exported for the ledger tests, which import a few thousand of the same cases.
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const LEDGER_YEAR = 2025;
export const LEDGER_TODAY = '2026-03-31';
export const LEDGER_PACKS = 'national_2022,shandong_2015,s000_fengcheng_proxy,s003_online';

const DAY = 86400000;
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const CHANNELS = ['letter', 'letter', 'letter', 'visit', 'visit', 'online', 'online', 'phone', 'fax', 'visit'];
const SATISFACTION = ['satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', undefined];

/** Case i of the synthetic year: every channel, register and category; accusations confidential;
 *  1 in 10 via an agent (with a four-part slip evaluation, sometimes none); 1 in 20 repeats an
 *  earlier request; most closed on time, some late, some extended, 1 % left open and overdue. */
export function ledgerCase(i, year = LEDGER_YEAR, today = LEDGER_TODAY) {
  const received = addDays(`${year}-01-01`, (i * 7) % 365);
  const agent = i % 10 === 9;
  const category = i % 7 === 0 ? 'accusation' : i % 5 === 0 ? 'suggestion' : 'claim';
  const channel = CHANNELS[i % 10];
  const req = i % 20 === 19 ? i - 19 : i;
  const c = {
    case_no: `L${String(i).padStart(7, '0')}`,
    channel,
    via_agent: agent,
    received_date: received,
    registered_date: received,
    category,
    ...(category === 'claim' ? { claim_route: 'xf_opinion' } : {}),
    ...(channel === 'online' ? { online_type: 'investigation' } : {}),
    title: `关于第${req}号事项的信访`,
    request_text: `请求解决第${req}号事项反映的问题`,
    facts_text: `信访人反映的事实${req % 997}`,
    reasons_text: '依据有关规定',
    confidential: category === 'accusation',
    petitioners: [{ name: `信访人${i % 9973}`, party_type: 'natural', phone: `139${String(i).padStart(8, '0')}`, address: `某市某区某街道${i % 500}号` }],
    handler: { handler_name: `承办人${i % 50}`, handling_org_name: `某区某局${i % 20}` },
    history: [],
  };
  if (agent) {
    const sat = SATISFACTION[Math.floor(i / 10) % SATISFACTION.length];
    Object.assign(c, {
      agents: [
        {
          agent_name: `代理员${i % 30}`,
          agent_id_doc_type: 'passport',
          agent_id_doc_no: `E${String(i).padStart(8, '0')}`,
          agent_post: `某镇某村信访代理工作站${i % 30}`,
          agent_kind: 'cadre_or_volunteer',
          agent_conflict: false,
        },
      ],
      authorization: {
        authorization_no: `SQ-${i}`,
        proxy_matter: `代为反映第${req}号事项`,
        proxy_powers: ['submit', 'track', 'receive_documents'],
        proxy_term_from: received,
        until_case_terminated: true,
        no_parallel_petition_pledge: true,
        free_of_charge_statement: true,
        signed_date: received,
      },
      proxy_request: {
        request_form_no: `WTD-${i}`,
        request_date: received,
        prior_petitions: [],
        legal_route_flag: 'none',
        other_branch_flag: false,
        accusation_flag: category === 'accusation',
        agent_screening_opinion: { decision: 'within_scope' },
        petitioner_signed: true,
      },
      ...(sat ? { contact_slip: { satisfaction: sat } } : {}),
    });
  }
  const acc = addDays(received, 3);
  const late = i % 13 === 0;
  const extended = i % 17 === 0;
  const answerDay = addDays(acc, late ? 75 : 40);
  const answer = {
    event: 'answer',
    date: answerDay,
    details: {
      requests: [{ seq: 1, text: '请求' }],
      petitioner_facts_reasons: '事实和理由',
      findings: '经查',
      outcomes: [{ request_seq: 1, outcome: 'explain', reasoning: '理由' }],
      legal_basis: [{ instrument: '《信访工作条例》', article: '第三十二条' }],
    },
  };
  const serve = { event: 'serve', date: addDays(answerDay, 2), details: { service_method: 'in_person', remedy_notice_included: true } };
  if (acc > today) return c;
  c.history.push({ event: 'accept', date: acc });
  if (extended && addDays(acc, 50) <= today) {
    c.history.push({
      event: 'extend',
      date: addDays(acc, 50),
      details: { extension_days: 30, extension_reason: '情况复杂', approved_by: '局长', approved_by_is_head: true, notice_date: addDays(acc, 50) },
    });
  }
  if (i % 100 === 1 || serve.date > today) return c; // still being handled (overdue once past its deadline)
  c.history.push(answer, serve);
  const end = addDays(serve.date, 45);
  if (end <= today) c.history.push({ event: 'terminate', date: end, details: { reason: 'answer_window_lapsed' } });
  return c;
}

export async function writeCases(file, n, year = LEDGER_YEAR, today = LEDGER_TODAY) {
  await new Promise((res, rej) => {
    const ws = createWriteStream(file);
    let i = 0;
    const pump = () => {
      while (i < n) {
        if (!ws.write(JSON.stringify(ledgerCase(i++, year, today)) + '\n')) {
          ws.once('drain', pump);
          return;
        }
      }
      ws.end(res);
    };
    ws.on('error', rej);
    pump();
  });
}

async function main() {
  const { fmt, runMeasured } = await import('./lib.mjs');
  const N = Number(process.env.BENCH_LEDGER_CASES ?? 100_000);
  const out = join(root, 'bench', 'out', 'ledger');
  const xf = join(root, 'bin', 'xf');
  const home = join(out, 'home');
  const env = { XF_HOME: home, XF_TODAY: LEDGER_TODAY };
  // BENCH_LEDGER_REUSE=1 keeps the register of the previous run (the import is the slow part)
  if (process.env.BENCH_LEDGER_REUSE && existsSync(join(home, 'xf.db'))) {
    console.log(`reusing the register in ${home}`);
  } else {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const file = join(out, 'cases.jsonl');
    const t0 = Date.now();
    await writeCases(file, N);
    console.log(`generated ${N} cases of ${LEDGER_YEAR} in ${fmt((Date.now() - t0) / 1000)} s`);
    const init = await runMeasured(process.execPath, [xf, 'init', '--rule-packs', LEDGER_PACKS], { env });
    if (init.code !== 0) {
      console.error(init.stderr);
      process.exit(1);
    }
    const imp = await runMeasured(process.execPath, [xf, 'case', 'import', file], { env });
    if (imp.code !== 0) {
      console.error(imp.stderr.slice(0, 3000));
      process.exit(1);
    }
    console.log(`import (setup, not the measure): ${fmt(imp.ms / 1000)} s, peak RSS ${fmt(imp.peakMb, 0)} MB`);
  }

  const run = async (label, args, target) => {
    const r = await runMeasured(process.execPath, [xf, ...args, '--json'], { env });
    if (r.code !== 0) {
      console.error(`${label} failed (${r.code}): ${r.stderr.slice(0, 2000)}`);
      process.exit(1);
    }
    const size = target ? ` → ${fmt(statSync(target).size / 1048576, 1)} MB` : '';
    console.log(`${label}: ${fmt(r.ms / 1000, 2)} s, peak RSS ${fmt(r.peakMb, 0)} MB${size}`);
    return { ...r, json: JSON.parse(r.stdout) };
  };
  const q = await run(
    `xf ledger export --year ${LEDGER_YEAR} --quarter 1`,
    ['ledger', 'export', '--year', String(LEDGER_YEAR), '--quarter', '1', '--quiet', '--out', join(out, 'ledger-q1.xlsx')],
    join(out, 'ledger-q1.xlsx'),
  );
  const y = await run(`xf ledger export --year ${LEDGER_YEAR}`, ['ledger', 'export', '--year', String(LEDGER_YEAR), '--quiet', '--out', join(out, 'ledger-year.xlsx')], join(out, 'ledger-year.xlsx'));
  console.log(`  year: ${y.json.rows} rows (${y.json.sheets.map((s) => `${s.sheet} ${s.rows}`).join(', ')}) = ${fmt(y.json.rows / (y.ms / 1000), 0)} rows/s; quarter: ${q.json.rows} rows`);
  console.log(`  memory: year ${fmt(y.peakMb, 0)} MB vs quarter ${fmt(q.peakMb, 0)} MB for ${fmt(y.json.rows / Math.max(1, q.json.rows), 1)}× the rows`);
  await run(`xf report quarterly --year ${LEDGER_YEAR} --quarter 4 --xlsx --pdf`, ['report', 'quarterly', '--year', String(LEDGER_YEAR), '--quarter', '4', '--xlsx', '--pdf', '--out', out]);
  await run('xf report quarterly (figures only)', ['report', 'quarterly', '--year', String(LEDGER_YEAR), '--quarter', '4']);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
