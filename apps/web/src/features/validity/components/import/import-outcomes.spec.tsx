import { OutcomeImportCheck, OutcomeImportRow, ValidityReport } from '@calibrate/contracts';
import { screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { ValidityPage } from '../validity-page';

const me = (role: string) => ({
  status: 200,
  body: {
    user: {
      id: '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      email: `${role}@example.com`,
      name: 'Someone',
      role,
      active: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  },
});

/** A report with no hire's outcomes yet: the empty state. */
const emptyReport: ValidityReport = {
  scope: { jobId: null, site: null, rubricId: null, rubricName: null },
  aggregatedAt: '2026-11-30T02:00:00.000Z',
  applicants: 0,
  hiredWithOutcomes: 0,
  minN: 30,
  outcomes: [],
  predictors: [],
  cells: [],
  options: { jobs: [], sites: [], rubrics: [] },
};

const csv = [
  'Agent Email,QA Score,AHT (sec),CSAT %,Team leader',
  'ana@example.com,82,6:35,,Lee',
  'ben@example.com,75,,90%,Lee',
  'nobody@example.com,70,,,Lee',
  'cy@example.com,120,,,Lee',
].join('\r\n');

const check: OutcomeImportCheck = {
  rows: [
    {
      row: 2,
      email: 'ana@example.com',
      candidateName: 'Ana Reyes',
      errors: [],
      changes: ['nestingQaScore', 'averageHandleTimeSeconds'],
    },
    { row: 3, email: 'ben@example.com', candidateName: 'Ben Cruz', errors: [], changes: [] },
    {
      row: 4,
      email: 'nobody@example.com',
      candidateName: null,
      errors: [{ field: 'email', message: 'No candidate with this email.' }],
      changes: [],
    },
    {
      row: 5,
      email: 'cy@example.com',
      candidateName: 'Cy Santos',
      errors: [
        {
          field: 'nestingQaScore',
          message: 'Nesting QA score must be from 0 to 100; this row has 120.',
        },
      ],
      changes: [],
    },
  ],
};

/** A CSV file as the browser gives it (jsdom's File has no `text()`). */
const csvFile = (content: string) =>
  Object.assign(new File([content], 'outcomes.csv', { type: 'text/csv' }), {
    text: () => Promise.resolve(content),
  });

const fileInput = () => {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('No file input');
  return input;
};

describe('Import outcomes', () => {
  it('checks the file, previews columns and problems, imports the rows that change a record, and refreshes the report', async () => {
    const { calls } = fakeApi({
      '/api/auth/me': [me('recruiter')],
      '/api/v1/validity': [{ status: 200, body: emptyReport }],
      '/api/v1/outcome-imports/check': [{ status: 200, body: check }],
      '/api/v1/outcome-imports': [
        { status: 200, body: { recorded: 1, unchanged: [], invalid: [] } },
      ],
    });
    const { user } = renderApp(<ValidityPage />);

    // One in the header, one in the empty state.
    await screen.findByText('No outcomes recorded yet', undefined, { timeout: 5000 });
    const buttons = screen.getAllByRole('button', { name: 'Import outcomes' });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Import outcomes from CSV' });
    expect(dialog).toHaveTextContent('An empty cell, or a column the file does not have, leaves');
    await user.upload(fileInput(), csvFile(csv));
    await user.click(within(dialog).getByRole('button', { name: 'Check file' }));

    await within(dialog).findByText(/hires to update|hire to update/);
    const checkCall = calls.find((c) => c.url.endsWith('/api/v1/outcome-imports/check'));
    // Empty cells are not sent: the stored figure stays.
    expect((checkCall?.body as { rows: OutcomeImportRow[] }).rows).toEqual([
      { row: 2, email: 'ana@example.com', nestingQaScore: '82', averageHandleTimeSeconds: '6:35' },
      { row: 3, email: 'ben@example.com', nestingQaScore: '75', csatPercent: '90%' },
      { row: 4, email: 'nobody@example.com', nestingQaScore: '70' },
      { row: 5, email: 'cy@example.com', nestingQaScore: '120' },
    ]);
    expect(dialog).toHaveTextContent('1 hire to update');
    expect(dialog).toHaveTextContent('1 unchanged (skipped)');
    expect(dialog).toHaveTextContent('2 with errors (left out)');
    expect(within(dialog).getByLabelText('Columns recognised')).toHaveTextContent(
      'Columns recognised: “Agent Email” as Email, “QA Score” as Nesting QA score, “AHT (sec)” as Average handle time, “CSAT %” as CSAT.',
    );
    expect(dialog).toHaveTextContent('Columns not imported: Team leader.');
    expect(dialog).toHaveTextContent(
      'Changes: Nesting QA score for 1 hire, Average handle time for 1 hire.',
    );
    const problems = within(dialog).getByRole('table', { name: 'Rows with problems' });
    const problemRows = within(problems).getAllByRole('row').slice(1);
    expect(problemRows.map((row) => row.textContent)).toEqual([
      '4nobody@example.comNo candidate with this email.',
      '5cy@example.comCy SantosNesting QA score must be from 0 to 100; this row has 120.',
    ]);
    expect(within(dialog).getByRole('button', { name: 'Download 2 rejected rows' })).toBeEnabled();

    const reportsBefore = calls.filter((c) => c.url.includes('/api/v1/validity')).length;
    await user.click(within(dialog).getByRole('button', { name: 'Update 1 hire' }));
    await within(dialog).findByText('Import finished');
    const importCall = calls.find((c) => c.url.endsWith('/api/v1/outcome-imports'));
    expect(importCall?.method).toBe('POST');
    expect((importCall?.body as { rows: OutcomeImportRow[] }).rows.map((r) => r.row)).toEqual([2]);
    expect(dialog).toHaveTextContent(
      'Outcomes recorded for 1 hire, 1 row unchanged, 2 rows with errors left out.',
    );
    await waitFor(() =>
      expect(calls.filter((c) => c.url.includes('/api/v1/validity')).length).toBeGreaterThan(
        reportsBefore,
      ),
    );
  });

  it('says what the file lacks', async () => {
    fakeApi({
      '/api/auth/me': [me('admin')],
      '/api/v1/validity': [{ status: 200, body: emptyReport }],
    });
    const { user } = renderApp(<ValidityPage />);
    const [button] = await screen.findAllByRole('button', { name: 'Import outcomes' });
    await user.click(button as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Import outcomes from CSV' });
    await user.upload(fileInput(), csvFile('Email,Team\nana@example.com,A'));
    await user.click(within(dialog).getByRole('button', { name: 'Check file' }));
    expect(await within(dialog).findByText(/The file has no outcome column/)).toBeInTheDocument();
  });

  it('flags an email repeated in a later batch of the file', async () => {
    const rows = Array.from({ length: 501 }, (_, i) => `h${i}@example.com,80`);
    rows[500] = 'h3@example.com,81';
    const echo = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const json = (body: unknown) =>
        new Response(JSON.stringify(body), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      if (url.endsWith('/api/auth/me')) return json(me('admin').body);
      if (url.includes('/api/v1/validity')) return json(emptyReport);
      const sent = JSON.parse(String(init?.body)) as { rows: OutcomeImportRow[] };
      return json({
        rows: sent.rows.map((row) => ({
          row: row.row,
          email: row.email,
          candidateName: 'Someone',
          errors: [],
          changes: ['nestingQaScore'],
        })),
      });
    });
    global.fetch = echo as typeof fetch;
    const { user } = renderApp(<ValidityPage />);
    const [button] = await screen.findAllByRole('button', { name: 'Import outcomes' });
    await user.click(button as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Import outcomes from CSV' });
    await user.upload(fileInput(), csvFile(['Email,QA', ...rows].join('\n')));
    await user.click(within(dialog).getByRole('button', { name: 'Check file' }));
    await within(dialog).findByText(/to update/);
    expect(echo.mock.calls.filter(([url]) => String(url).endsWith('/check'))).toHaveLength(2);
    expect(dialog).toHaveTextContent('500 hires to update');
    expect(dialog).toHaveTextContent(
      '502h3@example.comSomeoneThis email is also on row 5: each hire once per file (this row is left out).',
    );
  });

  it('is not offered to a hiring manager', async () => {
    fakeApi({
      '/api/auth/me': [me('hiring_manager')],
      '/api/v1/validity': [{ status: 200, body: emptyReport }],
    });
    renderApp(<ValidityPage />);
    expect(await screen.findByText('No outcomes recorded yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import outcomes' })).not.toBeInTheDocument();
  });
});
