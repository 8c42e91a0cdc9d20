import { MyInterview } from '@calibrate/contracts';
import { screen, within } from '@testing-library/react';

import { renderApp } from '@/test/render-app';

import { MyInterviewSections } from './my-interview-sections';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

const item = (n: number, overrides: Partial<MyInterview> = {}): MyInterview => ({
  roundId: id(100 + n),
  scorecardId: id(200 + n),
  candidateId: id(300 + n),
  candidateName: `Candidate ${n}`,
  jobId: id(400),
  jobTitle: 'Voice agent',
  roundName: 'Mock call',
  scheduledAt: hoursFromNow(-2),
  roundStatus: 'scheduled',
  scorecardStatus: 'draft',
  submittedAt: null,
  declinedReason: null,
  answered: 3,
  questions: 8,
  overdue: false,
  ...overrides,
});

/** Makes every media query match or not, as a phone (true) or a desktop (false) would. */
function viewport(phone: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: phone,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}

function renderSections() {
  return renderApp(
    <MyInterviewSections
      open={[item(1), item(2, { answered: 0, scheduledAt: hoursFromNow(30) })]}
      openTotal={2}
      recent={[
        item(3, { scorecardStatus: 'submitted', answered: 8, submittedAt: hoursFromNow(-20) }),
      ]}
    />,
    { path: '/interviews' },
  );
}

describe('MyInterviewSections', () => {
  const original = window.matchMedia;
  afterEach(() => {
    window.matchMedia = original;
  });

  it('shows a card per round on a phone, with its facts and actions and no table', () => {
    viewport(true);
    renderSections();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const toScore = screen.getByRole('list', { name: 'To score' });
    const card = within(toScore).getByRole('listitem', { name: 'Candidate 1, Mock call' });
    expect(card).toHaveTextContent('Voice agent');
    expect(card).toHaveTextContent('3 of 8 answered');
    expect(card).toHaveTextContent('In progress');
    expect(
      within(card).getByRole('link', { name: 'Continue: Candidate 1, Mock call' }),
    ).toHaveAttribute('href', `/interviews/${id(201)}`);
    expect(within(card).getByRole('button', { name: 'More for Candidate 1' })).toBeVisible();

    const upcoming = screen.getByRole('list', { name: 'Upcoming' });
    expect(
      within(upcoming).getByRole('button', { name: 'Start interview: Candidate 2, Mock call' }),
    ).toBeVisible();
    const finished = screen.getByRole('list', { name: 'Recently finished' });
    expect(within(finished).getByRole('link', { name: /^View results/ })).toHaveAttribute(
      'href',
      `/interviews/${id(203)}`,
    );
    // An empty section says so instead of an empty list.
    expect(screen.getByText('No more interviews today.')).toBeVisible();
  });

  it('keeps the table on a desktop', () => {
    viewport(false);
    renderSections();
    expect(screen.queryByRole('list', { name: 'To score' })).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'To score' });
    expect(
      within(table).getByRole('link', { name: 'Continue: Candidate 1, Mock call' }),
    ).toBeVisible();
  });
});
