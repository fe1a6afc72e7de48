#!/usr/bin/env node
// Checks docs/export-schema.json, the JSON Schema of `upstander export --format json`:
//   1. the schema compiles with Ajv (draft 2020-12, strict mode);
//   2. every JSON file named on the command line is valid against it (exports made by the
//      real program: tests/tst_export.cpp and scripts/run-tests pass theirs);
//   3. deliberately wrong documents built below are rejected, and their valid originals
//      accepted, so that the schema really holds the rules docs/export.md promises (above
//      all: a suppressed statistic carries no numbers).
// Prints "NAME: ok" or "NAME: error: /instance/path: message" lines, then "N passed, M failed";
// exits 1 if anything failed.
//
// Usage: cd tests/schema && npm ci --no-audit --no-fund && node check-export.mjs [FILE.json...]

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaPath = join(repoRoot, 'docs', 'export-schema.json');

let passed = 0;
let failed = 0;
const ok = (name) => { console.log(`${name}: ok`); passed++; };
const fail = (name, message) => { console.log(`${name}: error: ${message}`); failed++; };

let validate;
try {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  validate = ajv.compile(schema);
  if (schema.$id !== 'upstander-export-1.schema.json') throw new Error(`unexpected $id ${schema.$id}`);
  ok('docs/export-schema.json (compiles in strict mode)');
} catch (e) {
  fail('docs/export-schema.json', e.message);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(1);
}

