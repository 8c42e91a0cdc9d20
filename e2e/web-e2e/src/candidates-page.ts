import { expect, Locator, Page } from '@playwright/test';

/** The candidates screen as a user sees it: by roles and labels. */
export class CandidatesPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Candidates', level: 1 });
    this.search = page.getByRole('textbox', { name: 'Search candidates' });
    this.table = page.getByRole('table', { name: 'Candidates' });
    this.dialog = page.getByRole('dialog', { name: 'Add candidate' });
  }

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.heading).toBeVisible();
  }

  rows() {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(text: string) {
    return this.rows().filter({ hasText: text });
  }

  async openAddDialog() {
    await this.page.getByRole('button', { name: 'Add candidate' }).first().click();
    await expect(this.dialog).toBeVisible();
  }

  async fillCandidate(candidate: { name: string; email: string; phone?: string }) {
    await this.dialog.getByLabel('Full name').fill(candidate.name);
    await this.dialog.getByLabel('Email').fill(candidate.email);
    if (candidate.phone) await this.dialog.getByLabel('Phone').fill(candidate.phone);
  }

  async submitDialog() {
    await this.dialog.getByRole('button', { name: 'Add candidate' }).click();
  }
}
