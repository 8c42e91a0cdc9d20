import { Module } from '@nestjs/common';

/** E-mail: the outbox, written with the event it tells of, and the job that sends it over SMTP. */
@Module({})
export class EmailModule {}
