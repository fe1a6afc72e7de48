// The participant phone page (resources/participant) in a real browser (Debian's Chromium,
// driven by playwright-core) against the real participant server (participant_harness), the
// way a workshop uses it: join by QR link and by typed code, self-placement, changing an answer,
// a decision, a commitment (from a starter action, then kept on the phone: text file, picture,
// print, removal), the follow-up's check-in with the kept commitment, an anonymous question for
// the facilitator, closing, revealing (suppressed and shown), a server restart, German.
// axe-core checks every state for accessibility problems.
//
//   node phone.test.mjs PATH/TO/participant_harness [--screenshots DIR]
//   node phone.test.mjs --fake [--screenshots DIR]     (fake-harness.mjs instead of the server)
//
// PARTICIPANT_HARNESS may name the harness instead of the first argument; CHROMIUM the browser
// (default /usr/bin/chromium). Exits non-zero when anything fails.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const axePath = path.join(here, 'node_modules', 'axe-core', 'axe.min.js');
let axeSource;

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (e) {
  console.error(`phone.test.mjs: playwright-core is missing; run "npm ci" in ${here} first.`);
  process.exit(2);
}
if (!fs.existsSync(axePath)) {
  console.error(`phone.test.mjs: axe-core is missing; run "npm ci" in ${here} first.`);
  process.exit(2);
}
axeSource = fs.readFileSync(axePath, 'utf8');

const args = process.argv.slice(2);
const useFake = args.includes('--fake');
const shotsIndex = args.indexOf('--screenshots');
const screenshotDir = shotsIndex >= 0 ? path.resolve(args[shotsIndex + 1]) : process.env.UPSTANDER_SCREENSHOTS || null;
const harnessPath = useFake ? null : (args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--screenshots')
  || process.env.PARTICIPANT_HARNESS);
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!useFake && (!harnessPath || !fs.existsSync(harnessPath))) {
  console.error('phone.test.mjs: give the participant_harness executable as the first argument (or --fake).');
  process.exit(2);
}
if (!fs.existsSync(chromiumPath)) {
  console.error(`phone.test.mjs: no Chromium at ${chromiumPath} (apt-get install chromium).`);
  process.exit(2);
}

const STAGE_KEYS = ['bystander', 'passive-supporter', 'performative-ally', 'active-ally', 'advocate'];
const WAIT = 15000;
// The server's own words for the check-in (its question and answers), from the program's
// catalogues: none of them may reach a phone in another language in English.
const CHECK_IN_ENGLISH = ['Did you do what you committed to?', 'Yes, I did', 'Partly', 'Not yet', 'I did not make a commitment'];

// ------------------------------------------------------------------ the harness

class Harness {
  static async start(extraArgs = []) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstander-browser-'));
    const command = useFake ? process.execPath : harnessPath;
    const commandArgs = useFake
      ? [path.join(here, 'fake-harness.mjs'), '--data-dir', dataDir, ...extraArgs]
      : ['--data-dir', dataDir, ...extraArgs];
    const child = spawn(command, commandArgs, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
    });
    const h = new Harness(child, dataDir);
    const first = await h.nextLine(20000);
    h.info = JSON.parse(first);
    assert.match(h.info.url, /^http:\/\/127\.0\.0\.1:\d+\/$/, `harness start line: ${first}`);
    assert.match(h.info.code, /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/, `harness start line: ${first}`);
    return h;
  }

  constructor(child, dataDir) {
    this.child = child;
    this.dataDir = dataDir;
    this.lines = [];
    this.waiting = [];
    this.stderr = '';
    this.exited = false;
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const w = this.waiting.shift();
      if (w) w.resolve(line); else this.lines.push(line);
    });
    child.stderr.on('data', (d) => { this.stderr += d; });
    child.on('exit', (code, signal) => {
      this.exited = true;
      for (const w of this.waiting.splice(0)) {
        w.reject(new Error(`harness exited (${code ?? signal}); stderr:\n${this.stderr}`));
      }
    });
  }

  nextLine(timeout = WAIT) {
    if (this.lines.length) return Promise.resolve(this.lines.shift());
    if (this.exited) return Promise.reject(new Error(`harness has exited; stderr:\n${this.stderr}`));
    return new Promise((resolve, reject) => {
      const entry = { resolve, reject };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        reject(new Error(`harness did not answer within ${timeout} ms; stderr:\n${this.stderr}`));
      }, timeout);
      entry.resolve = (v) => { clearTimeout(timer); resolve(v); };
      entry.reject = (e) => { clearTimeout(timer); reject(e); };
      this.waiting.push(entry);
    });
  }

  // Sends one command and returns its JSON answer.
  async send(command) {
    this.child.stdin.write(command + '\n');
    const line = await this.nextLine();
    let answer;
    try { answer = JSON.parse(line); } catch (e) {
      throw new Error(`harness answered "${command}" with something that is not JSON: ${line}`);
    }
    if (answer && (answer.ok === false || answer.error)) {
      throw new Error(`harness refused "${command}": ${line}`);
    }
    return answer;
  }

  // The session's answers as [{ question, choice, device }] whatever the harness calls them.
  async answers() {
    const raw = await this.send('answers');
    const list = Array.isArray(raw) ? raw : raw.answers;
    assert.ok(Array.isArray(list), `"answers" gave no list: ${JSON.stringify(raw)}`);
    return list.map((a) => ({
      question: a.question ?? a.questionId ?? a.question_id,
      choice: a.choice ?? a.key ?? a.answer,
      device: a.token ?? a.device ?? a.deviceToken ?? a.participant ?? null,
    }));
  }

  async commitments() {
    const raw = await this.send('commitments-list');
    const list = Array.isArray(raw) ? raw : raw.commitments;
    assert.ok(Array.isArray(list), `"commitments-list" gave no list: ${JSON.stringify(raw)}`);
    return list.map((c) => (typeof c === 'string' ? c : c.text));
  }

  async quit() {
    if (this.exited) return;
    try { await this.send('quit'); } catch (e) { /* it may close before answering */ }
    await new Promise((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => { this.child.kill('SIGKILL'); resolve(); }, 5000);
      this.child.on('exit', () => { clearTimeout(timer); resolve(); });
    });
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ the browser

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const harnesses = [];
after(async () => {
  await browser.close();
  for (const h of harnesses) await h.quit();
});

const problems = new WeakMap(); // page -> [message]

async function phone(options = {}) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  const found = [];
  problems.set(page, found);
  page.on('pageerror', (e) => found.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Failed requests during a restart or a refused answer log "Failed to load resource";
    // anything else on the error console (a CSP refusal, a script error) is a problem.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) found.push(`console: ${m.text()}`);
  });
  return page;
}

function assertNoPageProblems(page) {
  assert.deepEqual(problems.get(page), [], 'errors on the page');
}

async function axeCheck(page, state) {
  // axe-core from node_modules. Not page.addScriptTag: that adds an inline <script>, which the
  // server's Content-Security-Policy (default-src 'self') rightly refuses; evaluating the file
  // through the DevTools protocol is not subject to it.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(axeSource);
  }
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const summary = result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ') + ' — ' + n.failureSummary.replace(/\n/g, ' ')).join('\n    ')}`);
  axeLog.push({ state, violations: result.violations.length, passes: result.passes ? result.passes.length : undefined });
  assert.equal(result.violations.length, 0, `axe violations in state "${state}":\n  ${summary.join('\n  ')}`);
}
const axeLog = [];

async function screenshot(page, name, showSelector) {
  if (!screenshotDir) return;
  fs.mkdirSync(screenshotDir, { recursive: true });
  // Park the pointer so that no hover shows; bring the part the picture is about into view.
  await page.mouse.move(0, 0);
  if (showSelector) {
    await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'end' }), showSelector);
  }
  await page.screenshot({ path: path.join(screenshotDir, `phone-${name}.png`) });
}

const text = (page, selector) => page.locator(selector).innerText();
const waitText = (page, selector, expected) =>
  page.waitForFunction(([s, e]) => {
    const node = document.querySelector(s);
    return node && !node.closest('[hidden]') && (e instanceof RegExp ? e.test(node.textContent) : node.textContent.includes(e));
  }, [selector, expected], { timeout: WAIT });
const waitKind = (page, kind) =>
  page.waitForSelector(`#prompt[data-kind="${kind}"]:not([hidden])`, { timeout: WAIT });
const waitQuestionChange = (page, previous) =>
  page.waitForFunction((q) => {
    const p = document.querySelector('#prompt');
    return p && !p.hidden && p.getAttribute('data-question') && p.getAttribute('data-question') !== q;
  }, previous, { timeout: WAIT });
const question = (page) => page.locator('#prompt').getAttribute('data-question');
const token = (page) => page.evaluate(() => localStorage.getItem('upstander-token'));
const choice = (page, key) => page.locator(`#prompt-body button.choice[data-key="${key}"]`);

async function pressedKeys(page) {
  return page.locator('#prompt-body button.choice[aria-pressed="true"]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-key')));
}

// Every interactive element is at least 48 × 48 CSS pixels (buttons span the width).
async function assertTapTargets(page) {
  const small = await page.evaluate(() => Array.from(document.querySelectorAll('button, input, textarea'))
    .filter((e) => e.offsetParent !== null)
    .map((e) => ({ what: e.id || e.getAttribute('data-key') || e.tagName, r: e.getBoundingClientRect() }))
    .filter((x) => x.r.height < 48 || x.r.width < 48)
    .map((x) => `${x.what} ${Math.round(x.r.width)}×${Math.round(x.r.height)}`));
  assert.deepEqual(small, [], 'tap targets smaller than 48 px');
}

async function assertNoHorizontalScroll(page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(widths.scroll <= widths.client, `page scrolls sideways: ${widths.scroll} > ${widths.client}`);
}

// At 320 px wide with 200% text the page still fits: nothing runs off the side, every target
// stays large. The phone's own size and text size come back afterwards.
async function assertFitsSmallest(page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  try {
    await assertNoHorizontalScroll(page);
    await assertTapTargets(page);
  } finally {
    await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
    await page.setViewportSize(size);
  }
}

