/**
 * Evidence notes as interviewers on a call-center floor write them: what the candidate's example
 * was about, what they heard, sometimes a follow-up or a quote. Composed from fragments per
 * rubric category (the situations of the BPO source documents: an angry caller venting, setting
 * expectations, holds, the CRM, de-escalation) by the seed's generator, so hundreds of notes
 * differ and the same seed writes the same notes.
 */

type Band = 'low' | 'mid' | 'high';

interface Fragments {
  /** What the candidate's example or the role-play moment was about. */
  topics: string[];
  /** What the interviewer heard, by how well it went. */
  low: string[];
  mid: string[];
  high: string[];
  /** Moments of the role-played call (mock call), not examples the candidate told. */
  rolePlay?: boolean;
  /** How the interviewer introduces the topic ("Example: …", "Tools: …"). */
  lead?: string;
}

const CATEGORY_FRAGMENTS: Record<string, Fragments> = {
  General: {
    lead: 'Background',
    topics: [
      'two years on a telco inbound account',
      'fast-food crew lead before BPO',
      'fresh grad, nursing board passer',
      'ex-collections agent, wants to move to care',
      'retail cashier, first call-center application',
      'prior account was US healthcare claims',
    ],
    low: [
      'recited the CV, nothing about customers',
      'could not say why this job rather than any job',
      'answer was about pay and the shuttle, not the work',
      'strength and weakness were the same cliché',
    ],
    mid: [
      'clear story, a bit rehearsed',
      'relevant background, needed prompting to link it to the role',
      'weakness was real but no plan to fix it',
      'knows the hours and the metrics, little on why',
    ],
    high: [
      'linked every point to the caller, not to themself',
      'named the metric they were proudest of and how they moved it',
      'honest weakness (over-explaining) with what they changed',
      'knew the account, the shift pattern and what the first 90 days look like',
    ],
  },
  'Customer Service Skills': {
    topics: [
      'irate postpaid customer with a double charge',
      'caller demanding a refund outside policy',
      'elderly caller locked out of online banking',
      'customer who had called four times about the same outage',
      'parcel marked delivered that never arrived',
      'customer threatening to cancel and post on social media',
    ],
    low: [
      'jumped to policy before the caller finished',
      'said they would transfer the caller "to make it someone else’s problem"',
      'no acknowledgement of the frustration at all',
      'promised a refund they had no authority to give',
    ],
    mid: [
      'let the caller vent, then solved it; empathy sounded scripted',
      'good fix, but never confirmed the customer was satisfied',
      'apologised a lot, light on what they actually did',
      'right steps, generic example',
    ],
    high: [
      'let the caller vent uninterrupted, summarised the issue in one line, then fixed it',
      'acknowledged the frustration by name and gave the exact credit and timeline',
      'followed up the next day unprompted; customer sent a compliment to the TL',
      'turned a cancel request into a retention with an honest plan change',
    ],
  },
  'Communication Skills': {
    topics: [
      'explaining a prorated bill',
      'walking a caller through a router reset',
      'peak-hour queue of 40 calls waiting',
      'explaining a chargeback to a confused customer',
      'a caller whose first language is not English',
      'explaining why the technician visit was moved',
    ],
    low: [
      'rambled; I lost the thread twice',
      'heavy jargon, never checked understanding',
      'spoke over me in the role-play',
      'very fast delivery, dropped word endings',
    ],
    mid: [
      'clear but long-winded',
      'good pace and diction, structure only after a prompt',
      'checked understanding once, at the end',
      'neutral accent, some filler words ("basically", "actually")',
    ],
    high: [
      'broke it into three steps and checked understanding after each',
      'plain words, no jargon, confirmed back what the customer would see on the next bill',
      'calm, even pace even when I pushed back hard',
      'switched to simpler phrasing without sounding condescending',
    ],
  },
  'Problem-Solving': {
    topics: [
      'duplicate charge from a billing system migration',
      'order stuck in "processing" for nine days',
      'intermittent fibre drops every evening',
      'two urgent tickets and a supervisor call at once',
      'wrong address on a replacement device',
      'promo code the system would not accept',
    ],
    low: [
      'guessed at the cause, no questions asked',
      'escalated immediately without trying anything',
      'steps out of order; would have wiped the customer’s settings',
      'no idea how to prioritise, said "first come first served"',
    ],
    mid: [
      'found the cause, slow to get there',
      'logical steps, missed checking the account notes first',
      'prioritised sensibly, could not say why',
      'fixed it but no root cause noted for the next agent',
    ],
    high: [
      'isolated the cause in three questions, then fixed it on the call',
      'checked account history first, spotted the migration error, credited and noted it',
      'clear triage: customer impact first, then SLA, then the easy ones',
      'troubleshooting in the right order, and explained each step to the caller',
    ],
  },
  'Teamwork and Collaboration': {
    topics: [
      'covering a teammate’s callbacks during a typhoon outage',
      'disagreement with a QA analyst over a score',
      'buddying a new hire in nesting',
      'working with the billing team on a stuck refund',
      'a colleague who kept taking the easy calls',
    ],
    low: [
      'blamed the team for every problem in the example',
      'went to the TL before talking to the colleague',
      'example was about working alone',
      'took credit for the fix the SME found',
      'said they avoid team huddles',
    ],
    mid: [
      'helped out, but only when asked',
      'resolved the conflict, took a while to get to it',
      'good team attitude, thin example',
      'would raise it with the TL, not the colleague',
      'helps in the team chat, never offers to take a call',
    ],
    high: [
      'talked to the colleague first, privately, and agreed a fix',
      'shared a workaround in the team chat that cut AHT for everyone',
      'gave credit to the billing team; the customer got the refund same day',
      'set up a shared callback sheet so nobody chased the same customer twice',
      'asked the SME on the floor, then wrote it up for the next shift',
    ],
  },
  'Adaptability and Flexibility': {
    topics: [
      'overnight switch from Avaya to a softphone',
      'new CRM live in one week',
      'moved from day to graveyard shift at short notice',
      'product launch with no knowledge base articles yet',
      'system outage mid-call',
    ],
    low: [
      'complained about the change for most of the answer',
      'would wait for training before doing anything',
      'froze in the role-play when the "system" went down',
      'wants day shift only, no flexibility',
      'blamed the trainer for not learning the tool',
    ],
    mid: [
      'adapted, but needed a lot of support',
      'fine with shift changes, vague on learning new tools',
      'kept the caller informed during the outage, no workaround',
      'learned the tool, took a month to stop asking the buddy',
      'open to rotating shifts once they find a sitter',
    ],
    high: [
      'learned the new CRM in days and wrote the team’s cheat sheet',
      'told the caller what was happening, took a callback number, called back in 20 min',
      'open to any shift; has done graveyard for a US account before',
      'first in the batch to get through nesting without a buddy',
      'switched to manual notes during the outage and kept the queue moving',
    ],
  },
  'Technical Skills': {
    lead: 'Tools',
    topics: [
      'Salesforce Service Cloud',
      'Zendesk and a Genesys softphone',
      'Avaya one-X and an in-house billing tool',
      'Freshdesk chat, three chats at once',
      'ServiceNow ticketing',
      'Five9 dialer and a CRM for notes',
    ],
    low: [
      'has not used any CRM; "can learn"',
      'could not describe what they logged on a case',
      'typing 28 wpm in the test, lots of backspacing',
    ],
    mid: [
      'basic use, mostly look-up',
      'knows the tools by name, thin on what they did with them',
      'navigates fine; notes would be hard for the next agent to read',
    ],
    high: [
      'logs every call with cause, action and next step; reads history before greeting',
      'built macros that cut wrap-up time',
      'knew hold, transfer and conference on the softphone without thinking',
    ],
  },
  'Performance and Metrics': {
    lead: 'Asked about',
    topics: [
      'AHT target of 6 minutes',
      'CSAT dip after a price increase',
      'FCR on a tech-support queue',
      'QA score of 78 in the first month',
      'adherence during a 10-hour shift',
    ],
    low: [
      'did not know what AHT or FCR mean',
      'got defensive about QA feedback',
      'would rush callers to hit AHT',
      'thinks QA is "just nitpicking"',
    ],
    mid: [
      'knows the metrics, no example of moving one',
      'took feedback, no evidence it changed anything',
      'balanced AHT and quality in theory',
      'hit targets on the last account, could not say how',
    ],
    high: [
      'took QA from 78 to 92 by recording and replaying own calls',
      'named CSAT and FCR as the ones that matter and why AHT follows',
      'asks the TL for side-by-sides; brought a concrete change from the last one',
      'cut hold time by learning the billing screens; AHT followed',
    ],
  },
  Behavioral: {
    topics: [
      'a caller crying about a cut-off before payday',
      'system down during a Black Friday peak',
      'going beyond for a customer with a disability',
      'back-to-back abusive calls',
      'stayed after shift to finish a callback',
    ],
    low: [
      'no real example, only "I would stay calm"',
      'got visibly rattled when I raised my voice in the role-play',
      'story ended with hanging up on the customer',
      'said stress is "not a problem" and moved on',
    ],
    mid: [
      'decent example, the result was unclear',
      'coping strategy (breathing, short break) is fine but generic',
      'went the extra mile, but broke process to do it',
      'example was from school, not from work',
    ],
    high: [
      'specific STAR answer, measurable result',
      'arranged a payment extension within policy and followed up personally',
      'resets between calls; did not carry the last caller into the next one',
      'de-escalated an abusive caller and still got to a resolution',
    ],
  },
  Situational: {
    topics: [
      'question they cannot answer',
      'customer unhappy with the resolution',
      'three chats and a call at once',
      'caller asks for a month free',
      'caller wants a supervisor straight away',
    ],
    low: [
      'would guess rather than put the caller on hold',
      'would transfer without explaining why',
      'no idea what to do if the customer still says no',
      'would promise what policy does not allow to end the call',
    ],
    mid: [
      'would check the knowledge base; forgot to ask permission before the hold',
      'offered an alternative, no escalation path',
      'reasonable steps, no mention of telling the customer what happens next',
      'right instinct (stay calm, check the KB), vague on the actual steps',
    ],
    high: [
      'asked permission to hold, gave a time, came back before it ran out',
      'acknowledged, offered what policy allows, and set a clear expectation on the escalation',
      'tries one real fix first, then escalates with the case already noted',
      'kept the customer informed at every step; nothing promised that policy does not allow',
    ],
  },
  'Company-Specific': {
    lead: 'Asked about',
    topics: [
      'our client’s program',
      'our values (customer first, own it)',
      'the site and the shuttle routes',
      'what they would bring to the team',
    ],
    low: [
      'had not looked us up at all',
      'mixed us up with another BPO',
      'generic "big company, good benefits"',
    ],
    mid: [
      'read the website, surface level',
      'knew the client, not what the role handles',
      'values answer sounded memorised',
    ],
    high: [
      'knew the client, the queue and the awards; asked about the nesting period',
      'tied "own it" to a real callback they did',
      'had spoken to two agents on the floor before applying',
    ],
  },
  'Career Goals and Aspirations': {
    lead: 'Goal',
    topics: [
      'QA or trainer in two years',
      'team lead track',
      'stepping stone to IT support',
      'saving for nursing abroad',
      'workforce management',
    ],
    low: [
      'plans to leave in six months',
      'no idea; "whatever comes"',
      'goal has nothing to do with the role',
    ],
    mid: [
      'wants to grow, no plan how',
      'realistic goal, unsure how this role feeds it',
      'honest that it is short term, but wants to do it well',
    ],
    high: [
      'clear path: SME, then QA; asked about the internal posting rules',
      'already buddies new hires informally; wants the TL track',
      'knows what the promotion criteria are and how to hit them',
    ],
  },
  // The mock call (a billing dispute role-play).
  'Greeting and opening': {
    rolePlay: true,
    topics: ['the opening', 'verification', 'first ten seconds'],
    low: [
      'no name, no company; read the account out before verifying',
      'started with "what do you want"',
      'skipped verification entirely',
    ],
    mid: [
      'all four parts, read at speed like a script',
      'verified, but after mentioning the balance',
      'warm, forgot to offer help',
    ],
    high: [
      'warm, unhurried, every part there; explained why verification is needed',
      'verification woven in naturally; caller started talking straight away',
      'opening under 10 s and still sounded human',
    ],
  },
  'Active listening': {
    rolePlay: true,
    topics: ['caller’s explanation', 'clarifying questions', 'the real issue, the second charge'],
    low: [
      'interrupted three times, missed that there were two charges',
      'asked me to repeat the account number twice',
      'solved the wrong problem',
    ],
    mid: [
      'listened, confirmed only half of the issue back',
      'one good clarifying question, then assumed the rest',
      'let me finish but took no notes',
    ],
    high: [
      'let me vent fully, then paraphrased both charges back correctly',
      'asked the one question that mattered (when did the plan change?)',
      'picked up the hint about the cancelled add-on without prompting',
    ],
  },
  'Empathy and tone': {
    rolePlay: true,
    topics: ['when I escalated', 'the angry-caller part', 'tone under pressure'],
    low: [
      'argued with me when I raised my voice',
      'flat, robotic "I understand your frustration" on repeat',
      'sighed audibly; tone went cold',
    ],
    mid: [
      'stayed polite, empathy sounded scripted',
      'calm, but over-apologised',
      'good tone, lost it slightly when I threatened to cancel',
    ],
    high: [
      'de-escalated in two sentences: named my frustration, said what they would do',
      'voice stayed warm and slow when I shouted; I calmed down',
      'genuine, not scripted; used my name once, at the right time',
    ],
  },
  'Problem resolution': {
    rolePlay: true,
    topics: ['the double charge', 'the month-free request', 'first-call resolution'],
    low: [
      'could not find the cause; told me to call back',
      'gave the month free without checking policy',
      'refused flatly and the caller was lost',
    ],
    mid: [
      'found the double charge, unclear on the credit',
      'said no to the free month politely, no alternative',
      'resolved it, but would need a callback to confirm',
    ],
    high: [
      'found the migration double charge, credited it on the call, noted the case',
      'declined the free month but offered the loyalty discount policy allows',
      'resolved first time; I had nothing left to ask',
    ],
  },
  'Setting expectations': {
    rolePlay: true,
    topics: ['the hold', 'timeline for the credit', 'what happens next'],
    low: [
      'put me on hold with no warning, for over two minutes',
      'promised the refund "today" (it takes 3–5 days)',
      'no next steps at all',
    ],
    mid: [
      'asked before the hold, did not check back in',
      'gave a timeline, vague on what I would see on the bill',
      'next steps right, rushed',
    ],
    high: [
      'asked permission, said "about a minute", came back at 40 s to update me',
      'exact timeline (3–5 working days) and what the next bill will show',
      'set expectations before I could ask; nothing left to chase',
    ],
  },
  'Product and CRM use': {
    rolePlay: true,
    topics: ['the mock CRM', 'billing history screen', 'case notes'],
    low: [
      'lost in the CRM, could not find billing history',
      'case note empty after the call',
      'typed while I was talking and missed what I said',
    ],
    mid: [
      'found the account, slow; notes OK but long',
      'used search instead of the history tab; got there',
      'notes missing the next step',
    ],
    high: [
      'found the history in seconds; note had cause, action and next step',
      'read the previous interaction before greeting me',
      'navigated while keeping the conversation going, no dead air',
    ],
  },
  Closing: {
    rolePlay: true,
    topics: ['the close', 'summary', 'anything else'],
    low: ['ended the call abruptly', 'no summary, no "anything else"', 'closed before I agreed'],
    mid: [
      'summarised, forgot "anything else"',
      'polite close, a little long',
      'asked "anything else" but no summary',
    ],
    high: [
      'clean summary, asked if anything else, thanked me by name',
      'recapped credit and timeline, closed warmly in under 20 s',
      'closed courteously and told me the case number',
    ],
  },
};

