import { RubricContentInput } from '@calibrate/contracts';

export const MOCK_CALL_RUBRIC_NAME = 'Mock call';

/**
 * A role-played customer call (a billing dispute on a postpaid plan, the candidate as the agent),
 * scored on what good BPO service looks like: a clear opening, active listening, empathy,
 * first-call resolution, honest expectations, confident use of the tools, a clean close.
 * Guidance and anchors speak to the interviewer: what to listen for during the role-play and what
 * a 1 to 5 looks like on this call (reviewed data, drawn from the BPO service documents; the
 * checks in `default-rubrics.spec.ts` keep it in the interviewer's voice).
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
            'Listen for the four parts of the opening (greeting, the agent’s own name, the company, an offer to help) and for identity verification before any account detail is read out or changed. Tone counts from the first seconds: warm and unhurried, not a script read at speed.',
          followUps: [
            'If the caller refuses to verify, what do you do?',
            'Why does verification come before the account details?',
          ],
          anchors: [
            'No greeting or name; goes straight to questions, or reads out account details before the caller is verified.',
            'Opening misses parts (no name, no offer to help); verification skipped, partial, or done after the account was discussed.',
            'All four parts, a little scripted; verifies the caller before opening the account.',
            'A complete, warm opening; verification briefly explained (so the account can be opened securely) and done before any detail.',
            'Natural and welcoming with every part present; verification woven in without friction; the caller relaxes and starts explaining at once.',
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
            'Count interruptions while the caller explains the double charge. Listen for open questions first, then closed ones to pin down the bill, the date and the amount, and a paraphrase before any fix ("So the March bill shows the same charge twice"). A strong agent also picks up what the caller mentions only in passing.',
          anchors: [
            'Cuts the caller off again and again; starts fixing something the caller never asked about.',
            'Interrupts more than once and asks few questions; acts while the issue is only partly understood.',
            'Lets the caller finish, asks a few relevant questions, and confirms the issue in general terms ("a problem with the bill").',
            'Listens through, moves from open to closed questions, and paraphrases the double charge accurately (which bill, how much) before acting.',
            'Draws out the whole picture, including details the caller only hints at; confirms amounts and dates precisely and gets a clear "yes, exactly" before touching the account.',
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
          // A knock-out: an agent who argues with or blames an upset caller is not put on the
          // phones, whatever else the call showed.
          knockOutMinRating: 2,
          guidance:
            'The role-player raises their voice once. Listen for whether the agent lets the caller vent without interrupting or defending the company, then names the specific frustration (being charged twice, having to call about it) instead of a scripted "sorry for the inconvenience", and keeps pace and volume steady. Sounding knowledgeable and in control calms a caller as much as an apology does.',
          anchors: [
            'Argues, gets defensive, blames the caller or another team, or matches the raised voice.',
            'A scripted apology only; cuts the venting short; tone turns flat, rushed or tense when the caller gets louder.',
            'Lets the caller vent to the end, acknowledges the frustration, and keeps a mostly steady tone.',
            'Acknowledges the specific frustration in natural words, stays calm and courteous, and steers back to the fix; the caller settles.',
            'Lets the caller vent fully, names exactly what upset them, sounds calm and sure throughout, and turns the call around: the caller softens, apologises for shouting or thanks the agent; nothing sounds scripted.',
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
            'The resolution is a refund of the duplicate charge. Listen for the agent reading the billing history to find the cause rather than guessing, explaining it in plain words, and completing the refund on this call (first-call resolution). A strong agent also checks the other bills for the same error and makes sure the next bill will be right.',
          anchors: [
            'No resolution, or a wrong one: tells the caller to pay both charges, or to call back another day.',
            'Finds the duplicate only after heavy prompting; the refund is left incomplete or unclear.',
            'Finds the duplicate charge and processes the refund by the standard steps.',
            'Finds and explains the cause efficiently, refunds it, and checks that the next bill will be correct.',
            'Resolves it on this call, explains what caused it, checks the other bills unprompted (and catches any related error), and makes sure it will not happen again; no follow-up call needed.',
          ],
        },
        {
          text: 'Handles a request outside policy (the caller asks for a month free) without losing the caller.',
          guidance:
            'Policy allows a small goodwill credit with a team lead’s approval, not a free month. Listen for a clear, friendly no with a reason, an immediate offer of what is possible, and the right process for the credit (the caller is asked to hold while approval is sought). Granting the free month and a flat refusal both fail.',
          anchors: [
            'Grants or promises the free month, or refuses curtly and moves on.',
            'Says no with no reason and offers nothing else; the caller is left annoyed.',
            'Explains the policy politely and offers the goodwill credit.',
            'Leads with what can be done, explains the policy briefly, and gets the goodwill credit approved properly by the team lead.',
            'Holds the line and keeps the caller on side: acknowledges the request, explains plainly why a free month is not possible, offers the approved credit as a genuine gesture, and the caller accepts it gladly.',
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
            'Listen for a specific timeframe for the refund to appear, a reference number, what the caller should do if it does not arrive, and holds handled properly: permission asked, reason given, a check back before the caller wonders. An over-promise ("it will be back today") is worse than an honest, longer timeframe.',
          anchors: [
            'Promises that cannot be kept, or no next step at all; puts the caller on a silent hold without asking.',
            'A next step with no timeframe or reference; the hold is not explained or runs long.',
            'States the next step and a timeframe; asks before placing the caller on hold.',
            'A clear, accurate timeframe and a reference number; holds short, explained and checked back on.',
            'Exact, realistic expectations (what happens, by when, the reference, what to do if it does not arrive), checks the caller has understood, and handles every hold with permission and updates.',
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
            'The mock CRM screen is shared. Watch for finding the account and billing history quickly without asking the caller to repeat what the screen already shows, typing notes while talking rather than in long silences, and a case note with the issue, the cause, the action taken and the promised timeframe, clear enough for another agent to pick up.',
          anchors: [
            'Cannot find the account or billing history; no case note, or one with wrong facts.',
            'Finds the history slowly and with help, with long dead air while searching; the note misses the cause or the action.',
            'Finds the account and history in reasonable time; an adequate note written after the call.',
            'Quick, confident navigation while talking; the note is complete and clear.',
            'Fast and precise with no dead air; a concise note (issue, cause, refund, reference, timeframe) that another agent could act on without calling the customer back.',
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
          guidance:
            'Listen for a summary of what was done and what happens next, a check that the caller is satisfied and has nothing else, and a courteous close using the caller’s name. A good close leaves no doubt about the outcome.',
          anchors: [
            'Ends abruptly, or leaves the caller unsure what was done or what happens next.',
            'Closes without a summary, or without asking whether anything else is needed.',
            'A standard close: a short summary, asks if there is anything else, thanks the caller.',
            'A clear summary of the refund and its timeframe, offers further help, and closes warmly by name.',
            'A confident, warm close: the outcome is summarised and confirmed back by the caller, nothing is left open, and the caller ends the call satisfied.',
          ],
        },
      ],
    },
  ],
};
