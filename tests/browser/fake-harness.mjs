// A stand-in for participant_harness, written from docs/participant-api.md, for working on the
// phone page without building the C++ server: `node phone.test.mjs --fake`. It speaks the same
// stdin/stdout protocol as the harness (one JSON line after start, then one JSON line per
// command). The real test run (ctest browser_phone) uses the real server, never this.
//
//   node fake-harness.mjs [--data-dir DIR] [--language en|de] [--k N] [--port N]
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pageDir = path.resolve(here, '../../resources/participant');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const language = option('--language', 'en');
const k = Number(option('--k', '5'));
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const code = Array.from(crypto.randomBytes(6), (b) => ALPHABET[b % ALPHABET.length]).join('');
const key = crypto.randomBytes(32);

const STAGES = {
  en: [
    ['bystander', 'Bystander', 'Sees the unfairness happen and stays out of it.'],
    ['passive-supporter', 'Passive supporter', 'Agrees with inclusion when asked, but never starts anything.'],
    ['performative-ally', 'Performative ally', 'Visible in public, absent where it counts.'],
    ['active-ally', 'Active ally', 'Steps in when it happens, without waiting for applause.'],
    ['advocate', 'Advocate', 'Uses their power to change the system, watched or not.'],
  ],
  de: [
    ['bystander', 'Zuschauend', 'Sieht die Ungerechtigkeit und hält sich heraus.'],
    ['passive-supporter', 'Passiv unterstützend', 'Befürwortet Inklusion auf Nachfrage, ergreift aber nie selbst die Initiative.'],
    ['performative-ally', 'Performativ verbündet', 'Öffentlich sichtbar, abwesend, wenn es darauf ankommt.'],
    ['active-ally', 'Aktiv verbündet', 'Greift ein, wenn es passiert, ohne auf Beifall zu warten.'],
    ['advocate', 'Fürsprechend', 'Nutzt die eigene Macht, um das System zu ändern, ob jemand zusieht oder nicht.'],
  ],
}[language === 'de' ? 'de' : 'en'].map(([k2, label, summary]) => ({ key: k2, label, summary }));

const OPTIONS = [
  { key: 'repeat-and-credit', label: 'Repeat the idea and say whose it was' },
  { key: 'talk-later', label: 'Talk to her privately after the meeting' },
  { key: 'let-it-go', label: 'Let it go this time' },
];

// ------------------------------------------------------------------ session state
let version = 1;
let nextQuestion = 1;
const questions = new Map(); // id -> { id, kind, text, choices, open, revealed }
const answers = new Map();   // id -> Map(device -> choice)
const commitments = new Map(); // device -> text
const pauses = new Set(); // devices asking for a pause
const pausesSeen = new Set(); // devices whose request the trainer marked as seen
const roomQuestions = []; // the trainer's queue: { text, state }, no device
const questionsFrom = new Map(); // device -> how many questions it sent
let keptMonths = 0; // the console's retention setting (0: until the session is deleted)
let prompt = null;           // { kind: 'waiting' } | { kind: 'commitment' } | { kind, question }
const waiters = new Set();   // long polls: { res, device, timer }

function openQuestion(kind, text, choices) {
  const id = nextQuestion++;
  questions.set(id, { id, kind, text, choices, open: true, revealed: false });
  answers.set(id, new Map());
  prompt = { kind, question: id };
  changed();
  return id;
}
openQuestion('self-placement', language === 'de' ? 'Wo stehst du heute?' : 'Where are you today?', STAGES);

function sign(device) {
  return crypto.createHmac('sha256', key).update(device).digest('base64url').slice(0, 22);
}
function newToken() {
  const device = crypto.randomBytes(12).toString('base64url');
  return `${device}.${sign(device)}`;
}
function deviceOf(token) {
  if (typeof token !== 'string' || token.length > 64) return null;
  const [device, mac] = token.split('.');
  return device && mac && mac === sign(device) ? token : null; // the token names the device
}

function stateFor(device) {
  let p = { kind: 'waiting' };
  let results = null;
  if (prompt && prompt.kind === 'commitment') {
    p = { kind: 'commitment', maxLength: 280, submitted: commitments.has(device) };
  } else if (prompt && prompt.question) {
    const q = questions.get(prompt.question);
    p = {
      kind: q.kind, question: q.id, text: q.text,
      choices: q.choices.map((c) => (q.kind === 'decision' ? { key: c.key, label: c.label } : c)),
      open: q.open, answer: answers.get(q.id).get(device) ?? null,
    };
    if (q.revealed) {
      const given = [...answers.get(q.id).values()].filter((c) => c !== 'pass');
      results = given.length < k
        ? { question: q.id, suppressed: true, k }
        : { question: q.id, suppressed: false, k,
            counts: q.choices.map((c) => ({ key: c.key, label: c.label, count: given.filter((g) => g === c.key).length })) };
    }
  }
  return { version, language, prompt: p, results, pause: pauses.has(device), pauseSeen: pausesSeen.has(device), privacy: { k, keptMonths } };
}