const FALLBACK: Fragments = {
  topics: ['the answer'],
  low: ['no relevant example'],
  mid: ['relevant, general example'],
  high: ['specific, measurable example'],
};

/** Follow-ups and asides interviewers add, by band. */
const ASIDES: Record<Band, string[]> = {
  low: [
    'Probed twice; stayed vague.',
    'Could not name a single call when asked.',
    'Gave the textbook answer, nothing lived.',
    'Asked for an example: none.',
    'Needs coaching before floor.',
  ],
  mid: [
    'Had to probe for a specific call.',
    'Got there after a follow-up.',
    'Would be fine after nesting.',
    'OK, nothing stood out.',
    'Asked for numbers: rough ones.',
  ],
  high: [
    'No prompting needed.',
    'Probed for numbers and got them.',
    'Best answer on this today.',
    'Would put straight on the live queue.',
    'STAR without being asked.',
  ],
};

/** What interviewers add after a role-play moment, by band. */
const ROLE_PLAY_ASIDES: Record<Band, string[]> = {
  low: [
    'Same again when I replayed it.',
    'Needs coaching before floor.',
    'Would fail QA on this alone.',
    'Flagged for the debrief.',
  ],
  mid: [
    'Fine after a prompt.',
    'Would tidy up in nesting.',
    'OK, nothing stood out.',
    'Better on the second attempt.',
  ],
  high: [
    'Sounded like a tenured agent.',
    'Would put straight on the live queue.',
    'Best on the role-play this week.',
    'QA would score this full marks.',
  ],
};