// Records every text the connection line shows, so that a short "Reconnecting…" is not missed.
async function recordConnection(page) {
  await page.evaluate(() => {
    window.__connectionLog = [document.getElementById('connection-text').textContent];
    new MutationObserver(() => window.__connectionLog.push(document.getElementById('connection-text').textContent))
      .observe(document.getElementById('connection-text'), { childList: true, characterData: true, subtree: true });
  });
}

// axe-core in the light and the dark colours, for states that are new in both.
async function axeCheckLightAndDark(page, state) {
  await axeCheck(page, state);
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    await axeCheck(page, `${state}, dark`);
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
}

const KEPT_KEY = 'upstander-commitment';
const keptCopy = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEPT_KEY);

// The state as the server words it for this phone in a language (what GET /api/state?lang=
// answers the page itself), to compare the server's own texts with.
const serverState = (page, lang) => page.evaluate(async (l) => {
  const r = await fetch(`/api/state?lang=${l}`, { headers: { 'X-Upstander-Token': localStorage.getItem('upstander-token') } });
  return r.json();
}, lang);

// The server's words in English on a phone in another language: a failure.
async function checkServerEnglish(t, page, english, what) {
  const shown = await page.evaluate(() => document.body.innerText);
  const found = english.filter((e) => shown.includes(e));
  assert.deepEqual(found, [], `${what}: the server's words in English`);
}

// Where a picture made by the page has ink: the columns of its first line (the title, in the
// page's direction), read back in the page (createImageBitmap takes the bytes; no address the
// page's Content-Security-Policy would have to allow).
async function titleInk(page, png) {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    const dark = (x, y) => data[(y * image.width + x) * 4] < 160;
    let minX = Infinity;
    let maxX = -1;
    let started = false;
    for (let y = 24; y < image.height; y++) {   // below the coloured band at the top
      let ink = false;
      for (let x = 0; x < image.width; x++) {
        if (dark(x, y)) { ink = true; minX = Math.min(minX, x); maxX = Math.max(maxX, x); }
      }
      if (ink) started = true;
      else if (started) break;   // the end of the first line
    }
    return { width: image.width, minX, maxX };
  }, png.toString('base64'));
}

// The day as the page writes it: ISO in the phone's own time zone.
const isoToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// ------------------------------------------------------------------ the workshop

