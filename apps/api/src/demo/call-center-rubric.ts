import { RubricContentInput } from '@calibrate/contracts';

import { ParsedCategory, ParsedQuestion } from './interview-questions-parser';

export const CALL_CENTER_RUBRIC_NAME = 'Call center agent';

/**
 * Weights for a frontline voice agent: the skills customers feel on every call count most;
 * motivation and company knowledge count, but less.
 */
const categoryWeights: Record<string, number> = {
  'Customer Service Skills': 2,
  'Communication Skills': 2,
  'Problem-Solving': 1.5,
  'Adaptability and Flexibility': 1,
  'Teamwork and Collaboration': 1,
  'Technical Skills': 1,
  'Performance and Metrics': 1,
  Behavioral: 1,
  Situational: 1.5,
  General: 0.5,
  'Company-Specific': 0.5,
  'Career Goals and Aspirations': 0.5,
};

/** "Use the STAR Method" → "use the STAR method": lower case mid-sentence, acronyms kept. */
const inSentence = (title: string) =>
  title
    .split(' ')
    .map((word) => (/^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase()))
    .join(' ');

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Guidance: why the question is asked, then what a strong answer does (the guide's tips). */
function guidanceFor(question: ParsedQuestion): string {
  const tips = question.tips.map((tip) => `• ${tip.title}: ${tip.detail}`).join('\n');
  return `${question.purpose}\n\nA strong answer:\n${tips}`;
}

/** One behavioural anchor per level, written from the tips so that every question reads the same way. */
function anchorsFor(question: ParsedQuestion): string[] {
  const points = question.tips.map((tip) => inSentence(tip.title));
  const all = listOf(points);
  return [
    `Does not answer the question, or the answer works against the role; none of: ${all}.`,
    `A vague or generic answer with no real example; touches at most one of: ${all}.`,
    `A relevant answer with a general example; covers some of: ${all}.`,
    `A clear answer with a specific example from experience; covers most of: ${all}.`,
    `An outstanding answer with a specific, measurable example and what they learned; covers all of: ${all}.`,
  ];
}

export function buildCallCenterRubric(categories: ParsedCategory[]): RubricContentInput {
  return {
    categories: categories.map((category) => ({
      name: category.name,
      description: '',
      weight: categoryWeights[category.name] ?? 1,
      questions: category.questions.map((question) => ({
        text: question.text,
        guidance: guidanceFor(question),
        anchors: anchorsFor(question),
      })),
    })),
  };
}