const QUOTES: Record<Band, string[]> = {
  low: [
    '"I just follow the script."',
    '"If they shout I put them on mute."',
    '"That’s the customer’s fault, not mine."',
  ],
  mid: [
    '"I try to stay calm and listen."',
    '"I would check with my TL."',
    '"I always say sorry first."',
  ],
  high: [
    '"First I let them finish, then I tell them what I can do today."',
    '"I never put someone on hold without telling them how long."',
    '"I write the note for the next agent, not for me."',
  ],
};

/** Whether a rubric category has its own fragments (otherwise its notes are generic). */
export function hasNoteFragments(category: string): boolean {
  return category in CATEGORY_FRAGMENTS;
}

/** How an interviewer writes: tersely (shorthand) or in full sentences, and how often. */
export type NoteStyle = 'terse' | 'full';

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One evidence note for a rating of `rating` in `category`, in the interviewer's style. */
export function evidenceNote(
  next: () => number,
  category: string,
  rating: number,
  style: NoteStyle,
): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const band: Band = rating <= 2 ? 'low' : rating >= 4 ? 'high' : 'mid';
  const fragments = CATEGORY_FRAGMENTS[category] ?? FALLBACK;
  const topic = pick(fragments.topics);
  const heard = pick(fragments[band]);
  if (fragments.rolePlay) {
    const shape = next();
    if (style === 'terse') return `${cap(topic)}: ${heard}.`;
    if (shape < 0.4) return `${cap(topic)}: ${heard}. ${pick(ROLE_PLAY_ASIDES[band])}`;
    if (shape < 0.7) return `${cap(heard)}.`;
    return `${cap(heard)} (${topic}). ${pick(ROLE_PLAY_ASIDES[band])}`;
  }
  if (style === 'terse') {
    const parts = [`${cap(topic)}: ${heard}.`];
    if (next() < 0.35) parts.push(pick(ASIDES[band]));
    return parts.join(' ');
  }
  const shape = next();
  if (shape < 0.3)
    return `${fragments.lead ?? 'Example'}: ${topic}. ${cap(heard)}. ${pick(ASIDES[band])}`;
  if (shape < 0.55) return `${cap(heard)} (${topic}). ${pick(QUOTES[band])}`;
  if (shape < 0.8) return `${cap(topic)}: ${heard}.`;
  return `${cap(heard)}. ${pick(ASIDES[band])}`;
}

