import { FakeWorkbox } from './fake-workbox';
import { ServiceWorkerUpdates } from './service-worker';

function connected() {
  const workbox = new FakeWorkbox();
  const updates = new ServiceWorkerUpdates();
  const reloadPage = jest.fn();
  updates.connect(workbox, reloadPage);
  const changes = jest.fn();
  updates.subscribe(changes);
  return { workbox, updates, reloadPage, changes };
}

describe('ServiceWorkerUpdates', () => {
  it('says a new version is ready when its worker waits, and reloads only onto it', () => {
    const { workbox, updates, reloadPage, changes } = connected();
    expect(updates.updateReady()).toBe(false);
    workbox.fire('waiting', { isUpdate: true });
    expect(updates.updateReady()).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);

    updates.reload();
    expect(workbox.skipWaitingMessages).toBe(1);
    // Not before the new worker has taken the page: a reload now would get the old shell.
    expect(reloadPage).not.toHaveBeenCalled();
    workbox.fire('controlling', { isUpdate: true });
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('is not a new version when the first worker takes the page', () => {
    const { workbox, updates, reloadPage } = connected();
    workbox.fire('controlling', { isUpdate: false });
    expect(updates.updateReady()).toBe(false);
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('does not reload by itself when another tab let the new version in', () => {
    const { workbox, updates, reloadPage } = connected();
    workbox.fire('waiting', { isUpdate: true });
    workbox.fire('controlling', { isUpdate: true });
    expect(reloadPage).not.toHaveBeenCalled();
    expect(updates.updateReady()).toBe(true);
    // The worker already took over: Reload reloads at once, there is nothing left to wait for.
    updates.reload();
    expect(reloadPage).toHaveBeenCalledTimes(1);
    expect(workbox.skipWaitingMessages).toBe(0);
  });
});