const errorsOf = () =>
  (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}`).join('; ');

// ---------------------------------------------------------------- files from the program

for (const file of process.argv.slice(2)) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(file, `not JSON: ${e.message}`);
    continue;
  }
  if (validate(data)) ok(file);
  else fail(file, errorsOf());
}

// ---------------------------------------------------------------- built-in documents

const stages = ['bystander', 'passive-supporter', 'performative-ally', 'active-ally', 'advocate'];
const perStage = (f) => Object.fromEntries(stages.map((s, i) => [s, f(s, i)]));
const head = (content) => ({
  format: 'upstander-export/2',
  content,
  generator: 'upstander 0.1.0',
  exportedAt: '2026-03-02T10:00:00.000Z',
  session: {
    id: 7, title: 'Team leads, "spring"', date: '2026-03-02', cohort: null, language: 'de', k: 5,
    stageLabels: { 'performative-ally': 'Visible ally' }, createdAt: '2026-03-02T08:59:00.125Z',
  },
  stages: stages.map((key, i) => ({ key, position: i + 1, label: key })),
});
const distribution = () => ({
  counts: perStage((s, i) => i + 1), shares: perStage((s, i) => (i + 1) / 15),
  total: 15, passes: 1, median: 4, mean: 3.667,
});
const decision = (status) => ({
  statistic: 'decision', k: 5, status, phase: 'baseline', question: 3, scenario: 'credit-taken',
  scene: 'review', prompt: 'What do you do?',
  options: [{ key: 'stay-out', stage: 'bystander' }, { key: 'name-her', stage: 'active-ally' }],
  ...(status === 'shown' ? { values: { options: { 'stay-out': 2, 'name-her': 4 }, total: 6, passes: 0 } } : {}),
});
function aggregate() {
  return {
    ...head('aggregate'),
    statistics: [
      { statistic: 'distribution', k: 5, status: 'shown', phase: 'baseline', values: distribution() },
      { statistic: 'distribution', k: 5, status: 'suppressed', phase: 'after' },
      {
        statistic: 'transitions', k: 5, status: 'shown', phase: 'after', from: 'baseline',
        values: {
          pairs: 6, 'moved-up': 1, unchanged: 4, 'moved-down': 1, 'mean-change': 0,
          transitions: perStage(() => perStage(() => 0)),
        },
      },
      {
        statistic: 'perception-gap', k: 5, status: 'shown', phase: 'baseline',
        values: {
          participants: 6, 'mean-self': 4, 'mean-chosen': 2.5, 'mean-gap': 1.5,
          gap: { higher: 4, same: 2, lower: 0 },
        },
      },
      { statistic: 'chosen-stages', k: 5, status: 'shown', values: distribution() },
      decision('shown'),
      decision('suppressed'),
      { statistic: 'commitments', k: 5, status: 'shown', values: { texts: ['Give credit, by "name"\n🙌'] } },
    ],
  };
}
// A raw export holds no time finer than a day: its exportedAt is a date, and the session, the
// questions and the answers carry no time at all.
function raw() {
  const top = head('raw');
  top.exportedAt = '2026-03-02';
  delete top.session.createdAt;
  return {
    ...top,
    questions: [{
      id: 3, kind: 'decision', phase: 'baseline', scenario: 'credit-taken', scene: 'review',
      prompt: 'What do you do?', position: 2,
      choices: [{ key: 'stay-out', stage: 'bystander' }],
    }],
    answers: [
      { question: 3, token: 'Qm7Rk2xVb9TfLw3NcZp8Ha', choice: 'stay-out', stage: 'bystander' },
      { question: 3, token: 'b4WnE1sYhJ6dKq0UaXr5Gc', choice: 'pass', stage: null },
    ],
    tallies: [{ question: 3, choice: 'stay-out', stage: 'bystander', count: 3 }],
  };
}

function expectValid(name, doc) {
  if (validate(doc)) ok(`valid: ${name}`);
  else fail(`valid: ${name}`, `rejected: ${errorsOf()}`);
}
function expectInvalid(name, doc) {
  if (!validate(doc)) ok(`rejected: ${name}`);
  else fail(`rejected: ${name}`, 'accepted, but the schema should refuse it');
}
const edit = (make, change) => { const d = make(); change(d); return d; };

expectValid('aggregate with every statistic', aggregate());
expectValid('raw with a pass and a tally', raw());

expectInvalid('wrong format marker', edit(aggregate, (d) => { d.format = 'upstander-export/1'; }));
expectInvalid('no format marker', edit(aggregate, (d) => { delete d.format; }));
expectInvalid('unknown content', edit(aggregate, (d) => { d.content = 'both'; }));
expectInvalid('suppressed statistic with numbers',
  edit(aggregate, (d) => { d.statistics[1].values = distribution(); }));
expectInvalid('suppressed decision with counts',
  edit(aggregate, (d) => { d.statistics[6].values = decision('shown').values; }));
expectInvalid('shown statistic without numbers',
  edit(aggregate, (d) => { delete d.statistics[0].values; }));
expectInvalid('distribution without a stage',
  edit(aggregate, (d) => { delete d.statistics[0].values.counts.advocate; }));
expectInvalid('share above 1', edit(aggregate, (d) => { d.statistics[0].values.shares.advocate = 1.5; }));
expectInvalid('median not a half position', edit(aggregate, (d) => { d.statistics[0].values.median = 3.2; }));
expectInvalid('unknown statistic', edit(aggregate, (d) => { d.statistics[0].statistic = 'histogram'; }));
expectInvalid('k below 3', edit(aggregate, (d) => { d.statistics[0].k = 2; }));
expectInvalid('decision without its question', edit(aggregate, (d) => { delete d.statistics[5].question; }));
expectInvalid('distribution with decision fields', edit(aggregate, (d) => { d.statistics[0].question = 3; }));
expectInvalid('commitment with a token',
  edit(aggregate, (d) => { d.statistics[7].values.token = 'abc'; }));
expectInvalid('aggregate carrying answers', edit(aggregate, (d) => { d.answers = []; }));
expectInvalid('raw carrying statistics', edit(raw, (d) => { d.statistics = []; }));
expectInvalid('raw without answers', edit(raw, (d) => { delete d.answers; }));
expectInvalid('answer with an unknown stage', edit(raw, (d) => { d.answers[0].stage = 'ally'; }));
expectInvalid('answer without a token', edit(raw, (d) => { delete d.answers[0].token; }));
expectInvalid('tally of zero', edit(raw, (d) => { d.tallies[0].count = 0; }));
expectInvalid('time without a zone', edit(aggregate, (d) => { d.exportedAt = '2026-03-02T10:00:01'; }));
expectInvalid('raw answer with a time',
  edit(raw, (d) => { d.answers[0].time = '2026-03-02T10:00:01.000Z'; }));
expectInvalid('raw question with the time it was asked',
  edit(raw, (d) => { d.questions[0].askedAt = '2026-03-02T10:00:00.000Z'; }));
expectInvalid('raw session with the time it was created',
  edit(raw, (d) => { d.session.createdAt = '2026-03-02T08:59:00.125Z'; }));
expectInvalid('raw exportedAt with a time of day',
  edit(raw, (d) => { d.exportedAt = '2026-03-02T10:00:00.000Z'; }));
expectInvalid('aggregate exportedAt without its time', edit(aggregate, (d) => { d.exportedAt = '2026-03-02'; }));
expectInvalid('aggregate session without createdAt', edit(aggregate, (d) => { delete d.session.createdAt; }));
expectInvalid('unknown top-level key', edit(raw, (d) => { d.names = ['Ann']; }));

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
