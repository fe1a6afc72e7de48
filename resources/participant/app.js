// Upstander participant page: join with the session's code, then follow what the facilitator
// has opened (one live stream, GET /api/live; long polling GET /api/state where a stream
// cannot be held) and send answers. The contract is
// docs/participant-api.md. Plain ES2019, no libraries, nothing fetched from elsewhere.
'use strict';

(function () {
  var TOKEN_KEY = 'upstander-token';
  var LANGUAGE_KEY = 'upstander-language';  // the participant's own choice, on this phone
  // The participant's own copy of their commitment, on this phone only. A key of its own: it
  // outlives the session and its token (a later check-in shows it), and removing it leaves the
  // token alone.
  var KEPT_KEY = 'upstander-commitment';
  var CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  // The languages the program speaks, from its one registry (GET /i18n/languages.json at start):
  // { code, name, rtl }, the code as the files name it ("pt-BR").
  var LANGUAGES = [{ code: 'en', name: 'English', rtl: false }];
  var POLL_TIMEOUT_MS = 30000;      // the server holds a long poll for up to 20 s
  var STREAM_SILENCE_MS = 40000;    // the server writes to a stream at least every 15 s
  var STREAM_ATTEMPTS = 3;          // streams that fail before any state: then poll instead
  var REQUEST_TIMEOUT_MS = 15000;
  var BACKOFF_MS = [1000, 2000, 4000, 5000];
  var OFFLINE_AFTER_FAILURES = 6;   // about 20 s of failed attempts in a row
  var MAX_RETRY_AFTER_MS = 60000;
  var QUESTION_MAX = 280;           // POST /api/question: 1 to 280 characters as a person sees them

  var $ = function (id) { return document.getElementById(id); };

  // ---------------------------------------------------------------- state

  var app = {
    lang: null,
    room: null,            // the session's language: the page's own unless the participant picks one
    chosen: null,          // the participant's pick (remembered on this phone), or null
    strings: null,
    code: null,
    token: null,
    version: null,
    prompt: null,
    results: null,
    promptId: null,        // kind + question: a change means a new prompt
    connection: 'idle',
    failures: 0,
    loop: 0,               // generation of the running poll loop
    pending: null,         // { question, choice, status: 'sending' | 'queued' }
    answerNote: null,      // { kind: 'saved' | 'error' | 'lost', message }
    sendingAnswer: false,
    commitment: null,      // { text, status: 'sending' | 'queued' } while not yet stored
    commitmentNote: null,  // { kind: 'error', message }
    commitmentDone: false, // this device's commitment is stored
    kept: null,            // the kept commitment { text, written }, for when localStorage cannot hold it
    keepNote: null,        // what the keep section says: 'removed' | 'picture-failed' | null
    sleeper: null,
    retryTimer: null,
    stream: null,          // the AbortController of the live stream, while one is open
    relabel: false,        // the language changed: build the prompt again in the new words
    pause: { asked: false, status: null }, // the private pause signal; status: 'sending' | 'seen' | 'failed'
    privacy: null,         // the session's anonymity notice: { k, keptMonths }
    // The role-play on the projector ({ id, title, contentNote, sittingOut }) or null, and
    // how sitting it out stands: status 'sending' | 'failed' | null.
    rolePlay: null,
    sitOut: { status: null },
    // The anonymous question for the facilitator: status 'sending' | 'sent' | 'failed' |
    // 'error' (with error, the server's or the page's key) | null.
    ask: { status: null },
    askRetry: null,        // { text, id } of a question whose reply never came: sent again as one
  };

  var stringCache = {};

  // ---------------------------------------------------------------- storage

  function loadToken() {
    try { return window.localStorage.getItem(TOKEN_KEY); } catch (e) { return null; }
  }

  function loadChosenLanguage() {
    try { return window.localStorage.getItem(LANGUAGE_KEY); } catch (e) { return null; }
  }

  function saveChosenLanguage(code) {
    app.chosen = code;
    try { window.localStorage.setItem(LANGUAGE_KEY, code); } catch (e) { /* memory only */ }
  }

  function saveToken(token) {
    app.token = token;
    try { window.localStorage.setItem(TOKEN_KEY, token); } catch (e) { /* private mode: memory only */ }
  }

  // The commitment this phone keeps for its participant: { text, written }, written the day it
  // was stored (ISO, no time). Nothing says which workshop or device it came from, and it never
  // goes back to the server: it is for the person holding the phone, e.g. at a later check-in.
  function loadKept() {
    var raw;
    try { raw = window.localStorage.getItem(KEPT_KEY); } catch (e) { return app.kept; }
    var kept = null;
    try { kept = JSON.parse(raw); } catch (e) { kept = null; /* damaged: as if there were none */ }
    if (kept && typeof kept.text === 'string' && kept.text && typeof kept.written === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(kept.written)) {
      return { text: kept.text, written: kept.written };
    }
    return app.kept;   // one the storage refused (private mode, full): for this page's life only
  }

  function saveKept(text) {
    var kept = { text: text, written: isoDay(new Date()) };
    app.kept = kept;
    try {
      window.localStorage.setItem(KEPT_KEY, JSON.stringify(kept));
    } catch (e) {
      // Memory only; an older copy left in the storage would otherwise be shown as this one.
      try { window.localStorage.removeItem(KEPT_KEY); } catch (e2) { /* no storage at all */ }
    }
    renderKeptNote();
  }

  function removeKept() {
    app.kept = null;
    try { window.localStorage.removeItem(KEPT_KEY); } catch (e) { /* nothing was stored */ }
    renderKeptNote();
  }

  // The day in the phone's own time zone: the day the person wrote it, not UTC's.
  function isoDay(date) {
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }

  // ---------------------------------------------------------------- i18n

  function findLanguage(code) {
    for (var i = 0; i < LANGUAGES.length; i++) {
      if (LANGUAGES[i].code === code) return LANGUAGES[i];
    }
    return null;
  }

  // The registry's code for a language tag: "pt-BR" as it is, "de-AT" as "de", "pt" as "pt-BR".
  function pickLanguage(tag) {
    var wanted = String(tag || '').toLowerCase();
    var base = wanted.split('-')[0];
    var i;
    for (i = 0; i < LANGUAGES.length; i++) {
      if (LANGUAGES[i].code.toLowerCase() === wanted) return LANGUAGES[i].code;
    }
    for (i = 0; i < LANGUAGES.length; i++) {
      if (LANGUAGES[i].code.toLowerCase().split('-')[0] === base) return LANGUAGES[i].code;
    }
    return 'en';
  }

  // What the page speaks: the participant's pick, else the room's, else the phone's own.
  function wantedLanguage() {
    return pickLanguage(app.chosen || app.room || navigator.language || 'en');
  }

  // The phone's language for the server's own words (questions, options, stages), when the
  // participant picked one; the server words everything in the room's language otherwise.
  function languageQuery(separator) {
    return app.chosen ? separator + 'lang=' + encodeURIComponent(pickLanguage(app.chosen)) : '';
  }

  function lookup(key) {
    var node = app.strings;
    var parts = key.split('.');
    for (var i = 0; i < parts.length; i++) {
      if (!node || typeof node !== 'object') return null;
      node = node[parts[i]];
    }
    return node === undefined ? null : node;
  }

  // t('results.total', { n: 3 }) picks the plural form for n and fills in {n}.
  function t(key, vars) {
    var value = lookup(key);
    if (value && typeof value === 'object' && vars && typeof vars.n === 'number') {
      var form = new Intl.PluralRules(app.lang).select(vars.n);
      value = value[form] !== undefined ? value[form] : value.other;
    }
    if (typeof value !== 'string') return key;
    return value.replace(/\{(\w+)\}/g, function (whole, name) {
      return vars && vars[name] !== undefined ? String(vars[name]) : whole;
    });
  }

  // "2026-12-03" as the page's language writes a day: "3. Dezember 2026"; in the phone's own
  // variant of it when it has one ("3 December 2026" on a British phone, not "December 3").
  function formatDay(iso) {
    var parts = iso.split('-').map(Number);
    var own = String(navigator.language || '');
    var locale = own.split('-')[0].toLowerCase() === app.lang.split('-')[0].toLowerCase() ? own : app.lang;
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long' })
        .format(new Date(parts[0], parts[1] - 1, parts[2]));
    } catch (e) {
      return iso;
    }
  }

  function errorText(key) {
    var value = lookup('errors.' + key);
    return typeof value === 'string' ? value : t('errors.unknown');
  }

  async function loadStrings(lang) {
    if (stringCache[lang]) return stringCache[lang];
    var delay = 0;
    for (;;) {
      try {
        var response = await fetch('/i18n/' + lang + '.json', { cache: 'no-cache' });
        if (response.ok) {
          stringCache[lang] = await response.json();
          return stringCache[lang];
        }
      } catch (e) { /* retried below */ }
      delay = nextDelay(delay);
      await sleep(delay);
    }
  }

  async function loadLanguages() {
    try {
      var response = await fetch('/i18n/languages.json', { cache: 'no-cache' });
      if (!response.ok) return;
      var languages = (await response.json()).filter(function (l) {
        return l && typeof l.code === 'string' && l.code;
      }).map(function (l) {
        return { code: l.code, name: String(l.name || l.code), rtl: !!l.rtl };
      });
      if (languages.length) LANGUAGES = languages;
    } catch (e) { /* English, the source language, is always there */ }
  }

  async function useLanguage(lang) {
    lang = pickLanguage(lang);
    if (lang === app.lang && app.strings) return false;
    var strings = await loadStrings(lang);
    app.lang = lang;
    app.strings = strings;
    var language = findLanguage(lang);
    document.documentElement.lang = lang;
    document.documentElement.dir = language && language.rtl ? 'rtl' : 'ltr';
    document.title = t('pageTitle');
    $('language').value = lang;
    var marked = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < marked.length; i++) {
      marked[i].textContent = t(marked[i].getAttribute('data-i18n'));
    }
    renderPause();
    renderAsk();
    renderPrivacy();
    return true;
  }

  // ---------------------------------------------------------------- timing

  function nextDelay(previous) {
    for (var i = 0; i < BACKOFF_MS.length; i++) {
      if (BACKOFF_MS[i] > previous) return BACKOFF_MS[i];
    }
    return BACKOFF_MS[BACKOFF_MS.length - 1];
  }

  // With a quarter either way at random, so that a room of phones that lost the server at the
  // same moment does not come back at the same moment.
  function backoffFor(failures) {
    var base = BACKOFF_MS[Math.min(Math.max(failures - 1, 0), BACKOFF_MS.length - 1)];
    return Math.round(base * (0.75 + Math.random() * 0.5));
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  // A sleep that wake() ends early: when the phone comes back online or the page is shown again.
  function wakeableSleep(ms) {
    return new Promise(function (resolve) {
      var timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        if (app.sleeper === done) app.sleeper = null;
        resolve();
      }
      app.sleeper = done;
    });
  }

  function wake() {
    if (app.sleeper) app.sleeper();
  }

  // ---------------------------------------------------------------- HTTP

  // Resolves to { ok, status, data, error, retryAfterMs, network }; never rejects.
  async function api(method, path, body, timeoutMs) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, timeoutMs || REQUEST_TIMEOUT_MS);
    var headers = {};
    if (app.token) headers['X-Upstander-Token'] = app.token;
    if (body !== undefined && body !== null) headers['Content-Type'] = 'application/json';
    try {
      var response = await fetch(path, {
        method: method,
        headers: headers,
        body: body !== undefined && body !== null ? JSON.stringify(body) : undefined,
        cache: 'no-store',
        credentials: 'omit',
        signal: controller.signal
      });
      var data = null;
      try { data = await response.json(); } catch (e) { data = null; }
      var retryAfter = parseFloat(response.headers.get('Retry-After'));
      return {
        ok: response.ok,
        status: response.status,
        data: data,
        error: !response.ok ? ((data && typeof data.error === 'string') ? data.error : 'unknown') : null,
        retryAfterMs: isFinite(retryAfter) ? Math.min(Math.max(retryAfter * 1000, 1000), MAX_RETRY_AFTER_MS) : null,
        network: false
      };
    } catch (e) {
      return { ok: false, status: 0, data: null, error: 'network', retryAfterMs: null, network: true };
    } finally {
      clearTimeout(timer);
    }
  }

  // Worth trying again by itself: no answer at all, a busy server, too many requests, or a
  // write the laptop could not store yet (the API asks for the same answer to be sent again).
  function isTransient(result) {
    return result.network || result.status === 429 || result.status >= 500;
  }

  // ---------------------------------------------------------------- connection state

  function setConnection(stateName) {
    app.connection = stateName;
    $('connection').setAttribute('data-state', stateName);
    $('connection-text').textContent = t('connection.' + stateName);
    $('connection-hint').hidden = stateName !== 'offline';
  }

  function connectionFailed() {
    app.failures++;
    var offline = navigator.onLine === false || app.failures >= OFFLINE_AFTER_FAILURES;
    setConnection(offline ? 'offline' : 'reconnecting');
  }

  function connectionWorks() {
    var wasDown = app.connection !== 'connected';
    app.failures = 0;
    setConnection('connected');
    if (wasDown) {
      // Whatever waited for the connection goes out now.
      if (app.pending && app.pending.status === 'queued') sendAnswer();
      if (app.commitment && app.commitment.status === 'queued') sendCommitment();
    }
  }

  // ---------------------------------------------------------------- join code

  // "abc-234", "ABC 234" and "abc234" are all ABC234; anything else is null.
  function normaliseCode(raw) {
    var code = String(raw || '').toUpperCase().replace(/[\s\-–—]/g, '');
    if (code.length !== 6) return null;
    for (var i = 0; i < code.length; i++) {
      if (CODE_ALPHABET.indexOf(code[i]) < 0) return null;
    }
    return code;
  }

  function codeFromHash() {
    var hash = String(location.hash || '').replace(/^#/, '');
    try {
      hash = decodeURIComponent(hash);
    } catch (e) {
      // A mangled link ("#ABC%2"): take it as typed; the join form says if it is wrong.
    }
    return normaliseCode(hash);
  }

  function formatCode(code) {
    return code.slice(0, 3) + '-' + code.slice(3);
  }

  function showJoinForm(messageKey, message) {
    app.loop++;              // stop any running poll loop
    $('prompt').hidden = true;
    $('results').hidden = true;
    $('pause').hidden = true;
    $('ask').hidden = true;
    $('join').hidden = false;
    var input = $('join-code');
    if (app.code && !input.value) input.value = formatCode(app.code);
    setJoinBusy(false);
    var error = $('join-error');
    var text = message || (messageKey ? t(messageKey) : '');
    error.textContent = text;
    error.hidden = !text;
    if (text) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
    if (app.connection !== 'idle') setConnection('idle');
  }

  function setJoinBusy(busy) {
    var button = $('join-submit');
    button.disabled = busy;
    button.textContent = t(busy ? 'join.joining' : 'join.submit');
  }

  async function onJoinSubmit(event) {
    event.preventDefault();
    var code = normaliseCode($('join-code').value);
    if (!code) {
      showJoinForm('join.invalid');
      $('join-code').focus();
      return;
    }
    $('join-error').hidden = true;
    $('join-code').removeAttribute('aria-invalid');
    setJoinBusy(true);
    var ok = await join(code, true);
    if (!ok) $('join-code').focus();
  }

  // Joins (or rejoins with the stored token) and starts following the session.
  // fromForm: errors go to the form; otherwise transient failures are retried quietly.
  async function join(code, fromForm) {
    var generation = ++app.loop;
    if (app.stream) app.stream.abort();   // the stream of the session followed before
    if (app.code && app.code !== code) {
      // Another session: nothing of the previous one carries over.
      app.version = null;
      app.promptId = null;
      app.pending = null;
      app.commitment = null;
      app.commitmentDone = false;
      app.pause = { asked: false, status: null };
      app.privacy = null;
      app.ask = { status: null };
      app.askRetry = null;
      $('ask-text').value = '';   // a question meant for the other workshop is not sent to this one
      renderPause();
      renderAsk();
      renderPrivacy();
    }
    app.code = code;
    var failures = 0;
    for (;;) {
      var body = { code: code };
      if (app.token) body.token = app.token;
      setConnection(failures ? (navigator.onLine === false ? 'offline' : 'reconnecting') : 'connecting');
      var result = await api('POST', '/api/join', body);
      if (generation !== app.loop) return false;
      if (result.ok && result.data && typeof result.data.token === 'string') {
        saveToken(result.data.token);
        if (location.hash.replace(/^#/, '') !== code) {
          try { history.replaceState(null, '', '#' + code); } catch (e) { /* not essential */ }
        }
        if (typeof result.data.language === 'string') app.room = result.data.language;
        await useLanguage(wantedLanguage());
        if (generation !== app.loop) return false;
        $('join').hidden = true;
        connectionWorks();
        followLoop(generation);
        return true;
      }
      if (result.status === 401 && body.token) {
        // A token from another session: join afresh rather than give up.
        app.token = null;
        continue;
      }
      if (isTransient(result)) {
        failures++;
        if (fromForm && failures === 1 && !result.network) {
          $('join-error').textContent = errorText(result.error);
          $('join-error').hidden = false;
        }
        setConnection(navigator.onLine === false ? 'offline' : 'reconnecting');
        await wakeableSleep(result.retryAfterMs || backoffFor(failures));
        if (generation !== app.loop) return false;
        continue;
      }
      showJoinForm(null, errorText(result.error));
      return false;
    }
  }

  // The server no longer knows this device's token: join again with the code and the token
  // (it comes back unchanged if it is still good). Only a refused code ends at the form.
  async function rejoin(generation) {
    var failures = 0;
    for (;;) {
      var body = { code: app.code };
      if (app.token) body.token = app.token;
      var result = await api('POST', '/api/join', body);
      if (generation !== app.loop) return false;
      if (result.ok && result.data && typeof result.data.token === 'string') {
        saveToken(result.data.token);
        return true;
      }
      if (result.status === 401 && body.token) { app.token = null; continue; }
      if (isTransient(result)) {
        failures++;
        connectionFailed();
        await wakeableSleep(result.retryAfterMs || backoffFor(failures));
        if (generation !== app.loop) return false;
        continue;
      }
      showJoinForm(null, t('join.rejoinFailed') + ' ' + errorText(result.error));
      $('join-code').focus();
      return false;
    }
  }

  // ---------------------------------------------------------------- following the session

  // Follows the session over one live stream: every state the server publishes arrives as a
  // server-sent event ("data: {state}"), read from fetch()'s body so that the device token
  // goes in a header. A stream cut by the network is opened again (with the usual backoff);
  // where streams themselves do not work (no readable bodies, a server without them, or a
  // network in between that holds their data back), the page polls instead.
  async function followLoop(generation) {
    var canStream = typeof ReadableStream !== 'undefined' && typeof TextDecoder !== 'undefined' &&
      typeof AbortController !== 'undefined';
    var failures = 0;
    var unusable = 0;
    var quickEnds = 0;
    while (canStream && generation === app.loop && unusable < STREAM_ATTEMPTS) {
      var started = Date.now();
      var outcome = await followStream(generation);
      if (generation !== app.loop) return;
      if (outcome.states > 0) {
        failures = 0;       // it worked until the server or the network ended it
        unusable = 0;
        // Ended again and again soon after it began (the same phone open in two tabs: each
        // new stream ends the other's): back off instead of taking turns at full speed.
        quickEnds = Date.now() - started < 5000 ? quickEnds + 1 : 0;
        if (quickEnds > 1) await wakeableSleep(backoffFor(quickEnds - 1));
        continue;
      }
      if (outcome.status === 401) {
        if (!(await rejoin(generation))) return;
        continue;
      }
      if (outcome.status === 503 && outcome.retryAfterMs) {
        // Every stream's place is taken: poll, and try a stream again later.
        return pollLoop(generation, Date.now() + outcome.retryAfterMs);
      }
      if (outcome.status === 429 && outcome.retryAfterMs) {
        await wakeableSleep(outcome.retryAfterMs);
        continue;
      }
      if (outcome.status === 0 && !outcome.silent) {
        // No connection at all: the network, not the stream.
        failures++;
        connectionFailed();
        await wakeableSleep(backoffFor(failures));
        continue;
      }
      unusable++;
    }
    if (generation === app.loop) pollLoop(generation, null);
  }

  // One stream, until it ends. Resolves to { states, status, retryAfterMs, silent }.
  async function followStream(generation) {
    var controller = new AbortController();
    app.stream = controller;
    var states = 0;
    var silent = false;
    var silence = null;
    function listen() {
      clearTimeout(silence);
      silence = setTimeout(function () { silent = true; controller.abort(); }, STREAM_SILENCE_MS);
    }
    listen();
    try {
      var response = await fetch('/api/live' + languageQuery('?'), {
        headers: { 'X-Upstander-Token': app.token, 'Accept': 'text/event-stream' },
        cache: 'no-store',
        credentials: 'omit',
        signal: controller.signal
      });
      if (!response.ok || !response.body) {
        var retryAfter = parseFloat(response.headers.get('Retry-After'));
        return {
          states: 0,
          status: response.ok ? -1 : response.status,
          retryAfterMs: isFinite(retryAfter) ? Math.min(Math.max(retryAfter * 1000, 1000), MAX_RETRY_AFTER_MS) : null,
          silent: false
        };
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      for (;;) {
        var part = await reader.read();
        if (part.done || generation !== app.loop) break;
        listen();
        buffer += decoder.decode(part.value, { stream: true });
        var end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          var event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          var data = event.split('\n').filter(function (line) { return line.indexOf('data:') === 0; })
            .map(function (line) { return line.slice(5); }).join('\n');
          if (!data) continue;   // a comment: the server keeping the stream alive
          var state = null;
          try { state = JSON.parse(data); } catch (e) { state = null; }
          if (!state || typeof state !== 'object') continue;
          states++;
          await applyState(state);
          if (generation !== app.loop) break;
          connectionWorks();
        }
      }
      try { controller.abort(); } catch (e) { /* already ended */ }
      return { states: states, status: 200, retryAfterMs: null, silent: silent };
    } catch (e) {
      return { states: states, status: 0, retryAfterMs: null, silent: silent };
    } finally {
      clearTimeout(silence);
      if (app.stream === controller) app.stream = null;
    }
  }

  // The phone has lost its network: the stream cannot bring anything now, so end it at once
  // (and say so) instead of waiting for its silence to tell.
  function networkLost() {
    if (app.stream) app.stream.abort();
  }

  // streamAgainAt: when to go back to a stream (null: poll for good).
  async function pollLoop(generation, streamAgainAt) {
    var fresh = true;   // ask for the state at once after (re)connecting
    while (generation === app.loop) {
      if (streamAgainAt && Date.now() >= streamAgainAt) return followLoop(generation);
      var path = '/api/state' + languageQuery('?');
      var since = app.version;
      if (!fresh && since !== null) path += (app.chosen ? '&' : '?') + 'since=' + encodeURIComponent(since);
      var started = Date.now();
      var result = await api('GET', path, null, fresh ? REQUEST_TIMEOUT_MS : POLL_TIMEOUT_MS);
      if (generation !== app.loop) return;
      if (result.ok && result.data && typeof result.data === 'object') {
        var wasFresh = fresh;
        fresh = false;
        await applyState(result.data);
        if (generation !== app.loop) return;
        connectionWorks();
        // An unchanged state that came back at once instead of after the long wait: do not
        // ask again in a tight loop.
        var quick = Date.now() - started;
        if (!wasFresh && app.version === since && quick < 1000) await wakeableSleep(1000 - quick);
        continue;
      }
      if (result.status === 401) {
        if (!(await rejoin(generation))) return;
        fresh = true;
        continue;
      }
      fresh = true;
      if (result.status === 429 && result.retryAfterMs) {
        await wakeableSleep(result.retryAfterMs);
        continue;
      }
      connectionFailed();
      await wakeableSleep(backoffFor(app.failures));
    }
  }

  // The prompts answered by picking one choice (or passing): the same list, saving states,
  // closing and results for each; only their hint, and what comes with them, differ.
  var CHOICE_HINTS = {
    'self-placement': 'selfPlacement.hint',
    'decision': 'decision.hint',
    'check-in': 'checkIn.hint'
  };

  function isChoicePrompt(prompt) {
    return !!prompt && Object.prototype.hasOwnProperty.call(CHOICE_HINTS, prompt.kind);
  }

  function promptIdentity(prompt) {
    if (!prompt || typeof prompt !== 'object') return 'none';
    return prompt.kind + ':' + (prompt.question !== undefined ? prompt.question : '') +
      (sittingOutOf(prompt) ? ':sitting-out' : '');
  }

  // A decision of the role-play this phone sits out: it is not asked, only told so.
  function sittingOutOf(prompt) {
    return !!(prompt && prompt.kind === 'decision' && app.rolePlay && app.rolePlay.sittingOut === true);
  }

  async function applyState(state) {
    if (typeof state.language === 'string') app.room = state.language;
    if (wantedLanguage() !== app.lang) {
      await useLanguage(wantedLanguage());
      app.relabel = true;
    }
    // The same question in other words: built again, but it stays the question being
    // answered (its answer, notes and focus are kept).
    var relabel = app.relabel;
    app.relabel = false;
    app.version = state.version !== undefined ? state.version : null;
    var rolePlay = state.scenario && typeof state.scenario === 'object' &&
      typeof state.scenario.id === 'string' ? state.scenario : null;
    if (!rolePlay || !app.rolePlay || rolePlay.id !== app.rolePlay.id) app.sitOut.status = null;
    if (app.sitOut.status !== 'sending') app.rolePlay = rolePlay;
    var prompt = state.prompt && typeof state.prompt === 'object' ? state.prompt : { kind: 'waiting' };
    var id = promptIdentity(prompt);
    var changed = id !== app.promptId;
    var hadResults = !!app.results;

    if (changed) {
      app.answerNote = null;
      app.commitmentNote = null;
      app.keepNote = null;
      // A choice still waiting for the connection cannot go to a question that is no longer
      // the open one: say so instead of dropping it quietly. One on its way is settled by
      // sendAnswer.
      if (app.pending && app.pending.question !== prompt.question && app.pending.status === 'queued') {
        app.pending = null;
        app.answerNote = { kind: 'lost' };
      }
    }
    app.prompt = prompt;
    app.results = state.results && typeof state.results === 'object' ? state.results : null;

    if (changed || relabel) buildPrompt();
    app.promptId = id;
    updatePrompt();
    renderResults();
    // A new prompt: start reading (and tabbing) from its heading.
    if (changed) $('prompt-heading').focus();
    if (!hadResults && app.results && !changed) $('announcer').textContent = t('results.announce');
    // The server clears a request once the trainer has seen it, and says so to this phone
    // only (pauseSeen); a request dropped otherwise (the server restarted) is just gone.
    if (typeof state.pause === 'boolean' && app.pause.status !== 'sending') {
      app.pause.asked = state.pause;
      app.pause.status = state.pauseSeen === true ? 'seen' : (app.pause.status === 'failed' ? 'failed' : null);
    }
    $('pause').hidden = false;
    renderPause();
    $('ask').hidden = false;
    renderAsk();
    if (state.privacy && typeof state.privacy === 'object') app.privacy = state.privacy;
    renderPrivacy();
    renderRolePlay();
  }

  // ---------------------------------------------------------------- content note, sitting out

  // While a role-play is on: its title, its content note if it has one, and the choice to sit
  // it out (not asked its decisions) or to join in again, at any time.
  function renderRolePlay() {
    var rolePlay = app.rolePlay;
    var section = $('roleplay');
    if (!rolePlay) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    section.setAttribute('data-scenario', rolePlay.id);
    $('roleplay-heading').textContent = t('rolePlay.heading', { title: rolePlay.title || rolePlay.id });
    var note = typeof rolePlay.contentNote === 'string' ? rolePlay.contentNote : '';
    $('roleplay-note-text').textContent = note;
    $('roleplay-note').hidden = !note;
    var out = rolePlay.sittingOut === true;
    var button = $('sitout-button');
    button.textContent = t(out ? 'sitOut.rejoin' : 'sitOut.ask');
    button.setAttribute('data-sitting-out', out ? 'true' : 'false');
    button.setAttribute('aria-disabled', app.sitOut.status === 'sending' ? 'true' : 'false');
    var text = '';
    if (app.sitOut.status === 'sending') text = t('sitOut.sending');
    else if (app.sitOut.status === 'failed') text = app.sitOut.message || t('sitOut.failed');
    else if (out) text = t('sitOut.done');
    var status = $('sitout-status');
    if (status.textContent !== text) status.textContent = text;
  }

  async function toggleSitOut() {
    var rolePlay = app.rolePlay;
    if (!rolePlay || app.sitOut.status === 'sending') return;
    var wanted = rolePlay.sittingOut !== true;
    app.sitOut = { status: 'sending' };
    renderRolePlay();
    var result = await api('POST', '/api/sit-out', { scenario: rolePlay.id, sittingOut: wanted });
    app.sitOut = { status: null };
    if (result.ok && result.data && typeof result.data.sittingOut === 'boolean') {
      if (app.rolePlay && app.rolePlay.id === result.data.scenario) {
        app.rolePlay.sittingOut = result.data.sittingOut;
      }
      // The question on the phone changes with it (asked, or not); the server's own state
      // follows on the live stream.
      app.promptId = null;
      await applyState({ version: app.version, prompt: app.prompt, results: app.results,
                         scenario: app.rolePlay, privacy: app.privacy });
      $('sitout-button').focus(); // where the press was, not the question's heading
      return;
    }
    app.sitOut = { status: 'failed', message: result.error ? errorText(result.error) : null };
    renderRolePlay();
  }

  // ---------------------------------------------------------------- the anonymity notice

  // Said from the session's own settings: what the facilitator can see, how long the answers
  // are kept, that nothing leaves the room unless the facilitator exports it.
  function renderPrivacy() {
    var list = $('privacy-notice');
    var privacy = app.privacy;
    list.textContent = '';
    if (!privacy || typeof privacy.k !== 'number' || typeof privacy.keptMonths !== 'number') {
      list.hidden = true;
      return;
    }
    var lines = [
      t('notice.totals', { n: privacy.k }),
      privacy.keptMonths > 0 ? t('notice.kept', { n: privacy.keptMonths }) : t('notice.keptUntilDeleted'),
      t('notice.local')
    ];
    for (var i = 0; i < lines.length; i++) list.appendChild(el('li', null, lines[i]));
    list.hidden = false;
  }

  // ---------------------------------------------------------------- the private pause signal

  function renderPause() {
    var pause = app.pause;
    var button = $('pause-button');
    // The button says what pressing it does; while sending it stays focusable (aria-disabled),
    // so the keyboard and the screen reader keep their place.
    button.textContent = t(pause.asked ? 'pause.withdraw' : 'pause.ask');
    button.setAttribute('data-asked', pause.asked ? 'true' : 'false');
    button.setAttribute('aria-disabled', pause.status === 'sending' ? 'true' : 'false');
    var note = '';
    if (pause.status === 'sending') note = t('pause.sending');
    else if (pause.status === 'failed') note = t('pause.failed');
    else if (pause.status === 'seen') note = t('pause.seen');
    else if (pause.asked) note = t('pause.asked');
    // A live region is read again whenever it is written: only when the words change.
    var status = $('pause-status');
    if (status.textContent !== note) status.textContent = note;
  }

  async function togglePause() {
    if (app.pause.status === 'sending') return;
    var wanted = !app.pause.asked;
    app.pause.status = 'sending';
    renderPause();
    var result = await api('POST', '/api/pause', { asked: wanted });
    if (result.ok && result.data && typeof result.data.asked === 'boolean') {
      app.pause.asked = result.data.asked;
      app.pause.status = null;
    } else {
      app.pause.status = 'failed';
    }
    renderPause();
  }

  // ---------------------------------------------------------------- a question for the facilitator

  // Errors that are about the text itself: the text box is marked as the one to change.
  var ASK_TEXT_ERRORS = ['empty', 'too-long', 'control-characters', 'bad-utf8'];

  function renderAsk() {
    var ask = app.ask;
    var area = $('ask-text');
    updateCounter(area, $('ask-counter'), QUESTION_MAX, 'ask.counter');
    // While sending, the button stays focusable (aria-disabled), as the pause button does.
    $('ask-submit').setAttribute('aria-disabled', ask.status === 'sending' ? 'true' : 'false');
    var words = '';
    var kind = '';
    if (ask.status === 'sending') words = t('ask.sending');
    else if (ask.status === 'sent') { words = t('ask.sent'); kind = 'saved'; }
    else if (ask.status === 'failed') { words = t('ask.failed'); kind = 'error'; }
    else if (ask.status === 'error') { words = errorText(ask.error); kind = 'error'; }
    var status = $('ask-status');
    // A live region is read again whenever it is written: only when the words change.
    if (status.textContent !== words) status.textContent = words;
    status.setAttribute('data-kind', kind);
    if (ask.status === 'error' && ASK_TEXT_ERRORS.indexOf(ask.error) >= 0) area.setAttribute('aria-invalid', 'true');
    else area.removeAttribute('aria-invalid');
  }

  function onAskInput() {
    var area = $('ask-text');
    keepWithinLimit(area, QUESTION_MAX);
    // What was said about the last text (sent, refused) no longer applies to the one typed now.
    if (app.ask.status === 'sent' || app.ask.status === 'error' || app.ask.status === 'failed') {
      app.ask = { status: null };
    }
    renderAsk();
  }

  function onAskSubmit(event) {
    event.preventDefault();
    if (app.ask.status === 'sending') return;   // aria-disabled: a press does nothing
    var area = $('ask-text');
    var text = area.value.trim();
    var refused = !text ? 'empty' : textLength(text) > QUESTION_MAX ? 'too-long' : null;
    if (refused) {
      app.ask = { status: 'error', error: refused };
      renderAsk();
      area.focus();
      return;
    }
    sendQuestion(text);
  }

  // Sent once: a question is not sent again by itself. A refused one keeps its text, to be sent
  // again by hand. One whose reply never came (no connection, a 5xx) may have reached the
  // laptop all the same: sent again with the same text it carries the same id, which the
  // server takes for the question it already has, so the facilitator never sees it twice.
  async function sendQuestion(text) {
    var entry = { status: 'sending' };
    app.ask = entry;
    renderAsk();
    if (!app.askRetry || app.askRetry.text !== text) app.askRetry = { text: text, id: newQuestionId() };
    var body = { text: text, id: app.askRetry.id };
    var result = await api('POST', '/api/question', body);
    if (result.status === 401 && app.ask === entry && (await rejoin(app.loop))) {
      // The token was not taken, so nothing was stored: once more with the token joined again.
      result = await api('POST', '/api/question', body);
    }
    if (app.ask !== entry) return;   // another workshop was joined meanwhile
    var area = $('ask-text');
    if (result.ok) {
      // Cleared, unless the participant went on typing while it was on its way.
      if (area.value.trim() === text) area.value = '';
      app.ask = { status: 'sent' };
      app.askRetry = null;
    } else if (result.network || result.status >= 500) {
      app.ask = { status: 'failed' };
    } else {
      app.ask = { status: 'error', error: result.error };
      app.askRetry = null;   // refused, so not stored: a new try is a new question
    }
    renderAsk();
  }

  // 128 random bits, base64url: the question's name on this phone until its reply comes.
  function newQuestionId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode.apply(null, bytes))
      .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  // ---------------------------------------------------------------- rendering

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function buildPrompt() {
    var prompt = app.prompt;
    var section = $('prompt');
    var body = $('prompt-body');
    section.hidden = false;
    section.setAttribute('data-kind', prompt.kind);
    if (prompt.question !== undefined) section.setAttribute('data-question', String(prompt.question));
    else section.removeAttribute('data-question');
    // The same commitment form in other words (another language): what was typed stays.
    var draft = prompt.kind === 'commitment' && promptIdentity(prompt) === app.promptId &&
      $('commitment-text') ? $('commitment-text').value : '';
    body.textContent = '';
    $('answer-status').textContent = '';
    $('prompt-closed').hidden = true;

    if (sittingOutOf(prompt)) {
      $('prompt-heading').textContent = t('sitOut.promptHeading');
      $('prompt-hint').textContent = t('sitOut.promptText');
      $('prompt-hint').hidden = false;
    } else if (isChoicePrompt(prompt)) {
      $('prompt-heading').textContent = prompt.text || '';
      $('prompt-hint').textContent = t(CHOICE_HINTS[prompt.kind]);
      $('prompt-hint').hidden = false;
      if (prompt.kind === 'check-in') buildReminder(body);
      var list = el('ul', 'choices');
      list.setAttribute('aria-label', t('choices.groupLabel'));
      var choices = Array.isArray(prompt.choices) ? prompt.choices : [];
      for (var i = 0; i < choices.length; i++) {
        var summary = prompt.kind === 'self-placement' ? choices[i].summary : null;
        var item = el('li');
        item.appendChild(choiceButton(choices[i].key, choices[i].label, summary, false));
        list.appendChild(item);
      }
      body.appendChild(list);
      var passGroup = el('div', 'pass-group');
      passGroup.appendChild(el('p', 'pass-intro', t('pass.intro')));
      passGroup.appendChild(choiceButton('pass', t('pass.label'), t('pass.summary'), true));
      body.appendChild(passGroup);
    } else if (prompt.kind === 'commitment') {
      $('prompt-heading').textContent = t('commitment.heading');
      $('prompt-hint').hidden = true;
      buildCommitment(body, draft);
    } else {
      $('prompt-heading').textContent = t('waiting.heading');
      $('prompt-hint').textContent = t('waiting.text');
      $('prompt-hint').hidden = false;
    }
  }

  function choiceButton(key, label, summary, isPass) {
    var button = el('button', 'choice' + (isPass ? ' choice-pass' : ''));
    button.type = 'button';
    button.setAttribute('data-key', key);
    button.setAttribute('aria-pressed', 'false');
    var mark = el('span', 'choice-mark');
    mark.setAttribute('aria-hidden', 'true');
    button.appendChild(mark);
    var text = el('span', 'choice-text');
    text.appendChild(el('span', 'choice-label', label || key));
    if (summary) text.appendChild(el('span', 'choice-summary', summary));
    button.appendChild(text);
    button.appendChild(el('span', 'choice-badge'));
    button.addEventListener('click', function () { choose(key); });
    return button;
  }

  function updatePrompt() {
    var prompt = app.prompt;
    if (sittingOutOf(prompt)) $('answer-status').textContent = '';
    else if (isChoicePrompt(prompt)) updateChoices();
    else if (prompt.kind === 'commitment') updateCommitment();
    else {
      $('answer-status').textContent = app.answerNote && app.answerNote.kind === 'lost' ? t('answer.lost') : '';
    }
  }

  function updateChoices() {
    var prompt = app.prompt;
    var open = prompt.open !== false;
    var saved = typeof prompt.answer === 'string' ? prompt.answer : null;
    var pending = app.pending && app.pending.question === prompt.question ? app.pending : null;
    var buttons = $('prompt-body').querySelectorAll('button.choice');
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      var key = button.getAttribute('data-key');
      var isSaved = key === saved;
      var isPending = !!pending && pending.choice === key;
      button.setAttribute('aria-pressed', isSaved ? 'true' : 'false');
      button.classList.toggle('is-answer', isSaved);
      button.classList.toggle('is-pending', isPending);
      button.querySelector('.choice-mark').textContent = isSaved ? '✓' : '';
      var badge = button.querySelector('.choice-badge');
      badge.textContent = isSaved ? t('choices.yourAnswer')
        : isPending ? t(pending.status === 'queued' ? 'choices.waitingToSend' : 'choices.saving') : '';
      badge.hidden = !badge.textContent;
      if (button.disabled !== !open) button.disabled = !open;
    }
    var closed = $('prompt-closed');
    closed.hidden = open;
    closed.textContent = open ? '' : t('answer.closed') + (saved ? '' : ' ' + t('answer.none'));
    $('answer-status').textContent = answerStatusText(pending);
    $('answer-status').setAttribute('data-kind', app.answerNote ? app.answerNote.kind : pending ? 'pending' : '');
  }

  function answerStatusText(pending) {
    if (pending && pending.status === 'queued' && pending.reason && pending.reason !== 'network') {
      return errorText(pending.reason);
    }
    if (pending) return t(pending.status === 'queued' ? 'answer.queued' : 'answer.saving');
    var note = app.answerNote;
    if (!note) return '';
    if (note.kind === 'saved') return t('answer.saved');
    if (note.kind === 'lost') return t('answer.lost');
    return t('answer.failed', { message: note.message });
  }

  // draft: the text typed so far, when the same form is built again in another language.
  function buildCommitment(body, draft) {
    var form = el('form', 'commitment-form');
    form.id = 'commitment-form';
    form.noValidate = true;
    form.appendChild(el('p', 'hint', t('commitment.intro')));
    var starters = Array.isArray(app.prompt.starters) ? app.prompt.starters.filter(function (s) {
      return typeof s === 'string' && s.trim();
    }) : [];
    if (starters.length) form.appendChild(buildStarters(starters));
    var label = el('label', null, t('commitment.label'));
    label.htmlFor = 'commitment-text';
    form.appendChild(label);
    var area = el('textarea');
    area.dir = 'auto';   // typed text reads in its own direction, whatever the page's
    area.id = 'commitment-text';
    area.name = 'text';
    area.rows = 4;
    // No maxlength: it counts UTF-16 units, so an emoji would use up to eleven of 280.
    area.setAttribute('aria-describedby', 'commitment-counter commitment-error');
    form.appendChild(area);
    var counter = el('p', 'counter');
    counter.id = 'commitment-counter';
    counter.setAttribute('aria-live', 'polite');
    counter.setAttribute('aria-atomic', 'true');
    form.appendChild(counter);
    var error = el('p', 'message message-error');
    error.id = 'commitment-error';
    error.hidden = true;
    form.appendChild(error);
    var submit = el('button', 'primary', t('commitment.submit'));
    submit.type = 'submit';
    submit.id = 'commitment-submit';
    form.appendChild(submit);
    var thanks = el('p', 'message message-thanks', t('commitment.thanks'));
    thanks.id = 'commitment-thanks';
    thanks.hidden = true;
    thanks.tabIndex = -1;

    area.addEventListener('input', function () {
      keepWithinLimit(area, commitmentMax());
      updateCommitmentCounter();
      if (app.commitmentNote) {
        app.commitmentNote = null;
        updateCommitment();
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      submitCommitment();
    });
    body.appendChild(form);
    body.appendChild(thanks);
    body.appendChild(buildKeep());
    area.value = app.commitment ? app.commitment.text : (draft || '');
    updateCommitmentCounter();
  }

  // The starter actions to start from, in the phone's language (the server's list): a
  // disclosure of buttons rather than a <select>, whose arrow keys would put each suggestion
  // in the box in turn, over what the person wrote. A pick fills the text box, to be edited
  // there; only the Send button sends.
  function buildStarters(starters) {
    var details = el('details', 'starters');
    details.id = 'starters';
    details.appendChild(el('summary', null, t('starters.toggle')));
    details.appendChild(el('p', 'hint', t('starters.intro')));
    var list = el('ul', 'starter-list');
    list.setAttribute('aria-label', t('starters.groupLabel'));
    starters.forEach(function (text) {
      var item = el('li');
      var button = el('button', 'starter', text);
      button.type = 'button';   // never the form's submit
      button.addEventListener('click', function () { pickStarter(text); });
      item.appendChild(button);
      list.appendChild(item);
    });
    details.appendChild(list);
    return details;
  }

  // The suggestion goes into the box, the list folds away and the box has the focus, with the
  // cursor at the end, ready to make the text one's own.
  function pickStarter(text) {
    var area = $('commitment-text');
    if (!area) return;
    area.value = text;
    keepWithinLimit(area, commitmentMax());
    updateCommitmentCounter();
    if (app.commitmentNote) {
      app.commitmentNote = null;
      updateCommitment();
    }
    $('starters').open = false;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    announce(t('starters.picked'));
  }

  function commitmentMax() {
    var max = app.prompt && Number(app.prompt.maxLength);
    return max > 0 ? Math.floor(max) : 280;
  }

  // Characters as a person sees them (grapheme clusters): a family emoji, a flag or a letter
  // with its accents is one, as the console and the server count (SessionRules::commitmentLength).
  function graphemes(text) {
    if (typeof Intl !== 'undefined' && Intl.Segmenter) {
      return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
        function (s) { return s.segment; });
    }
    return Array.from(text); // code points: never fewer than a person sees
  }

  // The length of a typed text as the server takes it: trimmed, in graphemes. The same for a
  // commitment and a question for the facilitator.
  function textLength(text) {
    return graphemes(text.trim()).length;
  }

  // Typing or pasting stops at the limit, as maxlength would, counted the way a person counts.
  function keepWithinLimit(area, max) {
    var parts = graphemes(area.value);
    var leading = area.value.length - area.value.trimStart().length;
    if (textLength(area.value) <= max) return;
    var kept = parts.slice(0, max + graphemes(area.value.slice(0, leading)).length).join('');
    area.value = kept;
    area.setSelectionRange(kept.length, kept.length);
  }

  // "n characters left" under a text box (counterKey: a plural text with {n}). The counter is a
  // live region: written only when its words change.
  function updateCounter(area, counter, max, counterKey) {
    if (!area || !counter) return;
    var left = max - textLength(area.value);
    var words = t(counterKey, { n: Math.max(left, 0) });
    if (counter.textContent !== words) counter.textContent = words;
  }

  function updateCommitmentCounter() {
    updateCounter($('commitment-text'), $('commitment-counter'), commitmentMax(), 'commitment.counter');
  }

  function updateCommitment() {
    var done = app.commitmentDone || app.prompt.submitted === true;
    var form = $('commitment-form');
    var thanks = $('commitment-thanks');
    if (!form || !thanks) return;
    var wasDone = !thanks.hidden;
    form.hidden = done;
    thanks.hidden = !done;
    var sending = !!app.commitment;
    $('commitment-submit').disabled = sending;
    $('commitment-submit').textContent = t(sending && app.commitment.status === 'sending'
      ? 'commitment.sending' : 'commitment.submit');
    var error = $('commitment-error');
    var note = app.commitmentNote;
    error.textContent = note ? note.message : '';
    error.hidden = !note;
    if (note) $('commitment-text').setAttribute('aria-invalid', 'true');
    else $('commitment-text').removeAttribute('aria-invalid');
    var queued = sending && app.commitment.status === 'queued';
    var reason = queued && app.commitment.reason !== 'network' ? app.commitment.reason : null;
    $('answer-status').textContent = reason ? errorText(reason) : queued ? t('commitment.queued')
      : app.answerNote && app.answerNote.kind === 'lost' ? t('answer.lost') : '';
    if (done && !wasDone && form.contains(document.activeElement)) thanks.focus();
    renderKeep();
  }

  function renderResults() {
    var results = app.results;
    var section = $('results');
    var body = $('results-body');
    if (!results) {
      section.hidden = true;
      body.textContent = '';
      return;
    }
    var key = JSON.stringify(results) + '|' + app.lang;
    if (section.getAttribute('data-rendered') === key && !section.hidden) return;
    section.setAttribute('data-rendered', key);
    section.hidden = false;
    body.textContent = '';
    if (results.suppressed || !Array.isArray(results.counts)) {
      var k = Number(results.k) > 0 ? Number(results.k) : 5;
      // A check-in's k counts only the people who had made a commitment.
      var checkIn = app.prompt && app.prompt.kind === 'check-in' && app.prompt.question === results.question;
      body.appendChild(el('p', 'results-suppressed', t(checkIn ? 'results.suppressedCheckIn' : 'results.suppressed', { n: k })));
      return;
    }
    body.appendChild(el('p', 'hint', t('results.intro')));
    var max = 0;
    var total = 0;
    results.counts.forEach(function (entry) {
      var count = Number(entry.count) || 0;
      max = Math.max(max, count);
      total += count;
    });
    var list = el('ul', 'bars');
    results.counts.forEach(function (entry) {
      var count = Number(entry.count) || 0;
      var item = el('li', 'bar');
      var row = el('div', 'bar-row');
      row.appendChild(el('span', 'bar-label', entry.label || entry.key));
      row.appendChild(el('span', 'bar-count', String(count)));
      item.appendChild(row);
      var track = el('div', 'bar-track');
      track.setAttribute('aria-hidden', 'true');
      var fill = el('div', 'bar-fill');
      // CSSOM, not a style attribute: allowed under the page's Content-Security-Policy.
      fill.style.width = (max > 0 ? count / max * 100 : 0) + '%';
      track.appendChild(fill);
      item.appendChild(track);
      list.appendChild(item);
    });
    body.appendChild(list);
    body.appendChild(el('p', 'results-total', t('results.total', { n: total })));
  }

  // ---------------------------------------------------------------- answering

  function choose(key) {
    var prompt = app.prompt;
    if (!isChoicePrompt(prompt) || prompt.open === false) return;
    if (app.pending && app.pending.question === prompt.question && app.pending.choice === key) return;
    if (!app.pending && prompt.answer === key) {
      app.answerNote = { kind: 'saved' };
      updateChoices();
      return;
    }
    app.answerNote = null;
    app.pending = { question: prompt.question, choice: key, status: 'sending' };
    updateChoices();
    sendAnswer();
  }

  // Sends app.pending; if the user picks something else meanwhile, that goes out next.
  async function sendAnswer() {
    if (app.sendingAnswer || !app.pending) return;
    clearTimeout(app.retryTimer);
    app.sendingAnswer = true;
    var sent = app.pending;
    sent.status = 'sending';
    if (app.prompt && app.prompt.question === sent.question) updateChoices();
    var result = await api('POST', '/api/answer', { question: sent.question, choice: sent.choice });
    app.sendingAnswer = false;
    var current = app.pending === sent;
    var onScreen = app.prompt && app.prompt.question === sent.question;

    if (result.ok) {
      if (onScreen) {
        app.prompt.answer = result.data && typeof result.data.choice === 'string' ? result.data.choice : sent.choice;
      }
      if (current) {
        app.pending = null;
        app.answerNote = onScreen ? { kind: 'saved' } : null;
      }
    } else if (current && !onScreen) {
      // The question changed while this was on its way and it did not arrive: say so.
      app.pending = null;
      app.answerNote = { kind: 'lost' };
    } else if (result.status === 401) {
      if (current) sent.status = 'queued';
      if (await rejoin(app.loop)) sendAnswer();
      return;
    } else if (isTransient(result)) {
      if (current) {
        sent.status = 'queued';
        sent.reason = result.error;
        if (result.network) connectionFailed();
        scheduleAnswerRetry(result.retryAfterMs);
      }
    } else if (current) {
      // Refused for good: the earlier answer (if any) is still the one on record.
      app.pending = null;
      app.answerNote = { kind: 'error', message: errorText(result.error) };
      if (result.error === 'closed') app.prompt.open = false;
    }
    if (isChoicePrompt(app.prompt)) updateChoices();
    if (app.pending && app.pending !== sent && app.pending.status === 'sending') sendAnswer();
  }

  function scheduleAnswerRetry(retryAfterMs) {
    clearTimeout(app.retryTimer);
    app.retryTimer = setTimeout(function () {
      if (app.pending && app.pending.status === 'queued') sendAnswer();
    }, retryAfterMs || backoffFor(Math.max(app.failures, 1)));
  }

  // ---------------------------------------------------------------- commitment

  function submitCommitment() {
    var area = $('commitment-text');
    var text = area.value.trim();
    if (!text) {
      app.commitmentNote = { kind: 'error', message: errorText('empty') };
      updateCommitment();
      area.focus();
      return;
    }
    if (textLength(text) > commitmentMax()) {
      app.commitmentNote = { kind: 'error', message: errorText('too-long') };
      updateCommitment();
      area.focus();
      return;
    }
    app.commitmentNote = null;
    app.commitment = { text: text, status: 'sending' };
    sendCommitment();
  }

  async function sendCommitment() {
    var entry = app.commitment;
    if (!entry || entry.inFlight) return;
    entry.inFlight = true;
    entry.status = 'sending';
    if (app.prompt && app.prompt.kind === 'commitment') updateCommitment();
    var result = await api('POST', '/api/commitment', { text: entry.text });
    entry.inFlight = false;
    // Kept when stored; on already-submitted only after a try whose reply never came (a lost
    // connection, a 5xx): that try stored this very text, the device's one commitment. Without
    // such a try the stored one is another text (sent earlier, from another tab).
    if (result.ok || (result.error === 'already-submitted' && entry.unanswered)) saveKept(entry.text);
    if (result.ok || result.error === 'already-submitted') {
      app.commitment = null;
      app.commitmentDone = true;
      app.commitmentNote = null;
      if (app.prompt && app.prompt.kind === 'commitment') app.prompt.submitted = true;
    } else if (result.status === 401) {
      entry.status = 'queued';
      if (await rejoin(app.loop)) sendCommitment();
      return;
    } else if (isTransient(result)) {
      entry.status = 'queued';
      entry.reason = result.error;
      entry.unanswered = true;   // it may have been stored all the same
      if (result.network) connectionFailed();
      setTimeout(function () {
        if (app.commitment === entry && entry.status === 'queued') sendCommitment();
      }, result.retryAfterMs || backoffFor(Math.max(app.failures, 1)));
    } else {
      app.commitment = null;
      app.commitmentNote = { kind: 'error', message: errorText(result.error) };
    }
    if (app.prompt && app.prompt.kind === 'commitment') updateCommitment();
  }

  // ---------------------------------------------------------------- keeping one's commitment

  // Once the commitment is stored: the text back, to save as a file or a picture, or to print,
  // all made on the phone (nothing is fetched for it, nothing sent), and this phone's copy,
  // which the participant can remove.
  function buildKeep() {
    var section = el('section', 'keep');
    section.id = 'keep';
    section.hidden = true;
    section.setAttribute('aria-labelledby', 'keep-heading');
    var heading = el('h3', null, t('keep.heading'));
    heading.id = 'keep-heading';
    heading.tabIndex = -1;
    section.appendChild(heading);
    var content = el('div');
    content.id = 'keep-content';
    content.appendChild(el('p', 'hint', t('keep.intro')));
    var quote = el('blockquote', 'kept-text');
    quote.id = 'keep-text';
    quote.dir = 'auto';   // the person's words in their own direction
    content.appendChild(quote);
    var date = el('p', 'kept-date');
    date.id = 'keep-date';
    content.appendChild(date);
    content.appendChild(keepButton('keep-save-text', 'keep.saveText', saveKeptText));
    content.appendChild(keepButton('keep-save-picture', 'keep.savePicture', saveKeptPicture));
    content.appendChild(keepButton('keep-print', 'keep.print', printKept));
    var stored = el('p', 'hint keep-stored', t('keep.stored'));
    stored.id = 'keep-stored';
    content.appendChild(stored);
    var remove = keepButton('keep-remove', 'keep.remove', removeKeptCopy);
    remove.setAttribute('aria-describedby', 'keep-stored');
    content.appendChild(remove);
    section.appendChild(content);
    var status = el('p', 'answer-status');
    status.id = 'keep-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    status.setAttribute('aria-atomic', 'true');
    section.appendChild(status);
    return section;
  }

  function keepButton(id, key, action) {
    var button = el('button', 'secondary', t(key));
    button.type = 'button';
    button.id = id;
    button.addEventListener('click', action);
    return button;
  }

  // Shown with the thanks once the commitment is stored, while this phone has its copy (a
  // reload shows it again; another browser has none: the thanks alone). After a removal only
  // the word that it is gone.
  function renderKeep() {
    var section = $('keep');
    if (!section) return;
    var done = app.commitmentDone || app.prompt.submitted === true;
    var kept = done ? loadKept() : null;
    var note = app.keepNote;
    section.hidden = !done || (!kept && note !== 'removed');
    $('keep-content').hidden = !kept;
    $('keep-text').textContent = kept ? kept.text : '';
    $('keep-date').textContent = kept ? t('keep.written', { date: formatDay(kept.written) }) : '';
    var words = note === 'removed' ? t('keep.removed') : note === 'picture-failed' ? t('keep.pictureFailed') : '';
    var status = $('keep-status');
    // A live region is read again whenever it is written: only when the words change.
    if (status.textContent !== words) status.textContent = words;
    status.setAttribute('data-kind', note === 'picture-failed' ? 'error' : note === 'removed' ? 'saved' : '');
  }

  // The footer says what this phone keeps: a device code, and the commitment while it is there.
  function renderKeptNote() {
    $('privacy-kept').hidden = !loadKept();
  }

  function removeKeptCopy() {
    removeKept();
    app.keepNote = 'removed';
    renderKeep();
    $('keep-heading').focus();   // the button pressed is gone: stay in the section
  }

  // What the file and the picture say: the commitment and the day, nothing about the workshop
  // or the device.
  function keptLines(kept) {
    return { title: t('commitment.label'), text: kept.text, date: t('keep.written', { date: formatDay(kept.written) }) };
  }

  function saveKeptText() {
    var kept = loadKept();
    if (!kept) return;
    var lines = keptLines(kept);
    download(new Blob([[lines.title, '', lines.text, '', lines.date, ''].join('\n')],
      { type: 'text/plain;charset=utf-8' }), 'my-commitment.txt');
  }

  function saveKeptPicture() {
    var kept = loadKept();
    if (!kept) return;
    var canvas = drawKept(keptLines(kept));
    var done = function (blob) {
      app.keepNote = blob ? null : 'picture-failed';
      renderKeep();
      if (blob) download(blob, 'my-commitment.png');
    };
    if (!canvas || !canvas.toBlob) return done(null);
    canvas.toBlob(done, 'image/png');
  }

  // A download made on the phone: an object URL of the file, opened by a link with download.
  function download(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = el('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Not at once: some browsers read the address only after the click has returned.
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  var PICTURE = { width: 1080, margin: 96, title: 40, date: 36, largest: 64, smallest: 36, maxTextHeight: 760 };

  // The commitment as a picture to keep on the phone: the text large and wrapped, in its own
  // direction; the title and the day in the page's (right to left in Arabic).
  function drawKept(lines) {
    var canvas = document.createElement('canvas');
    var ctx = canvas.getContext && canvas.getContext('2d');
    if (!ctx) return null;
    var family = getComputedStyle(document.body).fontFamily || 'sans-serif';
    var pageDir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
    var textDir = textDirection(lines.text, pageDir);
    var inner = PICTURE.width - 2 * PICTURE.margin;
    // The largest size at which the text fits; a long one gets smaller, never below readable.
    var size = PICTURE.largest;
    var wrapped;
    for (;;) {
      ctx.font = '600 ' + size + 'px ' + family;
      wrapped = wrapText(ctx, lines.text, inner);
      if (wrapped.length * size * 1.3 <= PICTURE.maxTextHeight || size <= PICTURE.smallest) break;
      size -= 4;
    }
    var lineHeight = Math.round(size * 1.3);
    var content = PICTURE.title * 2.2 + wrapped.length * lineHeight + PICTURE.date * 2.5;
    // At least square; a short text sits in the middle.
    var height = Math.max(PICTURE.width, Math.ceil(content + 2 * PICTURE.margin));
    var top = Math.round((height - content) / 2);
    var textTop = top + PICTURE.title * 2.2;
    canvas.width = PICTURE.width;
    canvas.height = height;   // resets the context: everything is set again below
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#0b57a4';
    ctx.fillRect(0, 0, canvas.width, 16);
    ctx.textBaseline = 'top';
    drawLine(ctx, lines.title, '700 ' + PICTURE.title + 'px ' + family, '#474c57', pageDir, top);
    ctx.font = '600 ' + size + 'px ' + family;
    for (var i = 0; i < wrapped.length; i++) {
      drawLine(ctx, wrapped[i], ctx.font, '#16181d', textDir, textTop + i * lineHeight);
    }
    drawLine(ctx, lines.date, '400 ' + PICTURE.date + 'px ' + family, '#474c57', pageDir,
      textTop + wrapped.length * lineHeight + PICTURE.date * 1.5);
    return canvas;
  }

  // One line from the start edge: the left, or the right for right-to-left text.
  function drawLine(ctx, line, font, colour, dir, y) {
    ctx.font = font;
    ctx.fillStyle = colour;
    ctx.direction = dir;
    ctx.textAlign = 'start';
    ctx.fillText(line, dir === 'rtl' ? PICTURE.width - PICTURE.margin : PICTURE.margin, y);
  }

  // Lines no wider than width: broken between words, a word too long for a line between its
  // characters, the person's own line breaks kept.
  function wrapText(ctx, text, width) {
    var lines = [];
    text.split(/\r?\n/).forEach(function (paragraph) {
      var line = '';
      paragraph.split(/\s+/).filter(Boolean).forEach(function (word) {
        var tried = line ? line + ' ' + word : word;
        if (ctx.measureText(tried).width <= width) {
          line = tried;
          return;
        }
        if (line) lines.push(line);
        line = '';
        graphemes(word).forEach(function (part) {
          if (line && ctx.measureText(line + part).width > width) {
            lines.push(line);
            line = '';
          }
          line += part;
        });
      });
      lines.push(line);
    });
    return lines;
  }

  // The direction of a text by its first strong letter, as dir="auto" decides it.
  function textDirection(text, fallback) {
    var strong = /[A-Za-z\u00C0-\u02AF\u0370-\u03FF\u0400-\u04FF]|([\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])/.exec(text);
    if (!strong) return fallback;
    return strong[1] ? 'rtl' : 'ltr';
  }

  // Printed alone: the page's print style shows only the sheet while the body is marked.
  function printKept() {
    var kept = loadKept();
    if (!kept) return;
    var lines = keptLines(kept);
    var sheet = $('print-sheet');
    sheet.textContent = '';
    sheet.appendChild(el('p', 'print-title', lines.title));
    var quote = el('p', 'print-text', lines.text);
    quote.dir = 'auto';
    sheet.appendChild(quote);
    sheet.appendChild(el('p', 'print-date', lines.date));
    document.body.classList.add('printing-commitment');
    window.print();
  }

  // In a check-in: what this phone kept of its commitment, so that the answer can be honest.
  // From this phone's storage only; it is never sent with the answer.
  function buildReminder(body) {
    var kept = loadKept();
    if (!kept) return;
    // Folded until asked for: in a room, a neighbour could read the commitment beside the
    // answer being tapped.
    var box = el('details', 'kept-reminder');
    box.id = 'kept-reminder';
    box.appendChild(el('summary', 'kept-reminder-show', t('checkIn.show')));
    box.appendChild(el('p', 'kept-reminder-label', t('checkIn.reminder')));
    var quote = el('blockquote', 'kept-text', t('checkIn.quoted', { text: kept.text }));
    quote.dir = 'auto';
    box.appendChild(quote);
    box.appendChild(el('p', 'kept-date', t('keep.written', { date: formatDay(kept.written) })));
    box.appendChild(el('p', 'hint', t('checkIn.onlyHere')));
    body.appendChild(box);
  }

  // Said once by screen readers: emptied first, so the same words twice are read twice.
  function announce(words) {
    var announcer = $('announcer');
    announcer.textContent = '';
    setTimeout(function () { announcer.textContent = words; }, 50);
  }

  // ---------------------------------------------------------------- language

  function fillLanguageMenu() {
    var menu = $('language');
    menu.textContent = '';
    for (var i = 0; i < LANGUAGES.length; i++) {
      var option = el('option', null, LANGUAGES[i].name);
      option.value = LANGUAGES[i].code;
      option.lang = LANGUAGES[i].code;   // each name is read in its own language
      option.dir = LANGUAGES[i].rtl ? 'rtl' : 'ltr';
      menu.appendChild(option);
    }
    menu.value = app.lang || 'en';
  }

  // The participant picks a language: remembered on this phone, the page's own texts change at
  // once, and the session is followed again with the server's words in that language. The
  // answer stays: it is stored by option, whatever language it was read in.
  async function onLanguageChange() {
    var lang = pickLanguage($('language').value);
    saveChosenLanguage(lang);
    if (!(await useLanguage(lang))) return;
    if (app.prompt) {
      buildPrompt();
      updatePrompt();
      renderResults();
    }
    if (app.token && app.code && $('join').hidden) {
      app.relabel = true;
      var generation = ++app.loop;
      if (app.stream) app.stream.abort();
      followLoop(generation);
    }
  }

  // ---------------------------------------------------------------- start

  async function start() {
    app.token = loadToken();
    app.chosen = loadChosenLanguage();
    await loadLanguages();
    fillLanguageMenu();
    await useLanguage(wantedLanguage());
    $('language').addEventListener('change', onLanguageChange);
    setConnection('idle');
    $('join-form').addEventListener('submit', onJoinSubmit);
    $('pause-button').addEventListener('click', togglePause);
    $('ask-text').addEventListener('input', onAskInput);
    $('ask-form').addEventListener('submit', onAskSubmit);
    $('sitout-button').addEventListener('click', toggleSitOut);
    window.addEventListener('afterprint', function () { document.body.classList.remove('printing-commitment'); });
    renderKeptNote();
    window.addEventListener('online', wake);
    window.addEventListener('offline', networkLost);
    window.addEventListener('offline', function () {
      if (app.connection === 'connected' || app.connection === 'reconnecting') setConnection('offline');
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') wake();
    });
    window.addEventListener('hashchange', function () {
      var code = codeFromHash();
      if (code && code !== app.code) join(code, false);
    });
    var code = codeFromHash();
    if (code) join(code, false);
    else showJoinForm();
  }

  start();
})();
