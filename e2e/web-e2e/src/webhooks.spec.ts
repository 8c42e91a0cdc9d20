import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';

import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test } from '@playwright/test';

import { signIn } from './session';

// Screens load their chunk on first visit, with other work on the same two cores: 15 s, not 5.
const expect = baseExpect.configure({ timeout: 15_000 });
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Received {
  signature: string;
  eventId: string;
  raw: string;
}

/** A receiver on 127.0.0.1 (the app runs in development, where loopback targets are allowed). */
function startReceiver(): Promise<{ server: http.Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        signature: String(request.headers['calibrate-signature'] ?? ''),
        eventId: String(request.headers['calibrate-event-id'] ?? ''),
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(200).end('ok');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/e2e-${Date.now()}`,
        received,
      }),
    ),
  );
}

function verifies(secret: string, header: string, raw: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=')));
  const t = Number(parts.t);
  if (Math.abs(Date.now() / 1000 - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest();
  const given = Buffer.from(String(parts.v1 ?? ''), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function seriousViolations(builder: AxeBuilder) {
  const { violations } = await builder.withTags(WCAG_21_AA).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(' ')}`);
}

test('an admin adds an endpoint, sees its secret once, sends a test and sees it delivered', async ({
  page,
}) => {
  const receiver = await startReceiver();
  try {
    await signIn(page, 'admin@example.com');
    await page.goto('/webhooks');
    await expect(page.getByRole('heading', { name: 'Webhooks' })).toBeVisible();

    await page.getByRole('button', { name: 'Add endpoint' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add endpoint' });
    await dialog.getByLabel('Endpoint URL').fill(receiver.url);
    await dialog.getByLabel('Description').fill('E2E receiver');
    await dialog.getByRole('checkbox', { name: /scorecard\.submitted/ }).check();
    expect(
      await seriousViolations(new AxeBuilder({ page }).setLegacyMode().include('[role="dialog"]')),
    ).toEqual([]);
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();

    const reveal = page.getByRole('dialog', { name: 'Endpoint added' });
    await expect(reveal.getByText('Copy the secret now')).toBeVisible();
    const secret = await reveal.getByLabel('Signing secret').inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(
      await seriousViolations(new AxeBuilder({ page }).setLegacyMode().include('[role="dialog"]')),
    ).toEqual([]);
    await reveal.getByRole('button', { name: 'Done' }).click();
    await expect(reveal).toBeHidden();

    // The endpoint is listed and selected; its secret is nowhere on the page any more.
    const row = page.getByRole('row').filter({ hasText: receiver.url });
    await expect(row).toBeVisible();
    await expect(page.getByRole('heading', { name: receiver.url })).toBeVisible();
    expect(await page.content()).not.toContain(secret);

    await page.getByRole('button', { name: 'Send test' }).click();
    const log = page.getByRole('table', { name: 'Deliveries' });
    await expect(log.getByText('ping')).toBeVisible();
    // The job queue sends it within seconds; the log looks again while it is pending.
    await expect(log.getByText('Delivered · 200')).toBeVisible({ timeout: 30_000 });

    expect(receiver.received).toHaveLength(1);
    const [ping] = receiver.received;
    expect(JSON.parse(ping?.raw ?? '{}')).toMatchObject({ type: 'ping', id: ping?.eventId });
    expect(verifies(secret, ping?.signature ?? '', ping?.raw ?? '')).toBe(true);

    expect(await seriousViolations(new AxeBuilder({ page }).setLegacyMode())).toEqual([]);

    // Clean up: delete it, after confirming.
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Delete this endpoint?' })
      .getByRole('button', { name: 'Delete endpoint' })
      .click();
    await expect(row).toBeHidden();
  } finally {
    await new Promise((resolve) => receiver.server.close(resolve));
  }
});