/**
 * A scorecard's summary, in the interviewer's words: a verdict for the recommendation and the
 * moment that decided it (the first sentence of one of their own notes), so two summaries of the
 * same panel read differently.
 */
export function scorecardSummary(
  next: () => number,
  recommendation: 'strong_no' | 'no' | 'yes' | 'strong_yes',
  program: string,
  deciding?: string,
): string {
  const pick = (items: string[]) => items[Math.floor(next() * items.length)] ?? '';
  const verdicts: Record<typeof recommendation, string[]> = {
    strong_yes: [
      `Strong hire for ${program}.`,
      'Best candidate this week.',
      'Ready for the live queue after nesting.',
      'Strong yes: calm under pressure, owns the call.',
    ],
    yes: [
      'Hire.',
      `Yes for ${program}.`,
      'Yes, with coaching in nesting.',
      'Yes. Solid basics; AHT will need work.',
    ],
    no: [
      'Not yet.',
      `No for ${program}.`,
      'No; reapply in three months.',
      'No. Would create callbacks as it stands.',
    ],
    strong_no: [
      'Strong no.',
      'Strong no: not ready for customer-facing work.',
      'Strong no; a QA and CSAT risk.',
      'Strong no. Would not pass nesting.',
    ],
  };
  const verdict = pick(verdicts[recommendation]);
  const [first, second] = deciding?.split(/(?<=[.!?"])\s/) ?? [];
  // "Example: the outage. Kept the caller informed." quotes both: the topic alone says nothing.
  const lead = /^(Example|Background|Tools|Goal|Asked about): /;
  const moment = (
    first && lead.test(first) && second
      ? `${first.replace(lead, '').replace(/\.$/, '')}: ${second}`
      : first
  )?.replace(/[.:]$/, '');
  if (!moment) return verdict;
  const label =
    recommendation === 'yes' || recommendation === 'strong_yes' ? 'Best moment' : 'Deciding moment';
  return `${verdict} ${label}: ${moment.charAt(0).toLowerCase()}${moment.slice(1)}.`;
}

/** Why an interviewer amended a submitted scorecard, as they typed it. */
export const AMENDMENT_REASONS = [
  'Typo: pressed 2 on the phone layout, meant 4.',
  'Re-listened to the call recording: the candidate did verify the caller before opening the account.',
  'Debrief with the panel: I had scored the hold down, but it was under a minute and announced.',
  'Calibration session: we agreed a 5 needs a measurable outcome; this one had none.',
  'Mixed up two candidates from the same batch; this rating belonged to the other one.',
  'Checked the CRM exercise log after the interview: notes were complete, raising the rating.',
] as const;
