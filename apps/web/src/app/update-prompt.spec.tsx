import { act, screen } from '@testing-library/react';

import { FakeWorkbox } from '@/lib/offline/fake-workbox';
import { ServiceWorkerUpdates } from '@/lib/offline/service-worker';
import { renderApp } from '@/test/render-app';

import { UpdatePrompt } from './update-prompt';

function setUp() {
  const workbox = new FakeWorkbox();
  const updates = new ServiceWorkerUpdates();
  const reloadPage = jest.fn();
  updates.connect(workbox, reloadPage);
  const view = renderApp(<UpdatePrompt updates={updates} />);
  return { ...view, workbox, reloadPage };
}

describe('UpdatePrompt', () => {
  it('appears when a new version waits, in a live region, and reloads onto it from the keyboard', async () => {
    const { workbox, reloadPage, user } = setUp();
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();

    act(() => workbox.fire('waiting', { isUpdate: true }));
    expect(region).toHaveTextContent('A new version of Calibrate is ready');
    // It does not take the focus from what the interviewer is doing.
    expect(document.activeElement).toBe(document.body);

    await user.tab();
    expect(screen.getByRole('button', { name: 'Reload' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(workbox.skipWaitingMessages).toBe(1);
    expect(reloadPage).not.toHaveBeenCalled();
    act(() => workbox.fire('controlling', { isUpdate: true }));
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('can be put off', async () => {
    const { workbox, user } = setUp();
    act(() => workbox.fire('waiting', { isUpdate: true }));
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(workbox.skipWaitingMessages).toBe(0);
  });
});
