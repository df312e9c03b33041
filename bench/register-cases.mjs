// The synthetic cases of the register benches (register.bench.mjs, register-pg.bench.mjs), and the
// JSON Lines file of N of them.
import { createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-11-21';
const { makeResidentId } = await import(join(root, 'dist', 'domain', 'idcard.js'));
const { addCalendarDays } = await import(join(root, 'dist', 'domain', 'dates.js'));

// A year and a half of cases; most closed, some open, a few overdue (as in a real office).
export function synthetic(i) {
  const received = addCalendarDays('2025-06-01', i % 535);
  const kind = i % 100;
  const c = {
    case_no: `B${String(i).padStart(7, '0')}`,
    channel: ['letter', 'visit', 'online', 'phone'][i % 4],
    via_agent: false,
    received_date: received,
    registered_date: received,
    category: 'claim',
    claim_route: 'xf_opinion',
    online_type: i % 4 === 2 ? 'general' : undefined,
    request_text: `请求解决第${i}号事项反映的问题`,
    facts_text: `信访人反映的事实${i % 997}`,
    reasons_text: '依据有关规定',
    confidential: false,
    petitioners: [
      {
        name: `信访人${i % 9973}`,
        party_type: 'natural',
        id_doc_type: 'resident_id',
        id_doc_no: makeResidentId('370102', '1970-01-01', i % 1000),
        phone: '13900000000',
        address: `某市某区某街道${i % 500}号`,
      },
    ],
    handler: { handler_name: `承办人${i % 50}`, handling_org_name: `某区某局${i % 20}` },
    history: [],
  };
  const acc = addCalendarDays(received, 3);
  const answered = [
    {
      event: 'answer',
      date: addCalendarDays(acc, 40),
      details: {
        requests: [{ seq: 1, text: '请求' }],
        petitioner_facts_reasons: '事实和理由',
        findings: '经查',
        outcomes: [{ request_seq: 1, outcome: 'explain', reasoning: '理由' }],
        legal_basis: [{ instrument: '《信访工作条例》', article: '第三十二条' }],
      },
    },
    { event: 'serve', date: addCalendarDays(acc, 42), details: { service_method: 'in_person' } },
  ];
  // Older cases are closed but for 1 % left in progress (overdue); recent ones are at every stage.
  if (received < '2026-09-20') {
    c.history.push({ event: 'accept', date: acc });
    if (kind > 0) {
      c.history.push(...answered);
      if (addCalendarDays(acc, 42 + 45) <= TODAY) c.history.push({ event: 'terminate', date: addCalendarDays(acc, 42 + 45), details: { reason: 'answer_window_lapsed' } });
    }
  } else if (kind < 60 && c.channel !== 'online') {
    c.history.push({ event: 'accept', date: acc });
  } else if (addCalendarDays(acc, 42) <= TODAY) {
    c.history.push({ event: 'accept', date: acc }, ...answered);
  } else if (kind < 95 || received < addCalendarDays(TODAY, -10)) {
    c.history.push({ event: 'accept', date: acc }); // online items are answered within their reply target
    if (c.channel === 'online') c.online_type = 'investigation';
  }
  if (!c.online_type) delete c.online_type;
  return c;
}

/** Write N synthetic cases to `file`, one JSON object a line. */
export function writeCases(file, N) {
  return new Promise((res, rej) => {
    const ws = createWriteStream(file);
    let i = 0;
    const pump = () => {
      while (i < N) {
        if (!ws.write(JSON.stringify(synthetic(i++)) + '\n')) {
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