test('the phone page in a real browser', { timeout: 300000 }, async (t) => {
  const h = await Harness.start();
  harnesses.push(h);
  const qrUrl = `${h.info.url}#${h.info.code}`;
  const typed = `${h.info.code.slice(0, 3).toLowerCase()}-${h.info.code.slice(3).toLowerCase()}`;
  const a = await phone();
  let b;
  let baseline;
  const others = [];

  await t.test('joins by the QR link and shows the baseline self-placement', async () => {
    await a.goto(qrUrl);
    await waitKind(a, 'self-placement');
    await waitText(a, '#connection-text', 'Connected');
    baseline = await question(a);
    assert.ok(baseline, 'the prompt names its question');
    assert.equal(await a.getAttribute('html', 'lang'), 'en');
    assert.equal(await a.locator('h1').count(), 1, 'one h1');
    const keys = await a.locator('#prompt-body .choices button.choice').evaluateAll((bs) => bs.map((x) => x.getAttribute('data-key')));
    assert.deepEqual(keys, STAGE_KEYS, 'the five stages, in order');
    assert.equal(await a.locator('#prompt-body .choices .choice-summary').count(), 5, 'each stage has its summary');
    assert.equal(await choice(a, 'pass').innerText().then((s) => s.split('\n')[0]), 'Pass');
    assert.equal(await a.locator('.pass-group button.choice-pass').count(), 1, 'Pass sits apart from the stages');
    assert.deepEqual(await pressedKeys(a), [], 'no answer yet');
    assert.ok(await token(a), 'the device token is kept');
    const stored = await a.evaluate(() => Object.keys(localStorage));
    assert.deepEqual(stored, ['upstander-token'], 'nothing but the token in localStorage');
    assert.equal(await a.evaluate(() => document.activeElement && document.activeElement.id), 'prompt-heading',
      'focus on the new prompt\'s heading');
    await assertTapTargets(a);
    await assertNoHorizontalScroll(a);
    // Keyboard focus is visible: Tab from the heading reaches the first stage, outlined.
    await a.keyboard.press('Tab');
    const focused = await a.evaluate(() => {
      const e = document.activeElement;
      const style = getComputedStyle(e);
      return { key: e.getAttribute('data-key'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.equal(focused.key, 'bystander');
    assert.ok(focused.outline !== 'none' && focused.width >= 2, `visible focus: ${JSON.stringify(focused)}`);
    await a.evaluate(() => document.activeElement.blur());
    await axeCheck(a, 'self-placement');
    await screenshot(a, 'self-placement');
  });

  await t.test('places itself: Saving… until the server answers, then Saved and marked', async () => {
    // Hold the answer back for a moment so that "Saving…" can be seen.
    await a.route('**/api/answer', async (route) => { await new Promise((r) => setTimeout(r, 800)); await route.continue(); });
    await choice(a, 'active-ally').click();
    await waitText(a, '#answer-status', 'Saving…');
    assert.equal(await choice(a, 'active-ally').getAttribute('aria-pressed'), 'false', 'not marked before it is stored');
    await waitText(a, '#answer-status', 'Saved');
    assert.deepEqual(await pressedKeys(a), ['active-ally']);
    const marked = await choice(a, 'active-ally').innerText();
    assert.match(marked, /✓/, 'a check mark');
    assert.match(marked, /Your answer/, 'and the words "Your answer"');
    await a.unroute('**/api/answer');
    await axeCheck(a, 'answered');
    await screenshot(a, 'answered');
  });

  await t.test('changes the answer; the server keeps exactly one, the new one', async () => {
    await choice(a, 'advocate').click();
    await a.waitForFunction(() => document.querySelector('button.choice[data-key="advocate"]').getAttribute('aria-pressed') === 'true', null, { timeout: WAIT });
    await waitText(a, '#answer-status', 'Saved');
    assert.deepEqual(await pressedKeys(a), ['advocate']);
    const mine = (await h.answers()).filter((x) => String(x.question) === baseline);
    assert.equal(mine.length, 1, `one answer for the baseline: ${JSON.stringify(mine)}`);
    assert.equal(mine[0].choice, 'advocate');
    if (mine[0].device) {
      // The harness may name the device by its whole token or by the token's device part.
      const mineToken = await token(a);
      assert.ok(mineToken === mine[0].device || mineToken.startsWith(mine[0].device),
        `stored under this device's token: ${mine[0].device} / ${mineToken}`);
    }
  });

  await t.test('a refused answer shows the translated error and keeps the previous answer', async () => {
    await a.route('**/api/answer', (route) => route.fulfill({
      status: 400, contentType: 'application/json',
      body: JSON.stringify({ error: 'unknown-choice', message: 'That is not one of the choices.' }),
    }));
    await choice(a, 'bystander').click();
    await waitText(a, '#answer-status', 'not one of the options');
    assert.deepEqual(await pressedKeys(a), ['advocate'], 'the stored answer is still the one marked');
    assert.equal(await choice(a, 'bystander').locator('.choice-badge').isHidden(), true, 'no "Saving…" left behind');
    await a.unroute('**/api/answer');
  });

  await t.test('an answer the laptop could not store yet (503 storage) is sent again by itself', async () => {
    let refused = 0;
    await a.route('**/api/answer', (route) => (refused++ < 2
      ? route.fulfill({ status: 503, contentType: 'application/json',
        body: JSON.stringify({ error: 'storage', message: 'The answer could not be stored.' }) })
      : route.continue()));
    await choice(a, 'performative-ally').click();
    await waitText(a, '#answer-status', 'could not store this yet');
    assert.deepEqual(await pressedKeys(a), ['advocate'], 'not marked while unsaved');
    await waitText(a, '#answer-status', 'Saved');
    assert.ok(refused >= 3, 'sent again after the refusals');
    assert.deepEqual(await pressedKeys(a), ['performative-ally']);
    await a.unroute('**/api/answer');
    await choice(a, 'advocate').click();
    await a.waitForFunction(() => document.querySelector('button.choice[data-key="advocate"]').getAttribute('aria-pressed') === 'true', null, { timeout: WAIT });
    const mine = (await h.answers()).filter((x) => String(x.question) === baseline);
    assert.deepEqual(mine.map((x) => x.choice), ['advocate']);
  });

  await t.test('joins by typing the code on a second phone', async () => {
    b = await phone();
    await b.goto(h.info.url);
    await b.waitForSelector('#join:not([hidden])', { timeout: WAIT });
    await waitText(b, '#connection-text', 'Not joined yet');
    await axeCheck(b, 'join form');
    await screenshot(b, 'join');
    await b.fill('#join-code', h.info.code === 'QQQQQQ' ? 'ZZZ-ZZZ' : 'QQQ-QQQ');
    await b.click('#join-submit');
    await waitText(b, '#join-error', 'join code is not right');
    assert.equal(await b.getAttribute('#join-code', 'aria-invalid'), 'true');
    await axeCheck(b, 'join form with an error');
    await b.fill('#join-code', 'hello');
    await b.click('#join-submit');
    await waitText(b, '#join-error', 'does not look like a join code');
    await b.fill('#join-code', typed);
    await b.click('#join-submit');
    await waitKind(b, 'self-placement');
    assert.equal(await question(b), baseline);
    assert.notEqual(await token(b), await token(a), 'a device token of its own');
    assert.equal(new URL(b.url()).hash, `#${h.info.code}`, 'the code is kept in the address for a reload');
    await choice(b, 'pass').click();
    await waitText(b, '#answer-status', 'Saved');
    assert.deepEqual(await pressedKeys(b), ['pass']);
  });

  await t.test('a reload keeps the same device token and answer', async () => {
    const before = await token(b);
    await b.reload();
    await waitKind(b, 'self-placement');
    await b.waitForFunction(() => document.querySelector('button.choice[aria-pressed="true"]'), null, { timeout: WAIT });
    assert.equal(await token(b), before);
    assert.deepEqual(await pressedKeys(b), ['pass']);
  });

  await t.test('close: the answer stays visible, the buttons are disabled', async () => {
    await h.send('close');
    await waitText(a, '#prompt-closed', 'This question is closed');
    const disabled = await a.locator('#prompt-body button.choice').evaluateAll((bs) => bs.every((x) => x.disabled));
    assert.ok(disabled, 'every choice is disabled');
    assert.deepEqual(await pressedKeys(a), ['advocate']);
    await axeCheck(a, 'closed');
    await screenshot(a, 'closed', '#prompt-closed');
  });

  await t.test('reveal with fewer than k answers: suppressed, no numbers', async () => {
    await h.send('reveal');
    await a.waitForSelector('#results:not([hidden])', { timeout: WAIT });
    const shown = await text(a, '#results');
    assert.match(shown, /Results are shown once at least \d+ people have answered/);
    assert.equal(await a.locator('#results .bar-count').count(), 0, 'no counts');
    assert.doesNotMatch(shown.replace(/at least \d+ people/, ''), /\d/, 'no numbers besides k');
    await axeCheck(a, 'suppressed');
    await screenshot(a, 'suppressed', '#results');
  });

  let decision;
  await t.test('a decision: options only, no stages; Pass; vote', async () => {
    await h.send('open-decision');
    await waitKind(a, 'decision');
    decision = await question(a);
    assert.notEqual(decision, baseline);
    assert.equal(await a.locator('#results').isHidden(), true, 'no results for the new question');
    assert.equal(await a.locator('#prompt-body .choices .choice-summary').count(), 0, 'no summaries');
    const keys = await a.locator('#prompt-body .choices button.choice').evaluateAll((bs) => bs.map((x) => x.getAttribute('data-key')));
    assert.ok(keys.length >= 2, 'options shown');
    for (const k of keys) assert.ok(!STAGE_KEYS.includes(k), 'options, not stages');
    const body = await text(a, '#prompt-body');
    for (const stage of ['Bystander', 'Passive supporter', 'Performative ally', 'Active ally', 'Advocate']) {
      assert.ok(!body.includes(stage), `the decision does not give away the stage "${stage}"`);
    }
    assert.equal(await a.evaluate(() => document.activeElement && document.activeElement.id), 'prompt-heading');
    await axeCheck(a, 'decision');
    await screenshot(a, 'decision');
    await choice(a, keys[0]).click();
    await waitText(a, '#answer-status', 'Saved');
    assert.deepEqual(await pressedKeys(a), [keys[0]]);
    await waitKind(b, 'decision');
    await choice(b, keys[1]).click();
    await waitText(b, '#answer-status', 'Saved');
    // Three more phones so that the decision reaches k = 5 answers.
    for (let i = 0; i < 3; i++) {
      const p = await phone();
      others.push(p);
      await p.goto(qrUrl);
      await waitKind(p, 'decision');
      await choice(p, keys[i === 2 ? 1 : 0]).click();
      await waitText(p, '#answer-status', 'Saved');
    }
    const votes = (await h.answers()).filter((x) => String(x.question) === decision);
    assert.equal(votes.length, 5, `five votes: ${JSON.stringify(votes)}`);
  });

  await t.test('reveal with k answers: counts as labelled bars', async () => {
    await h.send('close');
    await h.send('reveal');
    await a.waitForSelector('#results:not([hidden]) .bar', { timeout: WAIT });
    const rows = await a.locator('#results .bar').evaluateAll((items) => items.map((li) => ({
      label: li.querySelector('.bar-label').textContent, count: Number(li.querySelector('.bar-count').textContent),
    })));
    const keys = await a.locator('#prompt-body .choices button.choice').evaluateAll((bs) => bs.map((x) => x.querySelector('.choice-label').textContent));
    assert.deepEqual(rows.map((r) => r.label), keys, 'one bar per option, labelled');
    assert.deepEqual(rows.map((r) => r.count).slice(0, 2), [3, 2]);
    assert.equal(rows.reduce((s, r) => s + r.count, 0), 5);
    assert.match(await text(a, '#results'), /5 answers in total/);
    await axeCheck(a, 'results');
    await screenshot(a, 'results', '#results');
  });

  await t.test('waiting between prompts', async () => {
    await h.send('waiting');
    await waitKind(a, 'waiting');
    assert.equal(await text(a, '#prompt-heading'), 'Waiting for the facilitator…');
    assert.equal(await a.locator('#results').isHidden(), true);
    await axeCheck(a, 'waiting');
    await screenshot(a, 'waiting');
  });

  await t.test('the private pause signal: asked, taken back, seen; only a count leaves', async () => {
    assert.equal(await a.locator('#pause').isHidden(), false);
    assert.equal(await text(a, '#pause-button'), 'I need a pause');
    assert.equal(await a.getAttribute('#pause-button', 'aria-pressed'), null, 'the label says what a press does');
    const answersBefore = (await h.answers()).length;
    await a.click('#pause-button');
    await waitText(a, '#pause-status', 'Sent quietly');
    assert.equal(await text(a, '#pause-button'), 'Take back my request');
    assert.equal((await h.send('pauses')).pauses, 1);
    await a.click('#pause-button');
    await waitText(a, '#pause-button', 'I need a pause');
    assert.equal((await h.send('pauses')).pauses, 0);
    await a.click('#pause-button');
    await waitText(a, '#pause-status', 'Sent quietly');
    await axeCheck(a, 'pause asked');
    await screenshot(a, 'pause-asked', '#pause');
    await h.send('pause-seen'); // the trainer marks it as seen: this phone hears it by itself
    await waitText(a, '#pause-status', 'The facilitator has seen the requests.');
    assert.equal(await text(a, '#pause-button'), 'I need a pause');
    assert.equal((await h.send('pauses')).pauses, 0);
    assert.equal((await h.answers()).length, answersBefore, 'a pause is not an answer');
  });

  await t.test('a role-play\'s content note, and sitting it out: not asked, only a count leaves', async () => {
    const answersBefore = (await h.answers()).length;
    const { scenario } = await h.send('open-decision');
    assert.ok(scenario, 'the harness names the decision\'s role-play');
    await h.send(`scene ${scenario}`); // a scene of it on the projector: the phones wait
    await waitKind(a, 'waiting');
    await a.locator('#roleplay').waitFor({ state: 'visible' });
    assert.match(await text(a, '#roleplay-heading'), /^Role-play: \S/);
    assert.equal(await a.locator('#roleplay-note').isHidden(), false, 'every built-in scenario has a note');
    assert.match(await text(a, '#roleplay-note'), /^Content note: This role-play includes /);
    assert.equal(await text(a, '#sitout-button'), 'Sit this one out');
    await axeCheck(a, 'content note');
    await screenshot(a, 'content-note', '#roleplay');

    await a.focus('#sitout-button');
    await a.keyboard.press('Enter');
    await waitText(a, '#sitout-status', 'You are sitting this one out.');
    assert.equal(await text(a, '#sitout-button'), 'Join in again');
    assert.equal((await h.send(`sitting-out ${scenario}`)).sittingOut, 1);
    assert.equal(await a.evaluate(() => document.activeElement.id), 'sitout-button', 'focus stays where the press was');

    // Its decision: this phone is told it sits out, with no options to press.
    await h.send('open-decision');
    await waitText(a, '#prompt-heading', 'You are sitting this one out');
    assert.equal(await a.locator('#prompt-body button.choice').count(), 0);
    await axeCheck(a, 'sitting out a decision');
    await screenshot(a, 'sitting-out');

    // Joining in again brings the options back; nothing was recorded meanwhile.
    await a.click('#sitout-button');
    await a.locator('#prompt-body button.choice').first().waitFor({ state: 'visible' });
    assert.equal(await text(a, '#sitout-button'), 'Sit this one out');
    assert.equal((await h.send(`sitting-out ${scenario}`)).sittingOut, 0);
    assert.equal((await h.answers()).length, answersBefore, 'sitting out is not an answer');

    await h.send('waiting');
    await waitKind(a, 'waiting');
    await a.locator('#roleplay').waitFor({ state: 'hidden' });
  });

  await t.test('an anonymous question: counted as a person reads it, sent, cleared; refused ones keep the text', async () => {
    // The trainer's queue, as the harness reads it from the session: [{ text, state }].
    const roomQuestions = async () => {
      const raw = await h.send('room-questions');
      assert.ok(Array.isArray(raw.questions), `"room-questions" gave no list: ${JSON.stringify(raw)}`);
      return raw.questions;
    };
    const posted = [];
    const onRequest = (r) => { if (new URL(r.url()).pathname === '/api/question') posted.push(r.postDataJSON()); };
    a.on('request', onRequest);
    try {
      assert.equal(await a.locator('#ask').isHidden(), false, 'shown once joined, like the pause signal');
      assert.equal(await text(a, '#ask-heading'), 'Ask a question');
      assert.match(await text(a, '#ask-intro'), /^Send the facilitator a question or a concern\./);
      assert.equal(await text(a, 'label[for="ask-text"]'), 'Your question');
      assert.equal(await text(a, '#ask-submit'), 'Send anonymously');
      // No maxlength (UTF-16 units): the page counts characters as a person sees them.
      assert.equal(await a.getAttribute('#ask-text', 'maxlength'), null);
      assert.equal(await a.getAttribute('#ask-counter', 'aria-live'), 'polite');
      assert.equal(await text(a, '#ask-counter'), '280 characters left');
      assert.deepEqual(await roomQuestions(), [], 'no question yet');

      // A line break is part of the question; a thumbs-up with its skin tone is one character
      // (two code points, four UTF-16 units).
      const asked = 'How do I speak up\nwhen it is my own manager? \u{1F44D}\u{1F3FD}';
      await a.focus('#ask-text');
      await a.keyboard.type('How do I speak up');
      await a.keyboard.press('Enter');
      await a.keyboard.type('when it is my own manager?');
      await a.keyboard.insertText(' \u{1F44D}\u{1F3FD}');
      assert.equal(await a.inputValue('#ask-text'), asked, 'Enter in the text box is a line break');
      assert.equal(await text(a, '#ask-counter'), '234 characters left');
      assert.deepEqual(posted, [], 'nothing sent while typing');

      // Sent with the keyboard. Held back for a moment so that "Sending…" can be seen.
      await a.route('**/api/question', async (route) => { await new Promise((r) => setTimeout(r, 800)); await route.continue(); });
      await a.keyboard.press('Tab');
      assert.equal(await a.evaluate(() => document.activeElement.id), 'ask-submit', 'Tab from the text box reaches Send');
      await a.keyboard.press('Enter');
      await a.keyboard.press('Enter'); // a second press while it is on its way sends nothing more
      await waitText(a, '#ask-status', 'Sending…');
      assert.equal(await a.getAttribute('#ask-submit', 'aria-disabled'), 'true');
      assert.equal(await a.evaluate(() => document.activeElement.id), 'ask-submit', 'the button keeps the focus while sending');
      await waitText(a, '#ask-status', 'Sent. Only the facilitator sees it.');
      await a.unroute('**/api/question');
      assert.equal(await a.inputValue('#ask-text'), '', 'the text box is cleared');
      assert.equal(await text(a, '#ask-counter'), '280 characters left');
      assert.equal(await a.getAttribute('#ask-submit', 'aria-disabled'), 'false');
      assert.equal(posted.length, 1, 'sent once');
      assert.equal(posted[0].text, asked, 'as typed');
      assert.match(posted[0].id, /^[A-Za-z0-9_-]{22}$/, 'with an id made on the phone (128 random bits)');
      assert.deepEqual(Object.keys(posted[0]).sort(), ['id', 'text'], 'and nothing else');
      assert.deepEqual((await roomQuestions()).map((q) => [q.text, q.state]), [[asked, 'new']],
        'the question is in the trainer\'s queue, line break and all');
      await axeCheck(a, 'question sent');
      await screenshot(a, 'question-sent', '#ask');

      // Nothing to send: the page says so and sends nothing.
      await a.fill('#ask-text', '  \n ');
      await a.click('#ask-submit');
      await waitText(a, '#ask-status', 'Please write something first.');
      assert.equal(await a.getAttribute('#ask-text', 'aria-invalid'), 'true');
      assert.equal(await a.evaluate(() => document.activeElement.id), 'ask-text', 'back to the text box');

      // 281 characters cannot be typed or pasted: the box keeps 280, as a person counts them.
      await a.fill('#ask-text', '');
      await a.keyboard.insertText('x'.repeat(281));
      assert.equal(await a.inputValue('#ask-text'), 'x'.repeat(280), 'typing stops at 280');
      assert.equal(await text(a, '#ask-counter'), '0 characters left');
      const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
      await a.fill('#ask-text', '');
      await a.keyboard.insertText(family.repeat(281));
      assert.equal(await a.inputValue('#ask-text'), family.repeat(280), 'a family emoji is one of the 280');
      assert.equal(await text(a, '#ask-counter'), '0 characters left');
      // And 281 put in without typing (no input event) is refused by the page, not sent.
      await a.evaluate(() => { document.getElementById('ask-text').value = 'y'.repeat(281); });
      await a.click('#ask-submit');
      await waitText(a, '#ask-status', 'That text is too long.');
      assert.equal(await a.inputValue('#ask-text'), 'y'.repeat(281), 'the text stays');
      assert.equal(posted.length, 1, 'neither the empty nor the long text went to the server');

      // Refused by the server: a control character other than a line break. The text stays.
      const tabbed = 'Who decides\tthe seating plan?';
      await a.fill('#ask-text', tabbed);
      await a.click('#ask-submit');
      await waitText(a, '#ask-status', 'cannot be sent, such as a tab');
      assert.equal(await a.inputValue('#ask-text'), tabbed, 'a refused question keeps its text');
      assert.equal(await a.getAttribute('#ask-text', 'aria-invalid'), 'true');
      // Typing again clears what was said about the refused text.
      await a.focus('#ask-text');
      await a.keyboard.press('End');
      await a.keyboard.type('!');
      assert.equal(await text(a, '#ask-status'), '');
      assert.equal(await a.getAttribute('#ask-text', 'aria-invalid'), null);

      // No network: not sent, the text stays.
      await a.route('**/api/question', (route) => route.abort('internetdisconnected'));
      await a.fill('#ask-text', 'Can we talk about this after the break?');
      await a.click('#ask-submit');
      await waitText(a, '#ask-status', 'Not sent. Check the connection and try again.');
      assert.equal(await a.inputValue('#ask-text'), 'Can we talk about this after the break?');
      await a.unroute('**/api/question');
      assert.equal((await roomQuestions()).length, 1, 'refused questions are not stored');

      // The laptop stored it but the reply never came (here: a 503 in its place): sent again by
      // hand, it is the same question, once in the queue.
      const lost = 'Is there a budget for the follow-up?';
      await a.route('**/api/question', async (route) => {
        await route.fetch(); // the server takes it…
        await route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"storage","message":"Not saved yet."}' });
      });
      await a.fill('#ask-text', lost);
      await a.click('#ask-submit');
      await waitText(a, '#ask-status', 'Not sent. Check the connection and try again.');
      await a.unroute('**/api/question');
      assert.equal(await a.inputValue('#ask-text'), lost, 'the text stays');
      await a.click('#ask-submit');
      await waitText(a, '#ask-status', 'Sent. Only the facilitator sees it.');
      const sentTwice = posted.filter((p) => p.text === lost);
      assert.equal(sentTwice.length, 2, 'sent twice');
      assert.equal(sentTwice[0].id, sentTwice[1].id, 'under one id');
      assert.deepEqual((await roomQuestions()).filter((q) => q.text === lost).length, 1,
        'one question in the trainer\'s queue');
      const next = posted.length;
      await a.fill('#ask-text', lost);
      await a.click('#ask-submit');
      await waitText(a, '#ask-status', 'Sent. Only the facilitator sees it.');
      assert.notEqual(posted[next].id, sentTwice[0].id, 'once it arrived, the same words again are a new question');
      assert.equal((await roomQuestions()).filter((q) => q.text === lost).length, 2);

      // Ten questions per phone: the rest of them straight from the page with its own token,
      // then the eleventh through the form.
      const more = 10 - (await roomQuestions()).length;
      const statuses = await a.evaluate(async (n) => {
        const token = localStorage.getItem('upstander-token');
        const codes = [];
        for (let i = 0; i < n; i++) {
          for (;;) {
            const r = await fetch('/api/question', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Upstander-Token': token },
              body: JSON.stringify({ text: `Question number ${i + 2}` }),
            });
            if (r.status !== 429) { codes.push(r.status); break; }
            // Over the per-device rate limit: wait as the server says, as the page would.
            await new Promise((done) => setTimeout(done, 1000 * (Number(r.headers.get('Retry-After')) || 1)));
          }
        }
        return codes;
      }, more);
      assert.deepEqual(statuses, new Array(more).fill(200), 'questions two to ten are taken');
      const eleventh = 'One more: what do I say if it happens again?';
      await a.fill('#ask-text', eleventh);
      await a.focus('#ask-submit');
      await a.keyboard.press('Enter');
      await waitText(a, '#ask-status', 'You have already sent as many questions as one phone can send in this workshop.');
      assert.equal(await a.inputValue('#ask-text'), eleventh, 'the eleventh keeps its text');
      assert.equal(await a.getAttribute('#ask-text', 'aria-invalid'), null, 'not a fault of the text');
      const all = await roomQuestions();
      assert.equal(all.length, 10, `ten questions in the queue: ${JSON.stringify(all)}`);
      assert.ok(!all.some((q) => q.text === eleventh), 'the eleventh is not among them');
      assert.ok(all.every((q) => q.state === 'new'), `none held: ${JSON.stringify(all.map((q) => q.state))}`);
      await axeCheck(a, 'question refused');
      await a.fill('#ask-text', '');
    } finally {
      a.off('request', onRequest);
      await a.unroute('**/api/question');
    }
  });

  await t.test('the anonymity notice is the session\'s own: its k and how long answers are kept', async () => {
    await waitText(a, '#privacy-notice', 'only once at least 3 people have answered');
    assert.match(await text(a, '#privacy-notice'), /until the facilitator deletes the session/);
    assert.match(await text(a, '#privacy-notice'), /unless the facilitator exports it/);
    assert.equal(await a.locator('#privacy-notice li').count(), 3);
    await h.send('kept 12'); // the trainer's retention setting changes: the phones follow
    await waitText(a, '#privacy-notice', 'for 12 months, then they are deleted');
    await h.send('kept 1');
    await waitText(a, '#privacy-notice', 'for 1 month, then they are deleted');
    await axeCheck(a, 'anonymity notice');
    await screenshot(a, 'privacy-notice', '#privacy-notice');
  });

  await t.test('a commitment: counter, 280 limit, sent anonymously', async () => {
    await h.send('commitments');
    await waitKind(a, 'commitment');
    // No maxlength (UTF-16 units): the page counts characters as a person sees them.
    assert.equal(await a.getAttribute('#commitment-text', 'maxlength'), null);
    assert.equal(await a.getAttribute('#commitment-counter', 'aria-live'), 'polite');
    assert.equal(await text(a, '#commitment-counter'), '280 characters left');
    await a.focus('#commitment-text');
    await a.keyboard.type('Credit ideas');
    assert.equal(await text(a, '#commitment-counter'), '268 characters left');
    await a.fill('#commitment-text', '');
    await a.keyboard.insertText('x'.repeat(300));
    assert.equal((await a.inputValue('#commitment-text')).length, 280, 'typing stops at 280');
    assert.equal(await text(a, '#commitment-counter'), '0 characters left');
    // A family emoji is one character (eleven UTF-16 units), a letter with two accents one.
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
    await a.fill('#commitment-text', '');
    await a.keyboard.insertText(family.repeat(279));
    assert.equal(await text(a, '#commitment-counter'), '1 character left');
    await a.keyboard.insertText('e\u0301\u0308' + family);
    assert.equal(await a.inputValue('#commitment-text'), family.repeat(279) + 'e\u0301\u0308', 'typing stops at 280 emoji too');
    assert.equal(await text(a, '#commitment-counter'), '0 characters left');
    await a.fill('#commitment-text', '   ');
    await a.click('#commitment-submit');
    await waitText(a, '#commitment-error', 'write something');
    await a.fill('#commitment-text', 'Name whose idea it was, out loud, in the next team meeting.');
    await axeCheck(a, 'commitment');
    await screenshot(a, 'commitment');
    await a.click('#commitment-submit');
    await waitText(a, '#commitment-thanks', 'Thank you — your commitment is recorded anonymously');
    assert.ok(await a.locator('#commitment-form').isHidden());
    const stored = await h.commitments();
    assert.ok(stored.includes('Name whose idea it was, out loud, in the next team meeting.'), `commitments: ${JSON.stringify(stored)}`);
    await axeCheck(a, 'commitment sent');
    await screenshot(a, 'commitment-sent');
  });

  let afterQ;
  await t.test('the connection drops: Reconnecting…, a pending choice is kept and sent later', async () => {
    // The next prompt arrives over the live stream; then this phone is cut off from the server
    // (every new request fails, as on a lost Wi-Fi) and its stream ends with the server's
    // restart: every attempt to open a new one fails.
    await h.send('open-self-placement after');
    await waitQuestionChange(a, baseline);
    await waitKind(a, 'self-placement');
    afterQ = await question(a);
    assert.notEqual(afterQ, baseline);
    await a.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await h.send('restart 0');
    await waitText(a, '#connection-text', 'Reconnecting…');
    await choice(a, 'passive-supporter').click();
    await waitText(a, '#answer-status', 'Not saved yet');
    assert.equal(await a.locator('#connection .connection-icon').evaluate((e) => getComputedStyle(e).animationName), 'none',
      'no spinning for someone who asked for reduced motion');
    assert.deepEqual(await pressedKeys(a), [], 'not marked as the answer while unsent');
    await axeCheck(a, 'reconnecting');
    await screenshot(a, 'reconnecting');
    await a.unroute('**/api/**');
    await waitText(a, '#connection-text', 'Connected');
    await waitText(a, '#answer-status', 'Saved');
    assert.deepEqual(await pressedKeys(a), ['passive-supporter']);
    const all = (await h.answers()).filter((x) => String(x.question) === afterQ);
    assert.equal(all.length, 1, `the pending choice arrived: ${JSON.stringify(all)}`);
    assert.equal(all[0].choice, 'passive-supporter');
  });

  await t.test('survives a server restart with the same token', async () => {
    const before = await token(a);
    await recordConnection(a);
    let failed = 0;
    let answered = 0;
    const onFailed = (r) => { if (r.url().includes('/api/')) failed++; };
    const onResponse = (r) => { if (r.url().includes('/api/live') || r.url().includes('/api/state')) answered++; };
    a.on('requestfailed', onFailed);
    a.on('response', onResponse);
    // "restart 2": down for two seconds where the harness supports it, as a program that is
    // started again would be; a harness that restarts at once ignores the number.
    await h.send('restart 2');
    const log = () => a.evaluate(() => JSON.stringify(window.__connectionLog));
    // The restart cuts the live stream. Chromium may retry such a cut request by itself
    // and reach the restarted server before the page notices anything; whenever the page does
    // see a request fail, it must say Reconnecting… and then come back by itself.
    const deadline = Date.now() + WAIT;
    while (!answered && !failed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (failed) {
      await a.waitForFunction(() => window.__connectionLog.includes('Reconnecting…'), null, { timeout: WAIT })
        .catch(async (e) => { throw new Error(`no Reconnecting… shown; connection line: ${await log()}; ${e.message}`); });
      await a.waitForFunction(() => window.__connectionLog.lastIndexOf('Connected') > window.__connectionLog.indexOf('Reconnecting…'), null, { timeout: WAIT })
        .catch(async (e) => { throw new Error(`not Connected again; connection line: ${await log()}; ${e.message}`); });
    } else {
      assert.ok(answered, 'the page reached the restarted server');
      t.diagnostic(`restart: the browser retried the cut stream itself, so no Reconnecting… was due (connection line: ${await log()})`);
    }
    a.off('requestfailed', onFailed);
    a.off('response', onResponse);
    await waitText(a, '#connection-text', 'Connected');
    await waitKind(a, 'self-placement');
    assert.equal(await question(a), afterQ);
    assert.deepEqual(await pressedKeys(a), ['passive-supporter'], 'the answer survived the restart');
    await choice(a, 'active-ally').click();
    await a.waitForFunction(() => document.querySelector('button.choice[data-key="active-ally"]').getAttribute('aria-pressed') === 'true', null, { timeout: WAIT });
    assert.equal(await token(a), before, 'the same device token');
    const all = (await h.answers()).filter((x) => String(x.question) === afterQ);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0].choice, 'active-ally', 'the answer given after the restart is recorded');
    // Phone b follows too, without reloading.
    await waitKind(b, 'self-placement');
    await choice(b, 'bystander').click();
    await waitText(b, '#answer-status', 'Saved');
  });

  await t.test('a 401 from the server: rejoins with the stored token and carries on', async () => {
    const before = await token(a);
    const joins = [];
    a.on('request', (r) => { if (r.url().endsWith('/api/join')) joins.push(r.postDataJSON()); });
    let refused = 0;
    await a.route('**/api/live**', async (route) => {
      if (refused++ === 0) {
        await route.fulfill({ status: 401, contentType: 'application/json',
          body: JSON.stringify({ error: 'bad-token', message: 'Unknown device.' }) });
      } else {
        await route.continue();
      }
    });
    await h.send('restart 0');         // ends the live stream; the next one is refused
    await h.send('waiting');
    await waitKind(a, 'waiting');
    await h.send('open-self-placement after');
    await waitKind(a, 'self-placement');
    await a.unroute('**/api/live**');
    assert.ok(refused >= 1, 'the refusal was served');
    assert.ok(joins.length >= 1, 'the page joined again');
    assert.equal(joins[0].token, before, 'with the token it had');
    assert.equal(joins[0].code, h.info.code);
    assert.equal(await token(a), before, 'and kept it');
    assert.equal(await a.locator('#join').isHidden(), true, 'without asking for the code');
  });

  await t.test('the browser goes offline: Offline is shown, then it reconnects', async () => {
    await a.context().setOffline(true);
    await h.send('waiting');
    await waitText(a, '#connection-text', 'Offline');
    await waitText(a, '#connection-hint', 'Wi-Fi');
    await a.context().setOffline(false);
    await waitText(a, '#connection-text', 'Connected');
    await waitKind(a, 'waiting');
    await h.send('open-self-placement after');
    await waitKind(a, 'self-placement');
  });

  await t.test('at 320 px wide and 200% text the page still fits', async () => {
    const small = await phone({ viewport: { width: 320, height: 640 } });
    await small.goto(qrUrl);
    await waitKind(small, 'self-placement');
    await small.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    await assertNoHorizontalScroll(small);
    await assertTapTargets(small);
    assertNoPageProblems(small);
    await small.context().close();
  });

  await t.test('dark mode passes the same checks', async () => {
    const dark = await phone({ colorScheme: 'dark' });
    await dark.goto(qrUrl);
    await waitKind(dark, 'self-placement');
    await choice(dark, 'advocate').click();
    await waitText(dark, '#answer-status', 'Saved');
    await axeCheck(dark, 'self-placement, dark');
    await screenshot(dark, 'dark');
    await h.send('close');
    await waitText(dark, '#prompt-closed', 'closed');
    await axeCheck(dark, 'closed, dark');
    assertNoPageProblems(dark);
    await dark.context().close();
  });

  await t.test('no script errors or policy refusals on any phone', async () => {
    for (const p of [a, b, ...others]) assertNoPageProblems(p);
  });
});

test('a commitment from a starter, kept on the phone, and the check-in weeks later', { timeout: 240000 }, async (t) => {
  const h = await Harness.start();
  harnesses.push(h);
  const qrUrl = `${h.info.url}#${h.info.code}`;
  const p = await phone();
  const others = [];
  await p.goto(qrUrl);
  await waitKind(p, 'self-placement');
  let written;   // the commitment as sent

  // Every request this phone sends to the server, with its body, from here on.
  const sent = [];
  p.on('request', (r) => { if (r.url().startsWith(h.info.url)) sent.push({ url: r.url(), body: r.postData() || '' }); });

  await t.test('a starter action fills the box to be edited there; picking sends nothing', async () => {
    await h.send('commitments');
    await waitKind(p, 'commitment');
    const starters = (await serverState(p, 'en')).prompt.starters;
    assert.equal(starters.length, 14, `the server's starter actions: ${JSON.stringify(starters)}`);
    assert.equal(await text(p, '#starters summary'), 'Start from a suggestion');
    assert.equal(await p.locator('#starters').evaluate((d) => d.open), false, 'folded until asked for');
    assert.equal(await p.locator('#starters button.starter').first().isVisible(), false);
    // Keyboard only: the disclosure opens with Enter, Tab reaches the suggestions.
    await p.focus('#starters summary');
    await p.keyboard.press('Enter');
    await p.locator('#starters button.starter').first().waitFor({ state: 'visible' });
    const shown = await p.locator('#starters button.starter').evaluateAll((bs) => bs.map((b) => b.textContent));
    assert.deepEqual(shown, starters, 'every starter, in order, as the server words them');
    assert.ok(await p.locator('#starters button.starter').evaluateAll((bs) => bs.every((b) => b.type === 'button')),
      'a suggestion is not a submit button');
    assert.equal(await p.locator('#starters ul').getAttribute('aria-label'), 'Suggestions');
    await assertTapTargets(p);
    await axeCheckLightAndDark(p, 'starters');
    await screenshot(p, 'starters', '#starters li:nth-child(4)');

    await assertFitsSmallest(p);

    const before = sent.length;
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    assert.equal(await p.evaluate(() => document.activeElement.textContent), starters[1], 'Tab walks the suggestions');
    await p.keyboard.press('Enter');
    assert.equal(await p.inputValue('#commitment-text'), starters[1], 'the pick is in the box');
    assert.equal(await p.evaluate(() => document.activeElement.id), 'commitment-text', 'ready to be edited');
    assert.equal(await p.locator('#starters').evaluate((d) => d.open), false, 'the list folds away');
    assert.equal(await text(p, '#commitment-counter'), `${280 - [...starters[1]].length} characters left`);
    await waitText(p, '#announcer', 'Copied into the box');
    // Made one's own: the cursor is at the end of the text.
    await p.keyboard.type(', every Monday');
    written = `${starters[1]}, every Monday`;
    assert.equal(await p.inputValue('#commitment-text'), written);
    // A second pick replaces the text (by mouse this time); the edit is typed again.
    await p.click('#starters summary');
    await p.locator('#starters button.starter').nth(5).click();
    assert.equal(await p.inputValue('#commitment-text'), starters[5]);
    await p.fill('#commitment-text', written);
    assert.deepEqual(sent.slice(before), [], 'picking sent nothing');
    assert.deepEqual(await h.commitments(), [], 'nothing stored');
    assert.equal(await p.locator('#commitment-form').isVisible(), true, 'still the form');
  });

  await t.test('sent: the keep section shows it, kept on this phone with its day', async () => {
    await p.click('#commitment-submit');
    await waitText(p, '#commitment-thanks', 'Thank you');
    assert.deepEqual(await h.commitments(), [written]);
    await p.locator('#keep').waitFor({ state: 'visible' });
    assert.equal(await text(p, '#keep-heading'), 'Keep your commitment');
    assert.equal(await text(p, '#keep-text'), written);
    // In the phone's own English (en-GB): day, month, year.
    const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date(`${isoToday()}T12:00:00`));
    assert.equal(await text(p, '#keep-date'), `Written on ${day}`);
    for (const [id, label] of [['keep-save-text', 'Save as a text file'], ['keep-save-picture', 'Save as a picture'],
      ['keep-print', 'Print'], ['keep-remove', 'Remove it from this phone']]) {
      assert.equal(await text(p, `#${id}`), label);
    }
    assert.deepEqual(await keptCopy(p), { text: written, written: isoToday() }, 'the text and the day, nothing else');
    assert.deepEqual((await p.evaluate(() => Object.keys(localStorage))).sort(), [KEPT_KEY, 'upstander-token'],
      'a key of its own, next to the device token');
    await waitText(p, '#privacy-kept', 'also keeps a copy of your commitment');
    await assertTapTargets(p);
    await assertFitsSmallest(p);
    await axeCheckLightAndDark(p, 'keep commitment');
    await screenshot(p, 'keep-commitment', '#keep');
  });


  await t.test('stored though its reply was lost: kept all the same', async () => {
    // The laptop takes the commitment but the phone hears a 503 instead; its next try hears
    // already-submitted, which after such a try means this very text.
    const q = await phone();
    others.push(q);
    await q.goto(qrUrl);
    await waitKind(q, 'commitment');
    let lost = 0;
    await q.route('**/api/commitment', async (route) => {
      if (lost++ > 0) return route.continue();
      await route.fetch(); // stored…
      await route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"storage","message":"Not saved yet."}' });
    });
    const mine = 'Ask who has not spoken yet before I speak again';
    await q.fill('#commitment-text', mine);
    await q.click('#commitment-submit');
    await waitText(q, '#commitment-thanks', 'Thank you');
    assert.ok(lost >= 2, 'sent again after the 503');
    assert.ok((await h.commitments()).includes(mine), 'stored once');
    await q.locator('#keep').waitFor({ state: 'visible' });
    assert.match(await text(q, '#keep'), new RegExp(mine));
    assert.equal(await q.evaluate(() => JSON.parse(localStorage.getItem('upstander-commitment')).text), mine);
    await q.unroute('**/api/commitment');
  });
  await t.test('a text file, a picture and print, all made on the phone', async () => {
    const before = sent.length;
    const device = (await token(p)).split('.')[0];
    const [textFile] = await Promise.all([p.waitForEvent('download', { timeout: WAIT }), p.click('#keep-save-text')]);
    assert.equal(textFile.suggestedFilename(), 'my-commitment.txt');
    const content = fs.readFileSync(await textFile.path(), 'utf8');
    assert.ok(content.includes(written), `the file holds the commitment: ${content}`);
    assert.match(content, /Written on /, 'and the day it was written');
    for (const secret of [await token(p), device, h.info.code, `${h.info.code.slice(0, 3)}-${h.info.code.slice(3)}`, '127.0.0.1']) {
      assert.ok(!content.includes(secret), `the file does not hold "${secret}"`);
    }

    const [picture] = await Promise.all([p.waitForEvent('download', { timeout: WAIT }), p.click('#keep-save-picture')]);
    assert.equal(picture.suggestedFilename(), 'my-commitment.png');
    const png = fs.readFileSync(await picture.path());
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
    assert.ok(png.length > 10000, `a picture with something on it: ${png.length} bytes`);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.ok(width >= 1000 && height >= width, `large enough to read: ${width} × ${height}`);
    if (screenshotDir) await picture.saveAs(path.join(screenshotDir, 'phone-commitment-picture.png'));
    const ink = await titleInk(p, png);
    assert.ok(ink.minX < 150 && ink.maxX < ink.width / 2, `the title starts at the left: ${JSON.stringify(ink)}`);

    await p.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
    await p.click('#keep-print');
    assert.equal(await p.evaluate(() => window.__printed), 1, 'Print opens the browser\'s printing');
    // Printed, only the commitment shows.
    await p.emulateMedia({ media: 'print' });
    try {
      assert.equal(await p.locator('#print-sheet').isVisible(), true);
      assert.equal(await p.locator('main').isVisible(), false, 'nothing of the page but the sheet');
      assert.equal(await p.locator('header').isVisible(), false);
      const sheet = await text(p, '#print-sheet');
      assert.ok(sheet.includes(written) && sheet.includes('Written on '), sheet);
    } finally {
      await p.emulateMedia({ media: 'screen' });
    }
    await p.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await p.evaluate(() => document.body.className), '', 'the page prints whole again afterwards');
    assert.deepEqual(sent.slice(before), [], 'nothing was fetched or sent for any of it');
    assert.equal(await text(p, '#keep-status'), '', 'no trouble to report');
  });

  await t.test('a reload shows the kept commitment again', async () => {
    await p.reload();
    await waitKind(p, 'commitment');
    await p.locator('#keep').waitFor({ state: 'visible' });
    assert.equal(await text(p, '#keep-text'), written);
    assert.equal(await p.locator('#commitment-form').isVisible(), false);
    assert.match(await text(p, '#commitment-thanks'), /Thank you/);
  });

  let checkIn;
  await t.test('the check-in shows the kept commitment above the choices; only the choice is sent', async () => {
    const before = sent.length;
    checkIn = String((await h.send('open-check-in')).question);
    await waitKind(p, 'check-in');
    assert.equal(await question(p), checkIn);
    assert.equal(await text(p, '#prompt-heading'), 'Did you do what you committed to?');
    assert.equal(await p.evaluate(() => document.activeElement && document.activeElement.id), 'prompt-heading');
    const keys = await p.locator('#prompt-body .choices button.choice').evaluateAll((bs) => bs.map((x) => x.getAttribute('data-key')));
    assert.deepEqual(keys, ['done', 'partly', 'not-yet', 'no-commitment']);
    assert.equal(await p.locator('.pass-group button.choice-pass').count(), 1, 'Pass, as for every question');
    // Folded: a neighbour sees only that there is something to open.
    assert.equal(await p.locator('#kept-reminder').evaluate((d) => d.open), false);
    assert.equal(await text(p, '#kept-reminder summary'), 'Show what I committed to');
    assert.equal(await p.locator('#kept-reminder blockquote').isVisible(), false);
    await axeCheckLightAndDark(p, 'check-in, reminder folded');
    await p.focus('#kept-reminder summary');
    await p.keyboard.press('Enter');
    await p.locator('#kept-reminder blockquote').waitFor({ state: 'visible' });
    assert.equal(await text(p, '#kept-reminder .kept-reminder-label'), 'You committed to:');
    assert.equal(await text(p, '#kept-reminder blockquote'), `“${written}”`);
    assert.match(await text(p, '#kept-reminder'), /Written on /);
    assert.match(await text(p, '#kept-reminder'), /Shown only on this phone.*not sent with your answer/s);
    assert.ok(await p.evaluate(() => Boolean(document.getElementById('kept-reminder').compareDocumentPosition(
      document.querySelector('#prompt-body .choices')) & Node.DOCUMENT_POSITION_FOLLOWING)), 'above the choices');
    await assertTapTargets(p);
    await assertFitsSmallest(p);
    await axeCheckLightAndDark(p, 'check-in');
    await screenshot(p, 'check-in');

    await choice(p, 'partly').click();
    await waitText(p, '#answer-status', 'Saved');
    assert.deepEqual(await pressedKeys(p), ['partly']);
    const stored = (await h.answers()).filter((x) => String(x.question) === checkIn);
    assert.equal(stored.length, 1, JSON.stringify(stored));
    assert.equal(stored[0].choice, 'partly');
    assert.equal(stored[0].device, (await token(p)).split('.')[0], 'stored for this device');
    const answers = sent.slice(before).filter((r) => new URL(r.url).pathname === '/api/answer');
    assert.deepEqual(answers.map((r) => JSON.parse(r.body)), [{ question: Number(checkIn), choice: 'partly' }],
      'the answer holds the choice and nothing else');
    for (const r of sent.slice(before)) {
      for (const part of [written, written.slice(0, 20), encodeURIComponent(written.slice(0, 20))]) {
        assert.ok(!r.url.includes(part) && !r.body.includes(part), `the commitment went to the server: ${r.url} ${r.body}`);
      }
    }
  });

  await t.test('the check-in revealed: suppressed below k, then counts from three phones', async () => {
    // A phone with no commitment kept shows nothing extra. Its "I did not make a commitment"
    // does not count towards k: with this phone's "partly", one person who had committed.
    const answer = async (x, key) => {
      await choice(x, key).click();
      await waitText(x, '#answer-status', 'Saved');
    };
    const other = await phone();
    others.push(other);
    await other.goto(qrUrl);
    await waitKind(other, 'check-in');
    assert.equal(await other.locator('#kept-reminder').count(), 0, 'nothing kept, nothing shown');
    await answer(other, 'no-commitment');
    await h.send('reveal');
    await p.waitForSelector('#results:not([hidden])', { timeout: WAIT });
    assert.match(await text(p, '#results'), /Results are shown once at least 3 people who made a commitment have answered/);
    assert.equal(await p.locator('#results .bar-count').count(), 0, 'no counts');
    await axeCheck(p, 'check-in suppressed');
    await screenshot(p, 'check-in-suppressed', '#results');

    // A revealed question is closed: the next check-in, answered by three people who had
    // committed, reaches k.
    await h.send('open-check-in');
    await waitQuestionChange(p, checkIn);
    await waitKind(p, 'check-in');
    assert.equal(await p.locator('#results').isHidden(), true, 'no results for the new question');
    await p.locator('#kept-reminder').waitFor({ state: 'visible' });
    await answer(p, 'partly');
    await waitQuestionChange(other, checkIn);
    await answer(other, 'done');
    const third = await phone();
    others.push(third);
    await third.goto(qrUrl);
    await waitKind(third, 'check-in');
    await answer(third, 'not-yet');
    await h.send('reveal');
    await p.waitForSelector('#results:not([hidden]) .bar', { timeout: WAIT });
    const rows = await p.locator('#results .bar').evaluateAll((items) => items.map((li) => [
      li.querySelector('.bar-label').textContent, Number(li.querySelector('.bar-count').textContent)]));
    assert.deepEqual(rows, [['Yes, I did', 1], ['Partly', 1], ['Not yet', 1], ['I did not make a commitment', 0]]);
    assert.match(await text(p, '#results'), /3 answers in total/);
    assert.equal(await choice(p, 'partly').getAttribute('aria-pressed'), 'true', 'the answer stays marked');
    assert.match(await text(p, '#prompt-closed'), /This question is closed/);
    await axeCheckLightAndDark(p, 'check-in results');
    await screenshot(p, 'check-in-results', '#results');
  });

  await t.test('Remove it from this phone: gone from its storage, and after a reload', async () => {
    await h.send('commitments');
    await waitKind(p, 'commitment');
    await p.locator('#keep').waitFor({ state: 'visible' });
    assert.equal(await text(p, '#keep-text'), written, 'shown again when commitments are asked for again');
    await p.focus('#keep-remove');
    await p.keyboard.press('Enter');
    await waitText(p, '#keep-status', 'Removed from this phone.');
    assert.equal(await p.evaluate((key) => localStorage.getItem(key), KEPT_KEY), null, 'the copy is gone');
    assert.ok(await token(p), 'the device token stays');
    assert.equal(await p.locator('#keep-content').isVisible(), false, 'the text is gone from the page');
    assert.equal(await p.evaluate(() => document.activeElement.id), 'keep-heading', 'the focus stays in the section');
    assert.equal(await p.locator('#privacy-kept').isVisible(), false, 'the footer no longer says it keeps one');
    await axeCheck(p, 'commitment removed');
    await p.reload();
    await waitKind(p, 'commitment');
    await waitText(p, '#commitment-thanks', 'Thank you');
    assert.equal(await p.locator('#keep').isVisible(), false, 'no keep section without a copy');
    assert.ok(!(await p.evaluate(() => document.body.innerText)).includes(written), 'the text is nowhere on the page');
    assert.ok((await h.commitments()).includes(written), 'the workshop keeps its anonymous copy');
    // And a check-in now shows nothing extra.
    await h.send('open-check-in');
    await waitKind(p, 'check-in');
    assert.equal(await p.locator('#kept-reminder').count(), 0);
  });

  await t.test('no script errors or policy refusals on any phone', async () => {
    for (const x of [p, ...others]) assertNoPageProblems(x);
  });
  for (const x of [p, ...others]) await x.context().close();
});

