/**
 * The default interview rubric's name. The rubric itself is `call-center-rubric.json`: reviewed
 * data, edited by hand, not generated. Its 12 categories and 38 question texts come from the
 * interview guide (`source/call-center-interview-questions.txt`, in the guide's order; the
 * provenance test in `interview-questions-parser.spec.ts` holds them to it). The guide's tips are
 * interview-prep advice to the candidate, so guidance and anchors were written for the
 * interviewer instead: what to listen for, and what a 1, 3 or 5 answer sounds like, drawing on the
 * BPO service documents (letting a caller vent, setting expectations, working in the CRM while
 * talking). Weights favour what customers feel on every call: customer service and communication
 * 2, problem-solving and situational 1.5, general, company-specific and career goals 0.5, the
 * rest 1.
 */
export const CALL_CENTER_RUBRIC_NAME = 'Call center agent';
