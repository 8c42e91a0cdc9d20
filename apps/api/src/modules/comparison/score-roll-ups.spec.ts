import { groupQuestionRatings } from './score-roll-ups';

const row = (candidate: string, round: string, interviewer: string, rating: number | null) => ({
  candidate_id: candidate,
  round_id: round,
  round_name: 'Mock call',
  interviewer_name: interviewer,
  category: 'Empathy',
  text: 'How do you calm an upset caller?',
  category_position: 0,
  question_position: 0,
  rating,
  note: '',
});

describe('groupQuestionRatings', () => {
  it('flags a question where one round’s panel is 2 or more apart, not across rounds', () => {
    const [question] = groupQuestionRatings(
      [
        row('a', 'r1', 'Ivy', 2),
        row('a', 'r1', 'Hugo', 4),
        row('b', 'r2', 'Ivy', 2),
        row('b', 'r3', 'Hugo', 5),
        row('b', 'r3', 'Ana', 4),
        row('b', 'r3', 'Ben', null),
      ],
      ['a', 'b', 'c'],
      ['Empathy'],
    );
    expect(question?.candidates.map((c) => [c.candidateId, c.mean, c.disagreement])).toEqual([
      ['a', 3, true],
      ['b', 11 / 3, false],
      ['c', null, false],
    ]);
  });
});
