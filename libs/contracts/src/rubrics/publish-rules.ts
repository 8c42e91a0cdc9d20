import { ValidationIssue } from '../errors/validation-issue.schema';
import { RubricContent } from './rubrics.schema';

/**
 * What a version needs before interviewers may score with it: at least one category, every
 * category named, weighted above zero and holding a question, every question worded. Missing
 * anchors are allowed (the editor warns), so a rubric can be published while anchors are written.
 * Shared by the API (which enforces it) and the editor (which shows it as you type).
 */
export function findPublishProblems(content: RubricContent): ValidationIssue[] {
  const problems: ValidationIssue[] = [];
  if (content.categories.length === 0) {
    problems.push({
      path: ['categories'],
      code: 'too_small',
      message: 'Add at least one category.',
    });
  }
  content.categories.forEach((category, c) => {
    if (!category.name.trim()) {
      problems.push({
        path: ['categories', c, 'name'],
        code: 'required',
        message: 'Name this category.',
      });
    }
    if (!(category.weight > 0)) {
      problems.push({
        path: ['categories', c, 'weight'],
        code: 'too_small',
        message: 'Give this category a weight above 0.',
      });
    }
    if (category.questions.length === 0) {
      problems.push({
        path: ['categories', c, 'questions'],
        code: 'too_small',
        message: 'Add at least one question.',
      });
    }
    category.questions.forEach((question, q) => {
      if (!question.text.trim()) {
        problems.push({
          path: ['categories', c, 'questions', q, 'text'],
          code: 'required',
          message: 'Write the question.',
        });
      }
    });
  });
  return problems;
}

/** Questions with one or more empty anchors: publishable, but worth a warning. */
export function findMissingAnchors(content: RubricContent): ValidationIssue[] {
  return content.categories.flatMap((category, c) =>
    category.questions.flatMap((question, q) =>
      question.anchors.some((anchor) => !anchor.trim())
        ? [
            {
              path: ['categories', c, 'questions', q, 'anchors'],
              code: 'missing_anchor',
              message: 'Some rating levels have no anchor.',
            },
          ]
        : [],
    ),
  );
}
