import { MigrationInterface, QueryRunner } from 'typeorm';

/** The e-mail outbox. */
export class EmailOutbox1764050000000 implements MigrationInterface {
  name = 'EmailOutbox1764050000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
