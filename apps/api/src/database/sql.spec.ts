import { queryOne, queryRows, Sql } from './sql';

const answering = (result: unknown): Sql =>
  ({ query: () => Promise.resolve(result) }) as unknown as Sql;

describe('queryRows', () => {
  it('passes SELECT and INSERT rows through', async () => {
    expect(await queryRows(answering([{ id: 'a' }, { id: 'b' }]), 'SELECT')).toEqual([
      { id: 'a' },
      { id: 'b' },
    ]);
  });

  it('unwraps the [rows, affected] pair TypeORM gives for UPDATE and DELETE', async () => {
    expect(await queryRows(answering([[{ id: 'a' }], 1]), 'UPDATE')).toEqual([{ id: 'a' }]);
    expect(await queryRows(answering([[], 0]), 'UPDATE')).toEqual([]);
    expect(await queryOne(answering([[], 0]), 'UPDATE … RETURNING')).toBeUndefined();
  });
});
