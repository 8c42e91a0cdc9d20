import { RubricContentInput } from '@calibrate/contracts';

export const MOCK_CALL_RUBRIC_NAME = 'Mock call';

/**
 * A role-played customer call (a billing dispute on a postpaid plan, the candidate as the agent),
 * scored on what good BPO service looks like: a clear opening, active listening, empathy,
 * first-call resolution, honest expectations, confident use of the tools, a clean close.
 */
export const mockCallRubric: RubricContentInput = {
  categories: [
    {
      name: 'Greeting and opening',
      description: 'The first ten seconds: who they are, that they will help.',
      weight: 1,
      questions: [
        {
          text: 'Opens the call: greeting, own name, company, offer to help, and verifies the caller.',
          guidance:
            'Listen for all four parts and identity verification before account details are discussed.',
          followUps: [
            'If the caller refuses to verify, what do you do?',
            'Why does verification come before the account details?',
          ],
          anchors: [
            'No greeting or identification; goes straight to questions or discloses account details unverified.',
            'Partial greeting; misses the name or the offer to help; verification skipped or muddled.',
            'Standard greeting with most parts; verifies the caller, a little scripted.',
            'Complete, warm greeting; verifies the caller smoothly before any account detail.',
            'Complete, natural and warm; verification woven in without friction; the caller is at ease at once.',
          ],
        },
      ],
    },
    {
      name: 'Active listening',
      description: 'Understands the real problem before solving it.',
      weight: 2,
      questions: [
        {
          text: 'Lets the caller explain, asks clarifying questions and confirms the issue back.',
          guidance:
            'Count interruptions; listen for a paraphrase of the problem ("So you were charged twice for…").',
          anchors: [
            'Interrupts repeatedly; solves a problem the caller does not have.',
            'Interrupts; asks few questions; the issue is only partly understood.',
            'Lets the caller finish; asks some questions; confirms the issue in general terms.',
            'Asks focused open and closed questions; paraphrases the issue accurately.',
            'Draws out the full picture, including what the caller did not say; confirms it precisely before acting.',
          ],
        },
      ],
    },
    {
      name: 'Empathy and tone',
      description: 'The caller feels heard, and the tone stays calm under pressure.',
      weight: 2,
      questions: [
        {
          text: 'Acknowledges the caller’s frustration and keeps a calm, courteous tone when the caller escalates.',
          guidance:
            'The role-player raises their voice once; watch for a specific acknowledgement, not a scripted "sorry".',
          anchors: [
            'Dismissive, defensive or argues with the caller.',
            'Scripted apology only; tone becomes flat or tense when the caller escalates.',
            'Acknowledges the frustration; tone mostly steady.',
            'Specific, sincere acknowledgement; de-escalates with a calm tone.',
            'Turns the call around: the caller calms down and thanks the agent; empathy throughout, never scripted.',
          ],
        },
      ],
    },
    {
      name: 'Problem resolution',
      description: 'Fixes it on this call when it can (first-call resolution).',
      weight: 3,
      questions: [
        {
          text: 'Finds the cause of the double charge and resolves it, or takes the right next step.',
          guidance:
            'The resolution is a refund of the duplicate charge; a strong agent also checks for other affected bills.',
          anchors: [
            'No resolution, or a wrong one (e.g. tells the caller to pay both charges).',
            'Finds the issue only with heavy prompting; resolution incomplete.',
            'Resolves the main issue following the standard process.',
            'Resolves it efficiently and checks the next bill will be right.',
            'Resolves it, prevents a repeat and spots a related problem unprompted; no follow-up call needed.',
          ],
        },
        {
          text: 'Handles a request outside policy (the caller asks for a month free) without losing the caller.',
          guidance:
            'Policy allows a small goodwill credit with a team lead’s approval, not a free month.',
          anchors: [
            'Agrees to something outside policy, or refuses curtly.',
            'Says no without explaining or offering anything.',
            'Explains the policy and offers what is allowed.',
            'Explains clearly and positively; offers the goodwill credit the right way.',
            'Keeps the caller’s goodwill while holding the line; the caller accepts the alternative happily.',
          ],
        },
      ],
    },
    {
      name: 'Setting expectations',
      description: 'Honest about what happens next and when.',
      weight: 1.5,
      questions: [
        {
          text: 'Explains what will happen next, how long it takes, and manages holds properly.',
          guidance:
            'Listen for a timeframe for the refund and for asking permission before placing the caller on hold.',
          anchors: [
            'Vague or wrong promises; silent holds.',
            'Gives a next step without a timeframe; hold not explained.',
            'Gives next step and timeframe; asks before holding.',
            'Clear, accurate timeframe and reference number; holds short and explained.',
            'Sets exact expectations, confirms the caller understood, and says what to do if it does not happen.',
          ],
        },
      ],
    },
    {
      name: 'Product and CRM use',
      description: 'Finds and records information quickly and correctly.',
      weight: 1,
      questions: [
        {
          text: 'Navigates the mock CRM to find the account and billing history, and notes the case accurately.',
          guidance:
            'The mock CRM screen is shared; time to find the duplicate charge and quality of the case note.',
          anchors: [
            'Cannot find the account or billing history; no case note.',
            'Finds it slowly with help; note missing key facts.',
            'Finds it in reasonable time; note adequate.',
            'Quick, confident navigation; complete, clear note.',
            'Fast and precise; a note another agent could act on without calling back.',
          ],
        },
      ],
    },
    {
      name: 'Closing',
      description: 'Ends the call with the issue confirmed and the caller satisfied.',
      weight: 1,
      questions: [
        {
          text: 'Summarises the resolution, asks if there is anything else, and closes courteously.',
          guidance: 'A good close confirms the outcome and offers further help before ending.',
          anchors: [
            'Ends abruptly or leaves the caller unsure what happened.',
            'Closes without a summary or without offering further help.',
            'Standard close with a short summary.',
            'Clear summary, offers further help, warm close.',
            'Memorable, confident close; the caller repeats the outcome back and ends the call satisfied.',
          ],
        },
      ],
    },
  ],
};
