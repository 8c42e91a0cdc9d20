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

    await user.click(within(category).getByRole('button', { name: 'Move question 2 up' }));
    expect(within(category).getByRole('textbox', { name: 'Question 1' })).toHaveValue(
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

  it('shows what publishing changes since the current version', async () => {
    const { user } = render(draft);
    await user.click(await screen.findByRole('button', { name: 'Publish version 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 2?' });
    expect(
      await within(dialog).findByText(/^Changes since version 1: .*question/),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Publish' })).toBeEnabled();
  });

  it('keeps a published version read-only, offering its rubric’s draft', async () => {
    render(published);
    expect(await screen.findByText(/A published version never changes/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Question 1' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Add category' })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Open the draft (version 2)' })).toHaveAttribute(
      'href',
      `/rubric-versions/${id(11)}`,
    );
  });
});