// ------------------------------------------------------------------ HTTP
function changed() {
  version++;
  for (const w of [...waiters]) {
    clearTimeout(w.timer);
    waiters.delete(w);
    send(w.res, 200, stateFor(w.device));
  }
}

function send(res, status, body, extra = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'self'",
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(text);
}
const fail = (res, status, error, extra) => send(res, status, { error, message: error }, extra);

const STATIC = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/style.css': ['style.css', 'text/css; charset=utf-8'],
  '/i18n/en.json': ['i18n/en.json', 'application/json; charset=utf-8'],
  '/i18n/de.json': ['i18n/de.json', 'application/json; charset=utf-8'],
};
// The fake's stand-in for the program's language registry (core/languages.cpp): the page texts
// it has.
const LANGUAGE_LIST = Object.keys(STATIC)
  .filter((p) => p.startsWith('/i18n/'))
  .map((p) => ({ code: path.basename(p, '.json'), rtl: false }));

function readJson(req, res, allowed, required, then) {
  if (!String(req.headers['content-type'] || '').startsWith('application/json')) return fail(res, 415, 'not-json');
  const chunks = [];
  let size = 0;
  req.on('data', (c) => { size += c.length; if (size <= 4096) chunks.push(c); });
  req.on('end', () => {
    if (size > 4096) return fail(res, 413, 'too-large');
    let body;
    try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { return fail(res, 400, 'malformed-json'); }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(res, 400, 'malformed-json');
    for (const f of Object.keys(body)) if (!allowed.includes(f)) return fail(res, 400, 'unknown-field');
    for (const f of required) if (!(f in body)) return fail(res, 400, 'missing-field');
    then(body);
  });
}

function handle(req, res) {
  const url = new URL(req.url, 'http://x');
  const device = deviceOf(req.headers['x-upstander-token']);
  const needToken = () => {
    if (!req.headers['x-upstander-token']) { fail(res, 401, 'no-token'); return false; }
    if (!device) { fail(res, 401, 'bad-token'); return false; }
    return true;
  };
  if (STATIC[url.pathname]) {
    if (req.method !== 'GET') return fail(res, 405, 'method-not-allowed');
    const [file, type] = STATIC[url.pathname];
    const data = fs.readFileSync(path.join(pageDir, file));
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': data.length,
      'Content-Security-Policy': "default-src 'self'", 'X-Content-Type-Options': 'nosniff' });
    return res.end(data);
  }
  if (url.pathname === '/i18n/languages.json') return send(res, 200, LANGUAGE_LIST);
  if (url.pathname === '/api/join') {
    if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed');
    return readJson(req, res, ['code', 'token'], ['code'], (body) => {
      if (typeof body.code !== 'string') return fail(res, 400, 'wrong-type');
      if (body.code.toUpperCase().replace('-', '') !== code) return fail(res, 403, 'wrong-code');
      const token = deviceOf(body.token) ? body.token : newToken();
      send(res, 200, { token, language });
    });
  }
  if (url.pathname === '/api/state') {
    if (req.method !== 'GET') return fail(res, 405, 'method-not-allowed');
    if (!needToken()) return;
    const since = url.searchParams.get('since');
    if (since === null || Number(since) !== version) return send(res, 200, stateFor(device));
    const w = { res, device, timer: null };
    w.timer = setTimeout(() => { waiters.delete(w); send(res, 200, stateFor(device)); }, 20000);
    res.on('close', () => { clearTimeout(w.timer); waiters.delete(w); });
    waiters.add(w);
    return;
  }
  if (url.pathname === '/api/answer') {
    if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed');
    if (!needToken()) return;
    return readJson(req, res, ['question', 'choice'], ['question', 'choice'], (body) => {
      if (typeof body.question !== 'number' || typeof body.choice !== 'string') return fail(res, 400, 'wrong-type');
      const q = questions.get(body.question);
      if (!q) return fail(res, 404, 'not-found');
      if (!q.open || !prompt || prompt.question !== q.id) return fail(res, 409, 'closed');
      if (body.choice !== 'pass' && !q.choices.some((c) => c.key === body.choice)) return fail(res, 400, 'unknown-choice');
      answers.get(q.id).set(device, body.choice);
      send(res, 200, { question: q.id, choice: body.choice });
      changed();
    });
  }
  if (url.pathname === '/api/commitment') {
    if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed');
    if (!needToken()) return;
    return readJson(req, res, ['text'], ['text'], (body) => {
      if (typeof body.text !== 'string') return fail(res, 400, 'wrong-type');
      const text = body.text.trim();
      if (!text) return fail(res, 400, 'empty');
      if (text.length > 280) return fail(res, 400, 'too-long');
      if (!prompt || prompt.kind !== 'commitment') return fail(res, 409, 'closed');
      if (commitments.has(device)) return fail(res, 409, 'already-submitted');
      commitments.set(device, text);
      send(res, 200, { submitted: true });
      changed();
    });
  }
  if (url.pathname === '/api/pause') {
    if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed');
    if (!needToken()) return;
    return readJson(req, res, ['asked'], ['asked'], (body) => {
      if (typeof body.asked !== 'boolean') return fail(res, 400, 'wrong-type');
      if (body.asked) pauses.add(device); else pauses.delete(device);
      pausesSeen.delete(device);
      send(res, 200, { asked: body.asked });
    });
  }
  if (url.pathname === '/api/question') {
    if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed');
    if (!needToken()) return;
    return readJson(req, res, ['text'], ['text'], (body) => {
      if (typeof body.text !== 'string') return fail(res, 400, 'wrong-type');
      const text = body.text.trim();
      if (!text) return fail(res, 400, 'empty');
      const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
      if (graphemes > 280) return fail(res, 400, 'too-long');
      if (/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(text)) return fail(res, 400, 'control-characters');
      if ((questionsFrom.get(device) || 0) >= 10) return fail(res, 409, 'too-many-questions');
      questionsFrom.set(device, (questionsFrom.get(device) || 0) + 1);
      roomQuestions.push({ text, state: 'new' });
      send(res, 200, { sent: true }); // no version change: no phone learns of it
    });
  }
  fail(res, 404, 'not-found');
}

