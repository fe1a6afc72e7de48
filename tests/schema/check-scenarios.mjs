#!/usr/bin/env node
// Checks resources/schema/scenario.schema.json:
//   1. the schema compiles with Ajv (draft 2020-12, strict mode);
//   2. every resources/scenarios/*.yaml and the example in docs/scenario-format.md
//      ("## A complete example") are valid against it;
//   3. deliberately wrong documents built below are rejected, for the expected reason.
// Prints "FILE: ok" or one "FILE:LINE:COL: error: /instance/path: message" line per problem,
// then "N passed, M failed"; exits 1 if anything failed.
//
// Usage: cd tests/schema && npm ci --no-audit --no-fund && node check-scenarios.mjs

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { LineCounter, isAlias, isNode, parseAllDocuments, visit } from 'yaml';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaPath = join(repoRoot, 'resources', 'schema', 'scenario.schema.json');
const scenarioDir = join(repoRoot, 'resources', 'scenarios');
const formatDoc = join(repoRoot, 'docs', 'scenario-format.md');
const MAX_FILE_BYTES = 1024 * 1024;

let passed = 0;
let failed = 0;
const rel = (p) => relative(repoRoot, p).split('\\').join('/');

// ---------------------------------------------------------------- schema

let validate;
let sceneSchema = null;
try {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  sceneSchema = schema.$defs?.scene ?? null;
  // verbose: errors carry parentSchema, which tells the scene's oneOf apart from others.
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
  validate = ajv.compile(schema);
  console.log(`${rel(schemaPath)}: ok (compiles in strict mode)`);
  passed++;
} catch (e) {
  console.log(`${rel(schemaPath)}: error: ${e.message}`);
  failed++;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(1);
}

// ---------------------------------------------------------------- error formatting

function pathSegments(instancePath) {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

// Turns Ajv's errors into readable messages, folding the three "must have required property"
// errors of the scene's oneOf into one message.
function describeErrors(errors, data) {
  const out = [];
  for (const err of errors) {
    if (sceneSchema?.oneOf?.includes(err.parentSchema)) continue;
    let message = err.message;
    let key = null; // a key in the object at instancePath to point at, if any
    if (err.keyword === 'oneOf' && err.parentSchema === sceneSchema) {
      const scene = pathSegments(err.instancePath).reduce((o, k) => (o == null ? o : o[k]), data);
      const present = ['next', 'decision', 'ending'].filter((k) => scene && k in scene);
      message = present.length === 0
        ? 'a scene needs exactly one of next, decision, ending; it has none'
        : `a scene needs exactly one of next, decision, ending; it has ${present.join(' and ')}`;
      key = present[1] ?? null;
    } else if (err.keyword === 'additionalProperties') {
      key = err.params.additionalProperty;
      message = `unknown key '${key}'`;
    } else if (err.keyword === 'enum') {
      message += `: ${err.params.allowedValues.join(', ')}`;
    } else if (err.keyword === 'const') {
      message += `: ${JSON.stringify(err.params.allowedValue)}`;
    }
    out.push({ instancePath: err.instancePath, key, message, keyword: err.keyword });
  }
  return out;
}

// Finds the line and column of the YAML node at instancePath (or of the given key in it),
// falling back to the nearest ancestor that exists.
function locate(doc, lineCounter, lineOffset, instancePath, key) {
  const segs = pathSegments(instancePath);
  let node = null;
  if (key !== null) {
    const map = doc.getIn(segs, true);
    const pair = map && map.items ? map.items.find((p) => isNode(p.key) && p.key.value === key) : null;
    if (pair) node = pair.key;
  }
  for (let n = segs.length; !node && n >= 0; n--) {
    const found = n === 0 ? doc.contents : doc.getIn(segs.slice(0, n), true);
    if (isNode(found) && found.range) node = found;
  }
  if (!node || !node.range) return { line: 1 + lineOffset, col: 1 };
  const pos = lineCounter.linePos(node.range[0]);
  return { line: pos.line + lineOffset, col: pos.col };
}

// ---------------------------------------------------------------- checking one YAML text

function checkYaml(label, text, lineOffset = 0) {
  const problems = [];
  const at = (line, col, msg) => problems.push(`${label}:${line + lineOffset}:${col}: error: ${msg}`);

  if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) at(1, 1, 'file is larger than 1 MiB');

  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (!Array.isArray(docs) || docs.length === 0) {
    at(1, 1, 'empty file: expected one YAML document');
  } else {
    if (docs.length > 1) {
      const pos = lineCounter.linePos(docs[1].range[0]);
      at(pos.line, pos.col, 'only one YAML document per file is allowed');
    }
    const doc = docs[0];
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(e.pos[0]);
      at(pos.line, pos.col, e.message.split('\n')[0]);
    }
    if (doc.errors.length === 0) {
      visit(doc, {
        Node(_, node) {
          if (isAlias(node) || node.anchor) {
            const pos = lineCounter.linePos(node.range[0]);
            at(pos.line, pos.col, 'YAML anchors and aliases are not allowed');
          }
        },
      });
      const data = doc.toJS();
      if (!validate(data)) {
        for (const e of describeErrors(validate.errors, data)) {
          const pos = locate(doc, lineCounter, 0, e.instancePath, e.key);
          at(pos.line, pos.col, `${e.instancePath || '/'}: ${e.message}`);
        }
      }
    }
  }

  if (problems.length === 0) {
    console.log(`${label}: ok`);
    passed++;
  } else {
    for (const p of problems) console.log(p);
    failed++;
  }
}

