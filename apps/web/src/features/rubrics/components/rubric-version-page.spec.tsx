import { Rubric, RubricVersion } from '@calibrate/contracts';
import { screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { RubricVersionPage } from './rubric-version-page';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-01-10T10:00:00.000Z';

const question = (n: number, text: string, anchors = ['a', 'b', 'c', 'd', 'e']) => ({
  id: id(n),
  lineageId: id(100 + n),
  position: 0,
  text,
  guidance: '',
  anchors,
  followUps: [],
  knockOutMinRating: null,
});

const published: RubricVersion = {
  id: id(12),
  rubricId: id(1),
  rubricName: 'Phone support',
  version: 1,
  status: 'published',
  publishedAt: at,
  createdAt: at,
  updatedAt: at,
  revision: 3,
  roundCount: 4,
  categories: [
    {
      id: id(21),
      lineageId: id(121),
      position: 0,
      name: 'Empathy',
      description: '',
      weight: 1,
      questions: [question(31, 'An angry caller?')],
    },
  ],
};

const draft: RubricVersion = {
  ...published,
  id: id(11),
  version: 2,
  status: 'draft',
  publishedAt: null,
  roundCount: 0,
  categories: [
    {
      ...published.categories[0]!,
      id: id(22),
      questions: [
        question(32, 'An upset caller?'),
        question(33, 'A calm one?', ['a', '', '', '', 'e']),
      ],
    },
  ],
};

const rubric: Rubric = {
  id: id(1),
  name: 'Phone support',
  description: '',
  createdAt: at,
  currentVersionId: id(12),
  versions: [
    { id: id(11), version: 2, status: 'draft', publishedAt: null, createdAt: at, roundCount: 0 },
    { id: id(12), version: 1, status: 'published', publishedAt: at, createdAt: at, roundCount: 4 },
  ],
};

function render(version: RubricVersion, canEdit = true) {
  const api = fakeApi({
    [`/api/v1/rubric-versions/${version.id}`]: [
      { status: 200, body: version },
      { status: 200, body: { ...version, updatedAt: '2026-01-11T10:00:00.000Z' } },
    ],
    [`/api/v1/rubric-versions/${id(12)}`]: [{ status: 200, body: published }],
    [`/api/v1/rubrics/${id(1)}`]: [{ status: 200, body: rubric }],
  });
  return { ...api, ...renderApp(<RubricVersionPage versionId={version.id} canEdit={canEdit} />) };
}

beforeEach(() => localStorage.clear());

describe('RubricVersionPage', () => {
  it('reorders a draft’s questions from the keyboard and saves the new order', async () => {
    const { user, calls } = render(draft);
    await screen.findByRole('heading', { name: 'Phone support, version 2' });
    const category = screen.getByTestId('category');
    expect(within(category).getByText('Anchors missing')).toBeInTheDocument();

    await user.click(
      within(category).getByRole('button', { name: 'Move question 2 of Empathy up' }),
    );
    expect(within(category).getByRole('textbox', { name: 'Question 1 of Empathy' })).toHaveValue(
      'A calm one?',
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All changes saved'), {
      timeout: 3000,
    });
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.body).toMatchObject({
      categories: [{ id: id(22), questions: [{ id: id(33) }, { id: id(32) }] }],
    });
  });

  it('names every category’s and question’s controls after their category, once on the page', async () => {
    const category = (n: number, name: string, text: string) => ({
      ...draft.categories[0]!,
      id: id(n),
      lineageId: id(100 + n),
      name,
      questions: [question(n + 10, text)],
    });
    const three: RubricVersion = {
      ...draft,
      categories: [
        category(23, 'Empathy', 'An upset caller?'),
        category(24, 'Closing', 'A clean close?'),
        category(25, 'empathy', 'A tired caller?'),
      ],
    };
    const { user } = render(three);
    await screen.findByRole('heading', { name: 'Phone support, version 2' });
    const [first, , third] = screen.getAllByTestId('category');
    await user.click(
      within(first!).getByRole('button', {
        name: 'Show details of question 1 of Empathy (category 1)',
      }),
    );

    expect(screen.getByRole('textbox', { name: 'Question 1 of Closing' })).toHaveValue(
      'A clean close?',
    );
    expect(
      within(third!).getByRole('textbox', { name: 'Question 1 of empathy (category 3)' }),
    ).toHaveValue('A tired caller?');
    expect(screen.getByRole('textbox', { name: 'Category 2 name' })).toHaveValue('Closing');
    for (const name of [
      'Weight of Closing',
      'Description of Closing',
      'Guidance: what to listen for, question 1 of Empathy (category 1)',
      'Anchor 1 · poor, question 1 of Empathy (category 1)',
    ]) {
      expect(screen.getByRole('textbox', { name })).toBeInTheDocument();
    }
    for (const name of [
      'Move question 1 of Closing down',
      'Delete question 1 of Closing',
      'Drag question 1 of Closing',
      'Add question to Closing',
      'Copy from question bank into Closing…',
      'Add follow-up prompt to question 1 of Empathy (category 1)',
    ]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(
      screen.getByRole('radiogroup', {
        name: 'Knock out below, question 1 of Empathy (category 1)',
      }),
    ).toBeInTheDocument();

    // No two controls of the editor share a name (the radios are told apart by their group).
    const nameOf = (element: HTMLElement) =>
      element.getAttribute('aria-label') ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent;
    const names = screen.getAllByTestId('category').flatMap((editor) =>
      ['textbox', 'button', 'radiogroup'].flatMap((role) =>
        within(editor)
          .queryAllByRole(role)
          .map((element) => `${role} ${nameOf(element)}`),
      ),
    );
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  describe('when someone else saved the draft meanwhile', () => {
    // Another admin kept only the first question and renamed it.
    const theirs: RubricVersion = {
      ...draft,
      revision: 4,
      updatedAt: '2026-01-10T11:00:00.000Z',
      categories: [
        { ...draft.categories[0]!, questions: [question(32, 'An upset caller, on hold?')] },
      ],
    };
    const conflict = {
      status: 412,
      body: {
        statusCode: 412,
        code: 'RUBRIC_DRAFT_CONFLICT',
        message: 'Someone else saved this draft after you opened it. Choose which version to keep.',
        details: { current: theirs },
        requestId: 'req-1',
      },
    };
    function renderConflict(afterChoice: RubricVersion) {
      const api = fakeApi({
        [`/api/v1/rubric-versions/${draft.id}`]: [
          { status: 200, body: draft },
          conflict,
          { status: 200, body: afterChoice },
        ],
        [`/api/v1/rubric-versions/${id(12)}`]: [{ status: 200, body: published }],
        [`/api/v1/rubrics/${id(1)}`]: [{ status: 200, body: rubric }],
      });
      return { ...api, ...renderApp(<RubricVersionPage versionId={draft.id} canEdit />) };
    }
    const puts = <T extends { method: string }>(calls: T[]) =>
      calls.filter((call) => call.method === 'PUT');

    it('stops saving, says so, and saves my edits over theirs when I keep mine', async () => {
      const { user, calls } = renderConflict({ ...draft, revision: 5 });
      await screen.findByRole('heading', { name: 'Phone support, version 2' });
      const category = screen.getByTestId('category');
      await user.click(
        within(category).getByRole('button', { name: 'Move question 2 of Empathy up' }),
      );

      const alert = await screen.findByRole(
        'alert',
        { name: /Someone else saved this draft/ },
        {
          timeout: 3000,
        },
      );
      expect(puts(calls)[0]?.headers['if-match']).toBe('"3"');
      expect(screen.getByText('Not saved: someone else saved this draft')).toBeInTheDocument();
      // Nothing more goes out while the choice is open, whatever is edited.
      await user.type(
        within(category).getByRole('textbox', { name: 'Question 1 of Empathy' }),
        '!',
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(puts(calls)).toHaveLength(1);

      await user.click(within(alert).getByRole('button', { name: 'Keep my edits' }));
      await waitFor(() => expect(puts(calls)).toHaveLength(2));
      const kept = puts(calls)[1];
      expect(kept?.headers['if-match']).toBe('"4"');
      // Question 33 is gone from their version: sent as a new question, not by its old id.
      expect(kept?.body).toMatchObject({
        categories: [{ id: id(22), questions: [{ text: 'A calm one?!' }, { id: id(32) }] }],
      });
      expect(
        (kept?.body as { categories: { questions: { id?: string }[] }[] }).categories[0]
          ?.questions[0]?.id,
      ).toBeUndefined();
      await waitFor(() =>
        expect(screen.queryByRole('alert', { name: /Someone else saved/ })).not.toBeInTheDocument(),
      );
    }, 15_000);

    it('loads their version and drops my edits when I take theirs', async () => {
      const { user, calls } = renderConflict(theirs);
      await screen.findByRole('heading', { name: 'Phone support, version 2' });
      const category = screen.getByTestId('category');
      await user.click(
        within(category).getByRole('button', { name: 'Move question 2 of Empathy up' }),
      );
      const alert = await screen.findByRole(
        'alert',
        { name: /Someone else saved this draft/ },
        {
          timeout: 3000,
        },
      );

      await user.click(within(alert).getByRole('button', { name: 'Load their version' }));
      expect(
        within(screen.getByTestId('category')).getByRole('textbox', {
          name: 'Question 1 of Empathy',
        }),
      ).toHaveValue('An upset caller, on hold?');
      expect(
        within(screen.getByTestId('category')).queryByRole('textbox', {
          name: 'Question 2 of Empathy',
        }),
      ).not.toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent('All changes saved');
      expect(puts(calls)).toHaveLength(1);
    });
  });

  it('shows what publishing changes since the current version', async () => {
    const { user } = render(draft);
    await user.click(await screen.findByRole('button', { name: 'Publish version 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 2?' });
    expect(
      await within(dialog).findByText(/^Changes since version 1: .*question/),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Publish' })).toBeEnabled();
  });

  describe('knock-out questions', () => {
    it('sets a question’s minimum rating and saves it with the draft', async () => {
      const { user, calls } = render(draft);
      await screen.findByRole('heading', { name: 'Phone support, version 2' });
      const category = screen.getByTestId('category');
      await user.click(
        within(category).getByRole('button', { name: 'Show details of question 1 of Empathy' }),
      );
      const rule = within(category).getByRole('radiogroup', {
        name: 'Knock out below, question 1 of Empathy',
      });
      expect(within(rule).getByRole('radio', { name: 'No minimum' })).toBeChecked();

      await user.click(within(rule).getByRole('radio', { name: '3' }));
      expect(within(category).getByText('Knock-out ≥ 3')).toBeInTheDocument();
      await waitFor(() => expect(calls.find((call) => call.method === 'PUT')).toBeDefined(), {
        timeout: 3000,
      });
      expect(calls.find((call) => call.method === 'PUT')?.body).toMatchObject({
        categories: [
          {
            questions: [
              { id: id(32), knockOutMinRating: 3 },
              { id: id(33), knockOutMinRating: null },
            ],
          },
        ],
      });
    }, 15_000);

    it('shows a published version’s rule as a badge', async () => {
      const withRule: RubricVersion = {
        ...published,
        categories: [
          {
            ...published.categories[0]!,
            questions: [{ ...question(31, 'An angry caller?'), knockOutMinRating: 3 }],
          },
        ],
      };
      fakeApi({
        [`/api/v1/rubric-versions/${id(12)}`]: [{ status: 200, body: withRule }],
        [`/api/v1/rubrics/${id(1)}`]: [{ status: 200, body: rubric }],
      });
      renderApp(<RubricVersionPage versionId={withRule.id} canEdit />);
      const category = await screen.findByTestId('category');
      expect(within(category).getByText('Knock-out ≥ 3')).toBeInTheDocument();
      expect(
        within(category).queryByRole('radiogroup', { name: /Knock out below/ }),
      ).not.toBeInTheDocument();
    });

    it('says what publishing would have knocked out, and what changed in the rules', async () => {
      const withRule: RubricVersion = {
        ...draft,
        categories: [
          {
            ...draft.categories[0]!,
            questions: [
              { ...question(32, 'An upset caller?'), knockOutMinRating: 3 },
              { ...question(33, 'A calm one?'), knockOutMinRating: 2 },
            ],
          },
        ],
      };
      const { calls } = fakeApi({
        [`/api/v1/rubric-versions/${withRule.id}`]: [{ status: 200, body: withRule }],
        [`/api/v1/rubric-versions/${id(12)}`]: [{ status: 200, body: published }],
        [`/api/v1/rubrics/${id(1)}`]: [{ status: 200, body: rubric }],
        [`/api/v1/rubric-versions/${withRule.id}/knock-out-what-if`]: [
          {
            status: 200,
            body: {
              candidatesRated: 340,
              knockedOut: 12,
              roundsRead: 400,
              olderRoundsLeftOut: false,
              questions: [
                {
                  questionId: id(32),
                  lineageId: id(132),
                  text: 'An upset caller?',
                  minRating: 3,
                  candidatesRated: 300,
                  knockedOut: 8,
                },
                {
                  questionId: id(33),
                  lineageId: id(133),
                  text: 'A calm one?',
                  minRating: 2,
                  candidatesRated: 120,
                  knockedOut: 5,
                },
              ],
            },
          },
        ],
      });
      const { user } = renderApp(<RubricVersionPage versionId={withRule.id} canEdit />);

      // On the editor, under the questions.
      expect(
        await screen.findByText(
          'These rules would have knocked out 12 of 340 past candidates (3.5%).',
        ),
      ).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Publish version 2' }));
      const dialog = await screen.findByRole('dialog', { name: 'Publish version 2?' });
      expect(
        await within(dialog).findByText(
          'These rules would have knocked out 12 of 340 past candidates (3.5%).',
        ),
      ).toBeInTheDocument();
      const byQuestion = within(dialog).getByRole('list', { name: 'By question' });
      expect(
        within(byQuestion)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        '“An upset caller?”Knock-out ≥ 38 of 300 rated (2.7%)',
        '“A calm one?”Knock-out ≥ 25 of 120 rated (4.2%)',
      ]);
      // The version diff names the new questions' rules.
      expect(within(dialog).getByText('With a knock-out ≥ 3')).toBeInTheDocument();
      expect(within(dialog).getByText('With a knock-out ≥ 2')).toBeInTheDocument();
      expect(
        calls.filter((call) => call.url.endsWith('/knock-out-what-if')).length,
      ).toBeGreaterThan(0);
    }, 15_000);

    it('says so when the draft has no knock-out question, without asking the API', async () => {
      const { user, calls } = render(draft);
      await user.click(await screen.findByRole('button', { name: 'Publish version 2' }));
      const dialog = await screen.findByRole('dialog', { name: 'Publish version 2?' });
      expect(within(dialog).getByText(/No knock-out questions in this draft/)).toBeInTheDocument();
      expect(calls.some((call) => call.url.includes('knock-out-what-if'))).toBe(false);
    });

    it('shows a failed count in place, with a retry', async () => {
      const withRule: RubricVersion = {
        ...draft,
        categories: [
          {
            ...draft.categories[0]!,
            questions: [{ ...question(32, 'An upset caller?'), knockOutMinRating: 3 }],
          },
        ],
      };
      fakeApi({
        [`/api/v1/rubric-versions/${withRule.id}`]: [{ status: 200, body: withRule }],
        [`/api/v1/rubric-versions/${id(12)}`]: [{ status: 200, body: published }],
        [`/api/v1/rubrics/${id(1)}`]: [{ status: 200, body: rubric }],
        [`/api/v1/rubric-versions/${withRule.id}/knock-out-what-if`]: [
          {
            status: 404,
            body: {
              statusCode: 404,
              code: 'NOT_FOUND',
              message: 'Not found.',
              requestId: 'req-2',
            },
          },
        ],
      });
      renderApp(<RubricVersionPage versionId={withRule.id} canEdit />);
      expect(await screen.findByText('Past candidates could not be counted')).toBeInTheDocument();
      expect(
        screen.getByText('This version no longer exists. Reload the page.'),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });
  });

  it('keeps a published version read-only, offering its rubric’s draft', async () => {
    render(published);
    expect(await screen.findByText(/A published version never changes/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Question 1 of Empathy' })).toHaveAttribute(
      'readonly',
    );
    expect(screen.queryByRole('button', { name: 'Add category' })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Open the draft (version 2)' })).toHaveAttribute(
      'href',
      `/rubric-versions/${id(11)}`,
    );
  });
});