// ------------------------------------------------------------------ server and commands
const sockets = new Set();
let server;
function listen(port) {
  return new Promise((resolve) => {
    server = http.createServer(handle);
    server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
    server.listen(port, '127.0.0.1', () => resolve(server.address().port));
  });
}
function stop() {
  return new Promise((resolve) => {
    for (const w of waiters) clearTimeout(w.timer);
    waiters.clear();
    server.close(() => resolve());
    for (const s of sockets) s.destroy();
  });
}

const port = await listen(Number(option('--port', '0')));
const out = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');
out({ url: `http://127.0.0.1:${port}/`, code, session: 1 });

const current = () => (prompt && prompt.question ? questions.get(prompt.question) : null);
const rl = readline.createInterface({ input: process.stdin });
for await (const line of rl) {
  const [command, ...rest] = line.trim().split(/\s+/);
  if (!command) continue;
  if (command === 'open-decision') {
    out({ ok: true, question: openQuestion('decision', 'Her idea was ignored, then praised when a colleague repeated it. What do you do?', OPTIONS) });
  } else if (command === 'open-self-placement') {
    const q = openQuestion('self-placement', language === 'de' ? 'Wo stehst du jetzt?' : 'Where are you now?', STAGES);
    out({ ok: true, question: q, phase: rest[0] || 'before' });
  } else if (command === 'commitments') {
    prompt = { kind: 'commitment' }; changed(); out({ ok: true });
  } else if (command === 'waiting') {
    prompt = { kind: 'waiting' }; changed(); out({ ok: true });
  } else if (command === 'close') {
    const q = current(); if (q) q.open = false; changed(); out({ ok: !!q });
  } else if (command === 'reveal') {
    const q = current(); if (q) q.revealed = true; changed(); out({ ok: !!q });
  } else if (command === 'restart') {
    await stop();
    await new Promise((r) => setTimeout(r, Number(rest[0] || 0) * 1000)); // restart SECONDS: down that long
    await listen(port);
    version = 1; // a restarted server counts from the start again
    out({ ok: true });
  } else if (command === 'answers') {
    const list = [];
    for (const [question, byDevice] of answers) {
      for (const [token, choice] of byDevice) list.push({ question, token, choice });
    }
    out({ ok: true, answers: list });
  } else if (command === 'pauses') {
    out({ ok: true, pauses: pauses.size });
  } else if (command === 'kept') {
    keptMonths = Number(rest[0] || 0); changed(); out({ ok: true });
  } else if (command === 'pause-seen') {
    // Only the phones that asked are told; the version stays.
    for (const d of pauses) pausesSeen.add(d);
    for (const w of [...waiters]) {
      if (!pauses.has(w.device)) continue;
      clearTimeout(w.timer); waiters.delete(w); send(w.res, 200, stateFor(w.device));
    }
    pauses.clear(); out({ ok: true });
  } else if (command === 'room-questions') {
    out({ ok: true, questions: roomQuestions });
  } else if (command === 'commitments-list') {
    out({ ok: true, commitments: [...commitments.values()] });
  } else if (command === 'quit') {
    out({ ok: true });
    await stop();
    process.exit(0);
  } else {
    out({ ok: false, error: `unknown command ${command}` });
  }
}
await stop();
