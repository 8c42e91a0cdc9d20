import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ZodValidationPipe } from 'nestjs-zod';

import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { APP_CONFIG } from './config/app-config.token';
import { AppConfig } from './config/env';
import { buildDataSourceOptions } from './database/data-source';
import { AccessModule } from './modules/access/access.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CalibrationModule } from './modules/calibration/calibration.module';
import { CandidatesModule } from './modules/candidates/candidates.module';
import { ComparisonModule } from './modules/comparison/comparison.module';
import { EmailModule } from './modules/email/email.module';
import { FeedbackModule } from './modules/feedback/feedback.module';
import { HealthModule } from './modules/health/health.module';
import { InterviewsModule } from './modules/interviews/interviews.module';
import { JobQueueModule } from './modules/job-queue/job-queue.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { KnockOutsModule } from './modules/knock-outs/knock-outs.module';
import { LiveModule } from './modules/live/live.module';
import { MaintenanceModule } from './modules/maintenance/maintenance.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { QuestionAnalysisModule } from './modules/question-analysis/question-analysis.module';
import { RemindersModule } from './modules/reminders/reminders.module';
import { RubricsModule } from './modules/rubrics/rubrics.module';
import { ScorecardsModule } from './modules/scorecards/scorecards.module';
import { UsersModule } from './modules/users/users.module';
import { ValidityModule } from './modules/validity/validity.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(
          buildDataSourceOptions(databaseUrl, config.databasePoolSize, {
            queryTimeoutMs: config.databaseQueryTimeoutMs,
          }),
        ),
        IdempotencyModule,
        HealthModule,
        AuditModule,
        AuthModule,
        AccessModule,
        UsersModule,
        CandidatesModule,
        RubricsModule,
        JobsModule,
        KnockOutsModule,
        LiveModule,
        InterviewsModule,
        ScorecardsModule,
        ComparisonModule,
        CalibrationModule,
        ValidityModule,
        QuestionAnalysisModule,
        FeedbackModule,
        MaintenanceModule,
        JobQueueModule,
        NotificationsModule,
        RemindersModule,
        EmailModule,
        WebhooksModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
