import { WorkboxLike } from './service-worker';

/** For tests: stands in for workbox-window's Workbox, with the same events, fired by the test. */
export class FakeWorkbox implements WorkboxLike {
  skipWaitingMessages = 0;
  private readonly events = new EventTarget();

  addEventListener(
    type: 'waiting' | 'controlling',
    listener: (event: { isUpdate?: boolean }) => void,
  ): void {
    this.events.addEventListener(type, (event) =>
      listener(event as Event & { isUpdate?: boolean }),
    );
  }
  register(): Promise<unknown> {
    return Promise.resolve(undefined);
  }
  update(): Promise<void> {
    return Promise.resolve();
  }
  messageSkipWaiting(): void {
    this.skipWaitingMessages += 1;
  }
  /** What workbox-window dispatches: a new worker waits, or a worker took the page. */
  fire(type: 'waiting' | 'controlling', props: { isUpdate?: boolean } = {}): void {
    this.events.dispatchEvent(Object.assign(new Event(type), props));
  }
}
