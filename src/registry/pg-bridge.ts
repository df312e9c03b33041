// A synchronous bridge to node-postgres. The register's interface (store.ts) is synchronous, as
// better-sqlite3 is; `pg` is asynchronous. Rather than turn every command into async code, the
// client runs in a worker thread and the calling thread blocks on each request (Atomics.wait on a
// shared flag, the reply read with receiveMessageOnPort). A CLI command is one process doing one
// thing, so blocking costs nothing, and SQLite keeps its speed.
//
// The worker is generic: it connects, runs queries (alone or as a batch, stopping at the first
// error) and ends. All SQL, transactions and cursors are decided by the caller (pg-store.ts).
import { createRequire } from 'node:module';
import type { MessagePort, Worker } from 'node:worker_threads';

// worker_threads required by the first bridge: every command that may open a register imports this
// module, and a SQLite register's reads never need it (~4 ms of each run, issue 16)
let threads: typeof import('node:worker_threads') | undefined;
const workerThreads = () => (threads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'));

export interface PgQuery {
  text: string;
  values?: readonly unknown[];
  /** A name makes it a prepared statement on the server (parsed once per connection). */
  name?: string;
  /** 'array': rows as arrays (fewer objects for a long list). */
  rowMode?: 'array';
}

export interface PgResult {
  rows: Record<string, unknown>[];
  rowCount: number;
}

/** What the server (or the socket) said, carried across the thread boundary. */
export class PgError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly detail: string | undefined,
    /** Index of the failed query in a batch. */
    readonly index: number,
  ) {
    super(message);
    this.name = 'PgError';
  }
}

/** Which of the worker's two connections: the writer (transactions) or the reader (streams outside one). */
export type PgConn = 'main' | 'read';

// The worker, as a CommonJS script (eval: true) so that it runs the same from src/ under the test
// runner and from dist/: `pg` is required by the absolute path the parent resolved.
const WORKER = `
const { workerData } = require('node:worker_threads');
const pg = require(workerData.pgPath);
const { port, flag } = workerData;
// BIGINT (seq, COUNT(*)) as a JS number, as SQLite gives it: every value here is far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
const clients = {};
async function client(c) {
  if (!clients[c]) {
    const cl = new pg.Client(workerData.config);
    cl.on('error', () => {}); // a dropped connection fails the pending query; no crash of the thread
    clients[c] = cl.connect().then(async () => {
      for (const s of workerData.setup) await cl.query(s);
      return cl;
    });
  }
  return clients[c];
}
function fail(e, index) {
  return { error: { message: String(e && e.message || e), code: e && e.code, detail: e && e.detail, index } };
}
async function handle(req) {
  if (req.op === 'end') {
    for (const p of Object.values(clients)) { try { await (await p).end(); } catch {} }
    return { ok: true };
  }
  let cl;
  try { cl = await client(req.conn); } catch (e) { delete clients[req.conn]; return fail(e, -1); }
  const out = [];
  for (let i = 0; i < req.queries.length; i++) {
    const q = req.queries[i];
    try {
      const r = await cl.query({ text: q.text, values: q.values, name: q.name, rowMode: q.rowMode });
      out.push({ rows: r.rows, rowCount: r.rowCount ?? 0 });
    } catch (e) {
      return fail(e, i);
    }
  }
  return { results: out };
}
// one request at a time, in order: a request posted without waiting (post) and the next one must
// not interleave their queries on a connection
let turn = Promise.resolve();
port.on('message', (req) => {
  turn = turn.then(async () => {
    let res;
    try { res = await handle(req); } catch (e) { res = fail(e, -1); }
    port.postMessage(res);
    Atomics.add(flag, 0, 1); // after the message: a reader that sees the count move finds it
    Atomics.notify(flag, 0);
  });
});
`;

export interface BridgeOptions {
  /** node-postgres client config (connection string, ssl …). */
  config: Record<string, unknown>;
  /** Statements run on every new connection (SET search_path …). */
  setup: readonly string[];
}

export class PgBridge {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #flag: Int32Array;
  #closed = false;
  /** A posted request's reply is still owed. */
  #posted = false;

  constructor(opts: BridgeOptions) {
    const { MessageChannel, Worker } = workerThreads();
    const { port1, port2 } = new MessageChannel();
    this.#port = port1;
    this.#flag = new Int32Array(new SharedArrayBuffer(4));
    const pgPath = createRequire(import.meta.url).resolve('pg');
    this.#worker = new Worker(WORKER, {
      eval: true,
      workerData: { port: port2, flag: this.#flag, pgPath, config: opts.config, setup: opts.setup },
      transferList: [port2],
    });
    this.#worker.unref();
    this.#port.unref();
  }

  /** Run queries in order on one connection; the results of all, or a PgError naming the first that failed. */
  run(conn: PgConn, queries: readonly PgQuery[]): PgResult[] {
    this.settle();
    const res = this.#call({ op: 'run', conn, queries }) as RunReply;
    if (res.error) throw new PgError(res.error.message, res.error.code, res.error.detail, res.error.index);
    return res.results ?? [];
  }

  /**
   * Send writes whose results nobody reads, without waiting: the caller goes on (an import prepares
   * its next batch while the server inserts this one). The next run waits for the reply first and
   * throws its error, if any, as its own.
   */
  post(conn: PgConn, queries: readonly PgQuery[]): void {
    this.settle();
    this.#send({ op: 'run', conn, queries });
    this.#posted = true;
  }

  /** Wait for a posted request's reply, if one is owed; throws its error. */
  settle(): void {
    if (!this.#posted) return;
    this.#posted = false;
    const res = this.#receive(Infinity) as RunReply;
    if (res.error) throw new PgError(res.error.message, res.error.code, res.error.detail, res.error.index);
  }

  query(conn: PgConn, q: PgQuery): PgResult {
    return this.run(conn, [q])[0]!;
  }

  close(): void {
    if (this.#closed) return;
    try {
      this.settle();
    } catch {
      // a posted write failed and nobody asked after it: the transaction it was in never committed
    }
    this.#closed = true;
    try {
      this.#call({ op: 'end' }, 5000);
    } finally {
      this.#port.close();
      void this.#worker.terminate();
    }
  }

  #call(req: unknown, timeoutMs = Infinity): unknown {
    this.#send(req);
    return this.#receive(timeoutMs);
  }

  #send(req: unknown): void {
    if (this.#closed && (req as { op: string }).op !== 'end') throw new Error('the PostgreSQL connection is closed');
    this.#port.postMessage(req);
  }

  /** The next reply, in order. The worker counts its replies in the flag after posting each. */
  #receive(timeoutMs: number): unknown {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const seen = Atomics.load(this.#flag, 0);
      const msg = workerThreads().receiveMessageOnPort(this.#port);
      if (msg) return msg.message;
      // wait in slices: a reply always moves the count, a worker that died never will
      const left = Math.min(1000, until - Date.now());
      if (left <= 0) throw new Error('no reply from the PostgreSQL worker');
      Atomics.wait(this.#flag, 0, seen, left);
      if (this.#worker.threadId === -1) throw new Error('the PostgreSQL worker stopped');
    }
  }
}

type RunReply = { results?: PgResult[]; error?: { message: string; code?: string; detail?: string; index: number } };
