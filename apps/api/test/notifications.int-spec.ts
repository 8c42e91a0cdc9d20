import { NotificationPage } from '@calibrate/contracts';

import { insertUser } from './fixtures';
import { resetData, startTestApp, TestApp } from './test-app';

describe('notifications', () => {
  let t: TestApp;
  let userId: string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    await resetData(t);
    userId = await insertUser(t.dataSource, 'interviewer', 'Ivy Interviewer');
  });

  /** `count` notifications for the user, a minute apart, "Notice 1" the oldest. */
  const insertNotifications = (forUser: string, count: number) =>
    t.dataSource.query(
      `INSERT INTO notifications (user_id, kind, title, body, link, created_at)
       SELECT $1, 'reminder', 'Notice ' || i, 'Body ' || i, '/interviews', now() - (($2 - i) || ' minutes')::interval
         FROM generate_series(1, $2::int) AS i`,
      [forUser, count],
    );

  it('lists the user’s own notifications newest first, keyset-paged, with the unread count', async () => {
    await insertNotifications(userId, 5);
    await insertNotifications(t.adminId, 2);
    const ivy = await t.signInAs(userId);

    const first = (await ivy.get('/api/v1/notifications').query({ limit: 3 }))
      .body as NotificationPage;
    expect(first.items.map((item) => item.title)).toEqual(['Notice 5', 'Notice 4', 'Notice 3']);
    expect(first.unreadCount).toBe(5);
    expect(first.items[0]).toMatchObject({
      kind: 'reminder',
      body: 'Body 5',
      link: '/interviews',
      scorecardId: null,
      readAt: null,
    });
    const second = (
      await ivy.get('/api/v1/notifications').query({ limit: 3, cursor: first.nextCursor })
    ).body as NotificationPage;
    expect(second.items.map((item) => item.title)).toEqual(['Notice 2', 'Notice 1']);
    expect(second.nextCursor).toBeNull();

    const forged = await ivy.get('/api/v1/notifications').query({ cursor: 'nonsense' });
    expect(forged.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('marks one read, then all, and never another user’s', async () => {
    await insertNotifications(userId, 3);
    await insertNotifications(t.adminId, 1);
    const ivy = await t.signInAs(userId);
    const [newest] = ((await ivy.get('/api/v1/notifications')).body as NotificationPage).items;
    const [adminsOwn] = ((await t.http.get('/api/v1/notifications')).body as NotificationPage)
      .items;

    const read = await ivy.post(`/api/v1/notifications/${newest?.id}/read`);
    expect([read.status, read.body]).toEqual([200, { unreadCount: 2 }]);
    const list = (await ivy.get('/api/v1/notifications')).body as NotificationPage;
    expect(list.items[0]?.readAt).toEqual(expect.any(String));
    expect(list.unreadCount).toBe(2);

    const notMine = await ivy.post(`/api/v1/notifications/${adminsOwn?.id}/read`);
    expect(notMine.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });

    const all = await ivy.post('/api/v1/notifications/read-all');
    expect([all.status, all.body]).toEqual([200, { unreadCount: 0 }]);
    expect(((await ivy.get('/api/v1/notifications')).body as NotificationPage).unreadCount).toBe(0);
    // The admin's stay unread.
    expect(((await t.http.get('/api/v1/notifications')).body as NotificationPage).unreadCount).toBe(
      1,
    );
  });

  it('keeps per-user preferences: in-app and e-mail on, no digest, until changed', async () => {
    const ivy = await t.signInAs(userId);
    expect((await ivy.get('/api/v1/notification-preferences')).body).toEqual({
      inApp: true,
      email: true,
      dailyDigest: false,
    });
    const saved = await ivy
      .put('/api/v1/notification-preferences')
      .send({ inApp: true, email: false, dailyDigest: true });
    expect(saved.status).toBe(200);
    expect((await ivy.get('/api/v1/notification-preferences')).body).toEqual({
      inApp: true,
      email: false,
      dailyDigest: true,
    });
    // The admin's are untouched.
    expect((await t.http.get('/api/v1/notification-preferences')).body).toMatchObject({
      email: true,
    });
    const invalid = await ivy.put('/api/v1/notification-preferences').send({ inApp: 'yes' });
    expect(invalid.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('needs a session', async () => {
    const response = await t.anonymous.get('/api/v1/notifications');
    expect(response.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
  });
});
