import { CandidateStage } from '@calibrate/contracts';

/** The demo users' shared password: printed by `npm start` with their emails; never seeded in production. */
export const DEMO_PASSWORD = 'calibrate-demo';

export const DEMO_USERS = [
  { email: 'admin@example.com', name: 'Alex Admin', role: 'admin' },
  { email: 'recruiter@example.com', name: 'Rosa Recruiter', role: 'recruiter' },
  { email: 'manager@example.com', name: 'Marco Manager', role: 'hiring_manager' },
  { email: 'interviewer@example.com', name: 'Ivy Interviewer', role: 'interviewer' },
  { email: 'interviewer2@example.com', name: 'Ian Interviewer', role: 'interviewer' },
] as const;

/**
 * Panel colleagues on the demo floor: they sit on interviews but do not sign in (no password).
 * With the demo users, each has a leniency: how many rating points above (+) or below (−) the
 * truth they score, so Calibration shows real differences on first start (Ian and Priya the
 * extremes; Kenji too few scorecards to be calibrated yet).
 */
export const PANEL_COLLEAGUES = [
  { email: 'priya.nair@example.com', name: 'Priya Nair', role: 'interviewer' },
  { email: 'tomas.reyes@example.com', name: 'Tomás Reyes', role: 'interviewer' },
  { email: 'kenji.watanabe@example.com', name: 'Kenji Watanabe', role: 'interviewer' },
  { email: 'sofia.lindqvist@example.com', name: 'Sofia Lindqvist', role: 'hiring_manager' },
] as const;

export const LENIENCY: Record<string, number> = {
  'interviewer@example.com': 0.15,
  'interviewer2@example.com': -0.75,
  'manager@example.com': 0.35,
  'priya.nair@example.com': 0.85,
  'tomas.reyes@example.com': -0.45,
  'kenji.watanabe@example.com': 0.5,
  'sofia.lindqvist@example.com': -0.3,
};

/**
 * How each interviewer sends feedback: the median hours from the start of the round to the
 * submitted scorecard and how much that varies (the spread of its logarithm), how often they
 * write a note on a 2–4 (a 1 or a 5 always gets one) and in what style. Kenji sends his from the
 * car park, Tomás at the end of the week; Feedback owed shows it.
 */
export const FEEDBACK_HABITS: Record<
  string,
  { medianHours: number; spread: number; noteRate: number; style: 'terse' | 'full' }
> = {
  'interviewer@example.com': { medianHours: 0.8, spread: 0.9, noteRate: 0.55, style: 'full' },
  'interviewer2@example.com': { medianHours: 6, spread: 1.1, noteRate: 0.3, style: 'terse' },
  'manager@example.com': { medianHours: 22, spread: 0.9, noteRate: 0.25, style: 'terse' },
  'priya.nair@example.com': { medianHours: 1.5, spread: 0.8, noteRate: 0.7, style: 'full' },
  'tomas.reyes@example.com': { medianHours: 40, spread: 0.7, noteRate: 0.2, style: 'terse' },
  'kenji.watanabe@example.com': { medianHours: 0.3, spread: 0.6, noteRate: 0.8, style: 'terse' },
  'sofia.lindqvist@example.com': { medianHours: 3, spread: 1, noteRate: 0.45, style: 'full' },
};

/**
 * A drift for the Calibration trend to find: after a calibration session six weeks ago, Ivy
 * rates this much lower than her usual leniency (interviews from `sinceDays` ago onwards).
 */
export const LENIENCY_DRIFT = {
  email: 'interviewer@example.com',
  sinceDays: 42,
  by: -0.5,
} as const;

export const DEMO_JOBS = [
  {
    title: 'Inbound customer service agent',
    client: 'Telco postpaid billing',
    site: 'Manila – Ortigas',
    language: 'English',
    shift: 'night',
    headcount: 60,
    status: 'open',
    // Feedback pace on this program relative to the interviewers' habits (the night shift is quick).
    feedbackPace: 0.6,
    // Voice on the night shift: upper-intermediate English and night availability, or no offer.
    knockOutRules: { minLanguageLevel: 'B2', requireShift: true, minTypingWpm: null },
  },
  {
    title: 'Technical support agent',
    client: 'Fibre ISP helpdesk',
    site: 'Cebu IT Park',
    language: 'English',
    shift: 'rotating',
    headcount: 25,
    status: 'open',
    feedbackPace: 1,
    // Troubleshooting while logging tickets: English and a typing minimum.
    knockOutRules: { minLanguageLevel: 'B2', requireShift: false, minTypingWpm: 35 },
  },
  {
    title: 'Bilingual billing agent',
    client: 'Utilities collections',
    site: 'Bogotá – Chapinero',
    language: 'Spanish',
    shift: 'day',
    headcount: 15,
    status: 'open',
    feedbackPace: 2.2,
    knockOutRules: { minLanguageLevel: 'C1', requireShift: false, minTypingWpm: null },
  },
  {
    title: 'Chat support agent',
    client: 'E-commerce marketplace',
    site: 'Monterrey',
    language: 'Spanish',
    shift: 'mid',
    headcount: 20,
    status: 'on_hold',
    feedbackPace: 1.5,
    // Chat: several conversations at once, so typing speed is the floor.
    knockOutRules: { minLanguageLevel: null, requireShift: false, minTypingWpm: 40 },
  },
] as const;

/** Stages of the demo candidates, in order: every stage of a busy pipeline is represented. */
export const STAGE_PLAN: [CandidateStage, number][] = [
  ['applied', 14],
  ['screening', 10],
  ['interviewing', 16],
  ['offer', 6],
  ['hired', 6],
  ['rejected', 8],
  ['withdrawn', 4],
];