test('a German session shows the page in German', { timeout: 120000 }, async (t) => {
  let h;
  try {
    h = await Harness.start(['--language', 'de']);
  } catch (e) {
    // Only a harness without the option is a reason to skip; any other failure is a failure.
    if (!/language|option|usage/i.test(e.message)) throw e;
    t.skip(`the harness cannot start a German session (--language de): ${e.message.split('\n').slice(0, 3).join(' ')}`);
    return;
  }
  harnesses.push(h);
  const qrUrl = `${h.info.url}#${h.info.code}`;

  await t.test('before joining, a German phone gets the German form', async () => {
    const p = await phone({ locale: 'de-DE' });
    await p.goto(h.info.url);
    await p.waitForSelector('#join:not([hidden])', { timeout: WAIT });
    assert.equal(await p.getAttribute('html', 'lang'), 'de');
    assert.equal(await text(p, 'label[for="join-code"]'), 'Beitrittscode');
    await axeCheck(p, 'join form, German');
    await p.context().close();
  });

  await t.test('an English phone in a German session switches to German', async () => {
    const p = await phone({ locale: 'en-GB' });
    await p.goto(qrUrl);
    await waitKind(p, 'self-placement');
    await p.waitForFunction(() => document.documentElement.lang === 'de', null, { timeout: WAIT });
    await waitText(p, '#connection-text', 'Verbunden');
    assert.equal((await choice(p, 'pass').locator('.choice-label').innerText()), 'Passen');
    assert.equal(await p.locator('#prompt-body .choices .choice-label').count(), 5);
    await choice(p, 'active-ally').click();
    await waitText(p, '#answer-status', 'Gespeichert');
    assert.match(await choice(p, 'active-ally').innerText(), /Deine Antwort/);
    await axeCheck(p, 'self-placement, German');
    await screenshot(p, 'de');
    await h.send('waiting');
    await waitKind(p, 'waiting');
    assert.equal(await text(p, '#prompt-heading'), 'Warten auf die Moderation…');
    await h.send('commitments');
    await waitKind(p, 'commitment');
    assert.equal(await text(p, '#prompt-heading'), 'Dein Vorsatz');
    assert.equal(await text(p, '#commitment-counter'), 'Noch 280 Zeichen');
    await axeCheck(p, 'commitment, German');
    assertNoPageProblems(p);
  });

  const g = await phone({ locale: 'de-DE' });
  await g.goto(qrUrl);
  await waitKind(g, 'commitment');

  await t.test('the starter actions arrive in German', async (st) => {
    await g.click('#starters summary');
    const shown = await g.locator('#starters button.starter').evaluateAll((bs) => bs.map((b) => b.textContent));
    const english = (await serverState(g, 'en')).prompt.starters;
    assert.equal(shown.length, english.length, 'every starter action');
    const untranslated = shown.filter((s, i) => s === english[i]);
    assert.deepEqual(untranslated, [], 'no starter action in English');
  });

  await t.test('the starters, the kept commitment and the check-in speak German', async (st) => {
    assert.equal(await text(g, '#starters summary'), 'Mit einem Vorschlag beginnen');
    assert.match(await text(g, '#starters'), /Gesendet wird erst, wenn du auf „Vorsatz senden“ drückst\./);
    if (!(await g.locator('#starters').evaluate((d) => d.open))) await g.click('#starters summary');
    const first = await g.locator('#starters button.starter').first().innerText();
    await g.locator('#starters button.starter').first().click();
    assert.equal(await g.inputValue('#commitment-text'), first);
    await axeCheck(g, 'starters, German');
    await g.click('#commitment-submit');
    await waitText(g, '#commitment-thanks', 'Danke');
    await g.locator('#keep').waitFor({ state: 'visible' });
    assert.equal(await text(g, '#keep-heading'), 'Deinen Vorsatz aufbewahren');
    assert.equal(await text(g, '#keep-save-text'), 'Als Textdatei speichern');
    assert.equal(await text(g, '#keep-save-picture'), 'Als Bild speichern');
    assert.equal(await text(g, '#keep-print'), 'Drucken');
    assert.equal(await text(g, '#keep-remove'), 'Von diesem Handy entfernen');
    const day = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' }).format(new Date(`${isoToday()}T12:00:00`));
    assert.equal(await text(g, '#keep-date'), `Geschrieben am ${day}`);
    const [file] = await Promise.all([g.waitForEvent('download', { timeout: WAIT }), g.click('#keep-save-text')]);
    const content = fs.readFileSync(await file.path(), 'utf8');
    assert.ok(content.startsWith('Mein Vorsatz\n') && content.includes(first) && content.includes(`Geschrieben am ${day}`), content);
    await axeCheck(g, 'keep commitment, German');
    await h.send('open-check-in');
    await waitKind(g, 'check-in');
    assert.equal(await text(g, '#kept-reminder summary'), 'Meinen Vorsatz zeigen');
    await g.click('#kept-reminder summary');
    assert.equal(await text(g, '#kept-reminder .kept-reminder-label'), 'Du hast dir vorgenommen:');
    assert.equal(await text(g, '#kept-reminder blockquote'), `„${first}“`);
    assert.match(await text(g, '#prompt-hint'), /^Antworte ehrlich für dich/);
    assert.equal(await choice(g, 'pass').locator('.choice-label').innerText(), 'Passen');
    await checkServerEnglish(st, g, CHECK_IN_ENGLISH, 'the check-in in German');
    await axeCheck(g, 'check-in, German');
    await screenshot(g, 'check-in-de');
    await choice(g, 'done').click();
    await waitText(g, '#answer-status', 'Gespeichert');
    await h.send('reveal');
    await waitText(g, '#results', 'Ergebnisse werden gezeigt, sobald mindestens 3 Personen geantwortet haben, die sich etwas vorgenommen hatten.');
    assertNoPageProblems(g);
  });
  await g.context().close();
});

