import { readFileSync } from 'node:fs';
import path from 'node:path';

import { RubricContentInput } from '@calibrate/contracts';

import callCenterRubric from './call-center-rubric.json';
import { parseInterviewQuestions } from './interview-questions-parser';

const guide = readFileSync(
  path.join(__dirname, 'source/call-center-interview-questions.txt'),
  'utf8',
);

describe('parseInterviewQuestions on the call-center guide', () => {
  const categories = parseInterviewQuestions(guide);
  const questions = categories.flatMap((category) => category.questions);

  it('finds the 12 categories in the guide’s order, "Additional General" folded into General', () => {
    expect(categories.map((category) => category.name)).toEqual([
      'General',
      'Customer Service Skills',
      'Communication Skills',
      'Problem-Solving',
      'Teamwork and Collaboration',
      'Adaptability and Flexibility',
      'Technical Skills',
      'Performance and Metrics',
      'Behavioral',
      'Situational',
      'Company-Specific',
      'Career Goals and Aspirations',
    ]);
  });

  it('finds all 38 questions, keeping both questions numbered 4 and both numbered 5', () => {
    expect(questions).toHaveLength(38);
    expect(questions.filter((q) => q.number === 4).map((q) => q.text)).toEqual([
      'What are your strengths and weaknesses?',
      'How do you handle difficult customers?',
    ]);
    expect(categories[0]?.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives every question its purpose and its tips', () => {
    for (const question of questions) {
      expect(question.purpose.length).toBeGreaterThan(40);
      expect(question.tips.length).toBeGreaterThanOrEqual(3);
    }
    expect(questions[0]?.tips.map((tip) => tip.title)).toEqual([
      'Keep it concise',
      'Highlight relevant experience',
      'Show enthusiasm',
    ]);
  });
});

describe('the committed call-center rubric, against the guide', () => {
  const parsed = parseInterviewQuestions(guide);
  const committed = callCenterRubric as RubricContentInput;

  it('asks the guide’s 38 questions, word for word, in its 12 categories and order', () => {
    // Guidance and anchors are reviewed data written for the interviewer (the guide's tips speak
    // to the candidate), so only the categories and question texts still come from the guide.
    expect(
      committed.categories.map((category) => ({
        name: category.name,
        questions: category.questions.map((question) => question.text),
      })),
    ).toEqual(
      parsed.map((category) => ({
        name: category.name,
        questions: category.questions.map((question) => question.text),
      })),
    );
  });

  it('does not copy the guide’s advice to the candidate into guidance or anchors', () => {
    const guideSentences = parsed
      .flatMap((category) => category.questions)
      .flatMap((question) => [question.purpose, ...question.tips.map((tip) => tip.detail)])
      .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+/))
      .filter((sentence) => sentence.length > 30);
    const written = committed.categories
      .flatMap((category) => category.questions)
      .flatMap((question) => [question.guidance ?? '', ...question.anchors])
      .join('\n');
    expect(guideSentences.filter((sentence) => written.includes(sentence))).toEqual([]);
  });
});
