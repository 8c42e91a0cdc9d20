import { RubricKnockOutWhatIf, RubricVersion } from '@calibrate/contracts';
import { screen } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { KnockOutWhatIf } from './knock-out-what-if';

const versionId = '0b6f6c1e-2f4e-4c3a-9d55-1a2b3c4d5e01';
const questionId = '0b6f6c1e-2f4e-4c3a-9d55-1a2b3c4d5e02';
const lineageId = '0b6f6c1e-2f4e-4c3a-9d55-1a2b3c4d5e03';
const text = 'Keeps a calm tone with an angry caller';

// What the what-if reads of a version: its id and its questions' knock-out minimums.
const version = {
  id: versionId,
  categories: [{ questions: [{ id: questionId, knockOutMinRating: 3 }] }],
} as unknown as RubricVersion;

const whatIf = (over: Partial<RubricKnockOutWhatIf>): RubricKnockOutWhatIf => ({
  candidatesRated: 340,
  knockedOut: 12,
  roundsRead: 400,
  olderRoundsLeftOut: false,
  questions: [{ questionId, lineageId, text, minRating: 3, candidatesRated: 340, knockedOut: 12 }],
  ...over,
});

const answer = (body: RubricKnockOutWhatIf) =>
  fakeApi({ [`/api/v1/rubric-versions/${versionId}/knock-out-what-if`]: [{ status: 200, body }] });

describe('the knock-out what-if', () => {
  it('counts every past candidate when the rubric has few rounds', async () => {
    answer(whatIf({}));
    renderApp(<KnockOutWhatIf version={version} unsaved={false} />);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'This rule would have knocked out 12 of 340 past candidates (3.5%).',
    );
    expect(screen.queryByText(/more rounds than are read at once/)).not.toBeInTheDocument();
  });

  it('says when only the newest rounds were counted', async () => {
    answer(
      whatIf({
        candidatesRated: 4870,
        knockedOut: 312,
        roundsRead: 5000,
        olderRoundsLeftOut: true,
      }),
    );
    renderApp(<KnockOutWhatIf version={version} unsaved />);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'This rule would have knocked out 312 of 4,870 candidates (6.4%) rated in the 5,000 most recent rounds of this rubric.',
    );
    expect(screen.getByText(/more rounds than are read at once/)).toHaveTextContent(
      'the count is of the newest, the applicants a new minimum will meet. Edits not saved yet are counted once they are saved.',
    );
  });
});