// ---------------------------------------------------------------- scenario files

let scenarioFiles = [];
try {
  scenarioFiles = readdirSync(scenarioDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(scenarioDir, f))
    .filter((f) => statSync(f).isFile());
} catch (e) {
  console.log(`${rel(scenarioDir)}: error: ${e.message}`);
  failed++;
}
for (const file of scenarioFiles) checkYaml(rel(file), readFileSync(file, 'utf8'));

// ---------------------------------------------------------------- the example in the docs

{
  const label = rel(formatDoc);
  const lines = readFileSync(formatDoc, 'utf8').split(/\r?\n/);
  const heading = lines.findIndex((l) => /^##\s+A complete example\s*$/.test(l));
  let start = -1;
  let end = -1;
  if (heading >= 0) {
    for (let i = heading + 1; i < lines.length && !/^##\s/.test(lines[i]); i++) {
      if (start < 0 && /^```yaml\s*$/.test(lines[i])) start = i;
      else if (start >= 0 && /^```\s*$/.test(lines[i])) { end = i; break; }
    }
  }
  if (start < 0 || end < 0) {
    console.log(`${label}: error: no fenced yaml block found under "## A complete example"`);
    failed++;
  } else {
    // lines[start] is the fence; the YAML starts on line start + 2 (1-based).
    checkYaml(`${label}`, lines.slice(start + 1, end).join('\n') + '\n', start + 1);
  }
}

// ---------------------------------------------------------------- built-in documents

// A small valid scenario that uses every optional key; the cases below break it in one place.
function baseScenario() {
  return {
    format: 'upstander-scenario/1',
    id: 'schema-check',
    language: 'pt-BR',
    title: 'Schema check',
    theme: 'listening',
    summary: 'A tiny scenario used only by the schema checker.',
    duration: 20,
    group_size: { min: 3, max: 30 },
    roles: [
      { id: 'dana', name: 'Dana, team lead', brief: 'You run the meeting.' },
      { id: 'observer', name: 'Observer', brief: 'Use the checklist.', observer: true },
    ],
    observer_checklist: ['Who spoke first?'],
    scenes: [
      {
        id: 'meeting',
        title: 'The meeting',
        narration: 'Someone is talked over.',
        notes: 'Pause here.',
        decision: {
          prompt: 'What do you do?',
          timer: 90,
          options: [
            { id: 'nothing', text: 'Nothing.', stage: 'bystander', why: 'Silence.', next: 'after' },
            { id: 'later', text: 'Later.', stage: 'passive-supporter', why: 'Private.', next: 'after' },
            { id: 'now', text: 'Now.', stage: 'active-ally', why: 'Public.', next: 'end' },
          ],
        },
      },
      { id: 'after', narration: 'A week passes.', next: 'end' },
      { id: 'end', narration: 'The end.', ending: true },
    ],
    debrief: { what: ['What happened?'], so_what: ['Why does it matter?'], now_what: ['What next?'] },
    sources: [{ title: 'A source', note: 'A note.' }, { title: 'Another source' }],
  };
}

const opt0 = (d) => d.scenes[0].decision.options[0];
const option = (id) => ({ id, text: 'T.', stage: 'advocate', why: 'W.', next: 'end' });

// Documents that must be ACCEPTED (boundary values).
const accepted = [
  ['base document', () => {}],
  ['only the required keys', (d) => {
    delete d.sources;
    delete d.roles[1].observer;
    delete d.scenes[0].title;
    delete d.scenes[0].notes;
    delete d.scenes[0].decision.timer;
  }],
  ['id of 64 characters', (d) => { d.id = 'a' + 'b-'.repeat(31) + 'c'; }],
  ['id of one letter', (d) => { d.id = 'a'; }],
  ['id with digits and single hyphens', (d) => { d.id = 'a1-b2-3c'; }],
  ['empty sources list', (d) => { d.sources = []; }],
  ['duration 5 and 240, group_size 1..1000, timer 10 and 3600', (d) => {
    d.duration = 240;
    d.group_size = { min: 1, max: 1000 };
    d.scenes[0].decision.timer = 3600;
  }],
  ['six options', (d) => {
    d.scenes[0].decision.options.push(option('o4'), option('o5'), option('o6'));
  }],
  ...['en', 'fil', 'EN', 'pt-br', 'zh-Hant-TW', 'sr-Latn', 'es-419', 'de-CH-1996', 'sl-rozaj-biske',
    'zh-yue-HK', 'en-US-u-ca-gregory', 'de-x-formal', 'english'].map((tag) =>
    [`language ${tag}`, (d) => { d.language = tag; }]),
];

// Documents that must be REJECTED, with the instance path and keyword of the expected error.
const rejected = [
  ['missing title', (d) => { delete d.title; }, '', 'required'],
  ['missing scenes', (d) => { delete d.scenes; }, '', 'required'],
  ['unknown top-level key', (d) => { d.tittle = 'x'; }, '', 'additionalProperties'],
  ['unknown key in an option', (d) => { opt0(d).stages = 'bystander'; }, '/scenes/0/decision/options/0', 'additionalProperties'],
  ['unknown key in group_size', (d) => { d.group_size.avg = 5; }, '/group_size', 'additionalProperties'],
  ['bad stage', (d) => { opt0(d).stage = 'ally'; }, '/scenes/0/decision/options/0/stage', 'enum'],
  ['option without stage', (d) => { delete opt0(d).stage; }, '/scenes/0/decision/options/0', 'required'],
  ['bad theme', (d) => { d.theme = 'allyship'; }, '/theme', 'enum'],
  ['wrong format version', (d) => { d.format = 'upstander-scenario/2'; }, '/format', 'const'],
  ['scene with both next and ending', (d) => { d.scenes[1].ending = true; }, '/scenes/1', 'oneOf'],
  ['scene with both decision and next', (d) => { d.scenes[0].next = 'end'; }, '/scenes/0', 'oneOf'],
  ['scene with none of next, decision, ending', (d) => { delete d.scenes[1].next; }, '/scenes/1', 'oneOf'],
  ['ending: false', (d) => { d.scenes[2].ending = false; }, '/scenes/2/ending', 'const'],
  ['scene without narration', (d) => { delete d.scenes[2].narration; }, '/scenes/2', 'required'],
  ['id with an uppercase letter', (d) => { d.scenes[0].id = 'Meeting'; }, '/scenes/0/id', 'pattern'],
  ['id starting with a digit', (d) => { d.id = '1st-scenario'; }, '/id', 'pattern'],
  ['id starting with a hyphen', (d) => { d.id = '-scenario'; }, '/id', 'pattern'],
  ['id ending with a hyphen', (d) => { d.roles[0].id = 'dana-'; }, '/roles/0/id', 'pattern'],
  ['id with a double hyphen', (d) => { d.id = 'schema--check'; }, '/id', 'pattern'],
  ['id with an underscore', (d) => { opt0(d).id = 'do_nothing'; }, '/scenes/0/decision/options/0/id', 'pattern'],
  ['id with a non-ASCII letter', (d) => { d.id = 'caf\u00e9'; }, '/id', 'pattern'],
  ['id with a trailing newline', (d) => { d.id = 'schema-check\n'; }, '/id', 'pattern'],
  ['id of 65 characters', (d) => { d.id = 'a'.repeat(65); }, '/id', 'pattern'],
  ['empty id', (d) => { d.id = ''; }, '/id', 'pattern'],
  ['next that is not an id', (d) => { d.scenes[1].next = 'The End'; }, '/scenes/1/next', 'pattern'],
  ['language that is not a BCP 47 tag', (d) => { d.language = 'pt_BR'; }, '/language', 'pattern'],
  ...['english!', 'en_US', 'en US', 'xx-', '-en', 'en--us', 'e', 'abcd', 'e1', 'abcdefghi', 'en-USA1',
    'en-US-Latn', 'en-u', 'en-x', ''].map((tag) =>
    [`language ${JSON.stringify(tag)}`, (d) => { d.language = tag; }, '/language', 'pattern']),
  ['title that is a number', (d) => { d.title = 1984; }, '/title', 'type'],
  ['duration 4', (d) => { d.duration = 4; }, '/duration', 'minimum'],
  ['duration 241', (d) => { d.duration = 241; }, '/duration', 'maximum'],
  ['duration 20.5', (d) => { d.duration = 20.5; }, '/duration', 'type'],
  ['duration as a string', (d) => { d.duration = '20'; }, '/duration', 'type'],
  ['group_size min 0', (d) => { d.group_size.min = 0; }, '/group_size/min', 'minimum'],
  ['group_size max 1001', (d) => { d.group_size.max = 1001; }, '/group_size/max', 'maximum'],
  ['group_size without max', (d) => { delete d.group_size.max; }, '/group_size', 'required'],
  ['timer 9', (d) => { d.scenes[0].decision.timer = 9; }, '/scenes/0/decision/timer', 'minimum'],
  ['timer 3601', (d) => { d.scenes[0].decision.timer = 3601; }, '/scenes/0/decision/timer', 'maximum'],
  ['one option', (d) => { d.scenes[0].decision.options.splice(1); }, '/scenes/0/decision/options', 'minItems'],
  ['seven options', (d) => {
    d.scenes[0].decision.options.push(option('o4'), option('o5'), option('o6'), option('o7'));
  }, '/scenes/0/decision/options', 'maxItems'],
  ['decision without prompt', (d) => { delete d.scenes[0].decision.prompt; }, '/scenes/0/decision', 'required'],
  ['no roles', (d) => { d.roles = []; }, '/roles', 'minItems'],
  ['role without brief', (d) => { delete d.roles[0].brief; }, '/roles/0', 'required'],
  ['observer as a string', (d) => { d.roles[1].observer = 'yes'; }, '/roles/1/observer', 'type'],
  ['empty observer_checklist', (d) => { d.observer_checklist = []; }, '/observer_checklist', 'minItems'],
  ['no scenes', (d) => { d.scenes = []; }, '/scenes', 'minItems'],
  ['empty debrief list', (d) => { d.debrief.so_what = []; }, '/debrief/so_what', 'minItems'],
  ['debrief without now_what', (d) => { delete d.debrief.now_what; }, '/debrief', 'required'],
  ['debrief question that is a map', (d) => { d.debrief.what = [{ q: 'x' }]; }, '/debrief/what/0', 'type'],
  ['source without title', (d) => { d.sources = [{ note: 'x' }]; }, '/sources/0', 'required'],
  ['unknown key in a source', (d) => { d.sources[0].url = 'x'; }, '/sources/0', 'additionalProperties'],
  ['scenario that is a list', () => [], '', 'type'],
];

for (const [name, mutate] of accepted) {
  const d = baseScenario();
  mutate(d);
  if (validate(d)) {
    console.log(`accept: ${name}: ok`);
    passed++;
  } else {
    for (const e of describeErrors(validate.errors, d)) {
      console.log(`accept: ${name}: error: wrongly rejected: ${e.instancePath || '/'}: ${e.message}`);
    }
    failed++;
  }
}

for (const [name, mutate, wantPath, wantKeyword] of rejected) {
  let d = baseScenario();
  d = mutate(d) ?? d;
  if (validate(d)) {
    console.log(`reject: ${name}: error: wrongly accepted`);
    failed++;
    continue;
  }
  const errors = describeErrors(validate.errors, d);
  const hit = errors.find((e) => e.instancePath === wantPath && e.keyword === wantKeyword);
  if (hit) {
    console.log(`reject: ${name}: ok (${hit.instancePath || '/'}: ${hit.message})`);
    passed++;
  } else {
    const got = errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`).join('; ');
    console.log(`reject: ${name}: error: rejected for the wrong reason; expected ${wantKeyword} at ${wantPath || '/'}, got ${got}`);
    failed++;
  }
}

// ---------------------------------------------------------------- summary

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
