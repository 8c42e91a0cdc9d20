#!/usr/bin/env node
/**
 * Regenerates apps/api/src/demo/call-center-rubric.json from the committed guide
 * (demo/source/call-center-interview-questions.txt). The JSON is committed; a unit test fails
 * when it no longer matches what the parser makes of the guide.
 *   node apps/api/scripts/generate-call-center-rubric.cjs   (after `nx run api:build`)
 */
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const demo = path.resolve(__dirname, '../src/demo');
const built = path.resolve(__dirname, '../../../dist/apps/api/apps/api/src/demo');
const { parseInterviewQuestions } = require(path.join(built, 'interview-questions-parser.js'));
const { buildCallCenterRubric } = require(path.join(built, 'call-center-rubric.js'));

const guide = readFileSync(path.join(demo, 'source/call-center-interview-questions.txt'), 'utf8');
const rubric = buildCallCenterRubric(parseInterviewQuestions(guide));
writeFileSync(path.join(demo, 'call-center-rubric.json'), `${JSON.stringify(rubric, null, 2)}\n`);
const questions = rubric.categories.reduce((sum, category) => sum + category.questions.length, 0);
console.log(
  `call-center-rubric.json: ${rubric.categories.length} categories, ${questions} questions`,
);