// ------------------------------------------------------------------ languages

const i18nDir = path.join(here, '..', '..', 'resources', 'participant', 'i18n');
const english = JSON.parse(fs.readFileSync(path.join(i18nDir, 'en.json'), 'utf8'));
// Every English text of the page and what the server words itself, longer than one word:
// none may show on a phone that speaks another language.
function englishTexts() {
  const texts = [];
  (function walk(node) {
    for (const value of Object.values(node)) {
      if (typeof value === 'string') texts.push(value.replace(/\{\w+\}/g, '').trim());
      else walk(value);
    }
  })(english);
  texts.push('Where are you today?', 'Passive supporter', 'Performative ally', 'Active ally',
    'Notices what happens and does nothing about it', 'Bystander', 'Advocate');
  return texts.filter((s) => s.split(/\s+/).length >= 2 || ['Bystander', 'Advocate', 'Pass', 'Join', 'Connected'].includes(s));
}
const ENGLISH = englishTexts();

async function englishOnPage(page) {
  const shown = await page.evaluate(() => document.body.innerText + '\n' + document.title);
  return ENGLISH.filter((e) => e && new RegExp(`(^|[^\\p{L}])${e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(shown));
}

test('each phone in its own language, the answer kept across a switch', { timeout: 240000 }, async (t) => {
  const h = await Harness.start(['--language', 'fr']);
  harnesses.push(h);
  const qrUrl = `${h.info.url}#${h.info.code}`;
  const p = await phone({ locale: 'en-GB' });
  await p.goto(qrUrl);
  await waitKind(p, 'self-placement');

  await t.test('the page opens in the room\'s language', async () => {
    await p.waitForFunction(() => document.documentElement.lang === 'fr', null, { timeout: WAIT });
    assert.equal(await p.locator('#language').inputValue(), 'fr');
    assert.deepEqual(await englishOnPage(p), [], 'English on a French phone');
    await screenshot(p, 'fr');
  });

  let french;
  await t.test('switching to Arabic mid-question keeps the answer and mirrors the page', async () => {
    await choice(p, 'active-ally').click();
    await p.waitForFunction(() => document.querySelector('#prompt-body button.choice[data-key="active-ally"][aria-pressed="true"]'), null, { timeout: WAIT });
    french = await text(p, '#prompt-heading');
    await p.selectOption('#language', 'ar');
    await p.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl', null, { timeout: WAIT });
    await p.waitForFunction((f) => {
      const heading = document.getElementById('prompt-heading').textContent;
      return heading && heading !== f && /[\u0600-\u06FF]/.test(heading);
    }, french, { timeout: WAIT });
    assert.deepEqual(await pressedKeys(p), ['active-ally'], 'the answer is kept');
    const label = await choice(p, 'active-ally').locator('.choice-label').innerText();
    assert.match(label, /[\u0600-\u06FF]/, `the stage in Arabic: ${label}`);
    assert.deepEqual(await englishOnPage(p), [], 'English on an Arabic phone');
    // Mirrored: the choices' text starts at the right.
    const align = await choice(p, 'active-ally').evaluate((b) => getComputedStyle(b).textAlign);
    assert.equal(align, 'start');
    assert.equal(await choice(p, 'active-ally').evaluate((b) => getComputedStyle(b).direction), 'rtl');
    await assertNoHorizontalScroll(p);
    await axeCheck(p, 'self-placement, Arabic');
    await screenshot(p, 'ar');
    const answers = await h.answers();
    assert.deepEqual(answers.map((a) => a.choice), ['active-ally'], 'one answer, by its key');
  });

  await t.test('a decision in the phone\'s language; the answer counts by option', async () => {
    await h.send('open-decision');
    await waitKind(p, 'decision');
    const arabic = await text(p, '#prompt-heading');
    assert.match(arabic, /[\u0600-\u06FF]/, `the decision's question in Arabic: ${arabic}`);
    const keys = await p.locator('#prompt-body .choices button.choice').evaluateAll((bs) => bs.map((x) => x.getAttribute('data-key')));
    await choice(p, keys[1]).click();
    await p.waitForFunction((k) => document.querySelector(`#prompt-body button.choice[data-key="${k}"][aria-pressed="true"]`), keys[1], { timeout: WAIT });
    await axeCheck(p, 'decision, Arabic');
    await p.selectOption('#language', 'pt-BR');
    await p.waitForFunction((a) => document.documentElement.lang === 'pt-BR' && document.documentElement.dir === 'ltr' &&
      document.getElementById('prompt-heading').textContent !== a, arabic, { timeout: WAIT });
    assert.deepEqual(await pressedKeys(p), [keys[1]], 'the answer is kept across the switch');
    assert.deepEqual(await englishOnPage(p), [], 'English on a Brazilian phone');
    await screenshot(p, 'pt-BR');
    const answers = await h.answers();
    assert.equal(answers.filter((a) => a.choice === keys[1]).length, 1, 'the decision answer, by its option');
  });

  await t.test('the pick is remembered on the phone; typed text keeps its own direction', async () => {
    await p.reload();
    await waitKind(p, 'decision');
    await p.waitForFunction(() => document.documentElement.lang === 'pt-BR', null, { timeout: WAIT });
    await p.selectOption('#language', 'ar');
    await h.send('commitments');
    await waitKind(p, 'commitment');
    assert.equal(await p.locator('#prompt-body textarea').getAttribute('dir'), 'auto');
    await p.locator('#prompt-body textarea').fill('I will name Priya in the 10:00 meeting');
    assert.equal(await p.locator('#prompt-body textarea').evaluate((a) => getComputedStyle(a).direction), 'ltr');
    await axeCheck(p, 'commitment, Arabic');
    assertNoPageProblems(p);
  });

  await t.test('in Arabic the kept commitment reads right to left, on the page and in the picture', async () => {
    const arabic = 'سأذكر اسم زميلتي بصوت عالٍ حين تُنسب فكرتها إلى غيرها في الاجتماع القادم';
    await p.fill('#prompt-body textarea', arabic);
    // What is written stays in the box when the page changes language.
    await p.selectOption('#language', 'fr');
    await p.waitForFunction(() => document.documentElement.lang === 'fr', null, { timeout: WAIT });
    assert.equal(await p.inputValue('#commitment-text'), arabic, 'the text survives a switch to French');
    await p.selectOption('#language', 'ar');
    await p.waitForFunction(() => document.documentElement.lang === 'ar', null, { timeout: WAIT });
    assert.equal(await p.inputValue('#commitment-text'), arabic, 'and back');
    await p.click('#commitment-submit');
    await p.locator('#keep').waitFor({ state: 'visible' });
    assert.equal(await text(p, '#keep-text'), arabic);
    assert.equal(await p.locator('#keep-text').evaluate((e) => getComputedStyle(e).direction), 'rtl');
    assert.match(await text(p, '#keep-heading'), /[\u0600-\u06FF]/);
    assert.deepEqual(await englishOnPage(p), [], 'English on the kept commitment in Arabic');
    const [picture] = await Promise.all([p.waitForEvent('download', { timeout: WAIT }), p.click('#keep-save-picture')]);
    const png = fs.readFileSync(await picture.path());
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
    if (screenshotDir) await picture.saveAs(path.join(screenshotDir, 'phone-commitment-picture-ar.png'));
    const ink = await titleInk(p, png);
    assert.ok(ink.maxX > ink.width - 150 && ink.minX > ink.width / 2, `the title starts at the right: ${JSON.stringify(ink)}`);
    await assertNoHorizontalScroll(p);
    await axeCheck(p, 'keep commitment, Arabic');
    await screenshot(p, 'keep-commitment-ar', '#keep');
    assertNoPageProblems(p);
  });
  await p.context().close();
});

test('no English on the phones of a session in any other language', { timeout: 240000 }, async (t) => {
  // Every language the page has texts for (tst_languages holds them to the registry).
  const languages = fs.readdirSync(i18nDir).filter((f) => f.endsWith('.json') && f !== 'en.json')
    .map((f) => f.replace(/\.json$/, ''));
  for (const lang of languages) {
    await t.test(lang, async () => {
      const h = await Harness.start(['--language', lang]);
      harnesses.push(h);
      const p = await phone({ locale: 'en-GB' });
      await p.goto(`${h.info.url}#${h.info.code}`);
      await waitKind(p, 'self-placement');
      await p.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: WAIT });
      assert.deepEqual(await englishOnPage(p), [], `English on the self-placement in ${lang}`);
      await h.send('open-decision');
      await waitKind(p, 'decision');
      assert.deepEqual(await englishOnPage(p), [], `English on the decision in ${lang}`);
      await h.send('reveal');
      await p.waitForSelector('#results:not([hidden])', { timeout: WAIT });
      assert.deepEqual(await englishOnPage(p), [], `English on the results in ${lang}`);

      // The commitment with its starter actions, then kept; the check-in with it, revealed.
      await h.send('commitments');
      await waitKind(p, 'commitment');
      const starters = (await serverState(p, 'en')).prompt.starters;
      await p.click('#starters summary');
      await p.locator('#starters button.starter').first().waitFor({ state: 'visible' });
      assert.deepEqual(await englishOnPage(p), [], `English on the commitment in ${lang}`);
      await checkServerEnglish(t, p, starters, `the starter actions in ${lang}`);
      await p.locator('#starters button.starter').first().click();
      await p.click('#commitment-submit');
      await p.locator('#keep').waitFor({ state: 'visible' });
      assert.deepEqual(await englishOnPage(p), [], `English on the kept commitment in ${lang}`);
      await h.send('open-check-in');
      await waitKind(p, 'check-in');
      await p.locator('#kept-reminder').waitFor({ state: 'visible' });
      assert.deepEqual(await englishOnPage(p), [], `English on the check-in in ${lang}`);
      await checkServerEnglish(t, p, CHECK_IN_ENGLISH, `the check-in in ${lang}`);
      await choice(p, 'partly').click();
      await p.waitForSelector('#prompt-body button.choice[data-key="partly"][aria-pressed="true"]', { timeout: WAIT });
      await h.send('reveal');
      await p.waitForSelector('#results:not([hidden])', { timeout: WAIT });
      assert.deepEqual(await englishOnPage(p), [], `English on the check-in's results in ${lang}`);
      await h.send('commitments');
      await waitKind(p, 'commitment');
      await p.click('#keep-remove');
      await p.locator('#keep-content').waitFor({ state: 'hidden' });
      assert.deepEqual(await englishOnPage(p), [], `English after removing the kept commitment in ${lang}`);
      assertNoPageProblems(p);
      await p.context().close();
      await h.quit();
    });
  }
});

process.on('exit', () => {
  if (axeLog.length) {
    console.log(`# axe-core: ${axeLog.length} states checked, ${axeLog.reduce((s, x) => s + x.violations, 0)} violations: ${axeLog.map((x) => x.state).join('; ')}`);
  }
});
