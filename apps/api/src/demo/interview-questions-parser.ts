/**
 * Reads the call-center interview guide (demo/source/call-center-interview-questions.txt) into
 * categories and questions. The default rubric (`call-center-rubric.json`) takes its categories
 * and question texts from the guide, but its guidance and anchors are reviewed, hand-written data
 * for the interviewer; this parser is what the provenance test uses to hold the rubric to the
 * guide's questions. Nothing reads the guide at run time.
 */
export interface ParsedTip {
  title: string;
  detail: string;
}

export interface ParsedQuestion {
  /** The guide's own number; it numbers 4 and 5 twice, so this is not unique. */
  number: number;
  text: string;
  /** What the interviewer is looking for (the paragraph under the question). */
  purpose: string;
  tips: ParsedTip[];
}

export interface ParsedCategory {
  name: string;
  questions: ParsedQuestion[];
}

/** The guide's section headings, mapped to category names; `null` ends the questions. */
const sectionHeadings: Record<string, string | null> = {
  'General Interview Questions': 'General',
  'Additional General Interview Questions': 'General',
  'Customer Service Skills': 'Customer Service Skills',
  'Communication Skills': 'Communication Skills',
  'Problem-Solving Abilities': 'Problem-Solving',
  'Teamwork and Collaboration': 'Teamwork and Collaboration',
  'Adaptability and Flexibility': 'Adaptability and Flexibility',
  'Technical Skills': 'Technical Skills',
  'Performance and Metrics': 'Performance and Metrics',
  'Behavioral Questions': 'Behavioral',
  'Situational Questions': 'Situational',
  'Company-Specific Questions': 'Company-Specific',
  'Career Goals and Aspirations': 'Career Goals and Aspirations',
  'Key Takeaways': null,
};

const questionLine = /^Question (\d+):\s*(.+)$/;
const tipLine = /^-\s*([^:]+):\s*(.+)$/;

export function parseInterviewQuestions(text: string): ParsedCategory[] {
  const categories: ParsedCategory[] = [];
  let category: ParsedCategory | undefined;
  let question: ParsedQuestion | undefined;
  let section: 'purpose' | 'example' | 'tips' | 'other' = 'other';

  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line) continue;

    if (line in sectionHeadings) {
      const name = sectionHeadings[line];
      if (name === null) break;
      category = categories.find((existing) => existing.name === name);
      if (!category) {
        category = { name: name ?? line, questions: [] };
        categories.push(category);
      }
      question = undefined;
      section = 'other';
      continue;
    }

    const questionMatch = questionLine.exec(line);
    if (questionMatch && category) {
      question = {
        number: Number(questionMatch[1]),
        text: questionMatch[2]?.trim() ?? '',
        purpose: '',
        tips: [],
      };
      category.questions.push(question);
      section = 'purpose';
      continue;
    }
    if (!question) continue;

    if (line === 'Example Answer') {
      section = 'example';
    } else if (line === 'Tips for Answering') {
      section = 'tips';
    } else if (section === 'purpose' && !question.purpose) {
      question.purpose = line;
    } else if (section === 'tips') {
      const tip = tipLine.exec(line);
      if (tip) question.tips.push({ title: tip[1]?.trim() ?? '', detail: tip[2]?.trim() ?? '' });
      // A paragraph after the tips closes the question (e.g. a section's closing remark).
      else section = 'other';
    }
  }
  return categories;
}
