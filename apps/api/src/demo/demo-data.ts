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
  'interviewer2@example.com': -0.6,
  'manager@example.com': 0.35,
  'priya.nair@example.com': 0.7,
  'tomas.reyes@example.com': -0.25,
  'kenji.watanabe@example.com': 0.5,
  'sofia.lindqvist@example.com': -0.3,
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
  },
  {
    title: 'Technical support agent',
    client: 'Fibre ISP helpdesk',
    site: 'Cebu IT Park',
    language: 'English',
    shift: 'rotating',
    headcount: 25,
    status: 'open',
  },
  {
    title: 'Bilingual billing agent',
    client: 'Utilities collections',
    site: 'Bogotá – Chapinero',
    language: 'Spanish',
    shift: 'day',
    headcount: 15,
    status: 'open',
  },
  {
    title: 'Chat support agent',
    client: 'E-commerce marketplace',
    site: 'Monterrey',
    language: 'Spanish',
    shift: 'mid',
    headcount: 20,
    status: 'on_hold',
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
