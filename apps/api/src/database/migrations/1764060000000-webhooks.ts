import { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook endpoints and their deliveries. */
export class Webhooks1764060000000 implements MigrationInterface {
  name = 'Webhooks1764060000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
