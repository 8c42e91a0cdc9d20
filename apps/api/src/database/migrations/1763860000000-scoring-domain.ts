import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The scoring domain: users (sign-in comes later), jobs and their interview plans, candidate
 * details and stage history, versioned rubrics, interview rounds, scorecards with per-answer
 * versions, idempotency keys and the audit trail. Enumerations are text with CHECKs: easier to
 * extend in a migration than PostgreSQL enums.
 */
export class ScoringDomain1763860000000 implements MigrationInterface {
  name = 'ScoringDomain1763860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" text NOT NULL,
        "name" text NOT NULL,
        "role" text NOT NULL CHECK ("role" IN ('admin', 'recruiter', 'hiring_manager', 'interviewer')),
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "users_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")`);

    await q.query(`
      CREATE TABLE "rubrics" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "rubrics_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE TABLE "rubric_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "rubric_id" uuid NOT NULL REFERENCES "rubrics" ("id") ON DELETE CASCADE,
        "version" integer NOT NULL CHECK ("version" > 0),
        "status" text NOT NULL CHECK ("status" IN ('draft', 'published')),
        "published_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "rubric_versions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "rubric_versions_published_at_check" CHECK (("status" = 'published') = ("published_at" IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "rubric_versions_rubric_version_key" ON "rubric_versions" ("rubric_id", "version")`,
    );
    // At most one draft per rubric: "new version" edits that draft rather than forking.
    await q.query(
      `CREATE UNIQUE INDEX "rubric_versions_one_draft_key" ON "rubric_versions" ("rubric_id") WHERE "status" = 'draft'`,
    );
    await q.query(`
      CREATE TABLE "rubric_categories" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "rubric_version_id" uuid NOT NULL REFERENCES "rubric_versions" ("id") ON DELETE CASCADE,
        "lineage_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "name" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "weight" numeric(6, 3) NOT NULL CHECK ("weight" >= 0),
        CONSTRAINT "rubric_categories_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE INDEX "rubric_categories_version_idx" ON "rubric_categories" ("rubric_version_id", "position")`,
    );
    // lineage_id follows a question (or category) from version to version, for diffs and history.
    await q.query(`
      CREATE TABLE "rubric_questions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "rubric_version_id" uuid NOT NULL REFERENCES "rubric_versions" ("id") ON DELETE CASCADE,
        "category_id" uuid NOT NULL REFERENCES "rubric_categories" ("id") ON DELETE CASCADE,
        "lineage_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "text" text NOT NULL,
        "guidance" text NOT NULL DEFAULT '',
        "anchors" text[] NOT NULL CHECK (cardinality("anchors") = 5),
        CONSTRAINT "rubric_questions_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE INDEX "rubric_questions_category_idx" ON "rubric_questions" ("category_id", "position")`,
    );
    await q.query(
      `CREATE INDEX "rubric_questions_version_idx" ON "rubric_questions" ("rubric_version_id")`,
    );

    await q.query(`
      CREATE TABLE "jobs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" text NOT NULL,
        "client_program" text NOT NULL,
        "site" text NOT NULL,
        "language" text NOT NULL,
        "shift" text NOT NULL CHECK ("shift" IN ('day', 'mid', 'night', 'rotating', 'flexible')),
        "headcount" integer NOT NULL CHECK ("headcount" > 0),
        "status" text NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'on_hold', 'closed')),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE INDEX "jobs_status_created_at_idx" ON "jobs" ("status", "created_at" DESC, "id" DESC)`,
    );
    await q.query(`CREATE INDEX "jobs_created_at_idx" ON "jobs" ("created_at" DESC, "id" DESC)`);
    await q.query(`
      CREATE TABLE "job_hiring_managers" (
        "job_id" uuid NOT NULL REFERENCES "jobs" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "users" ("id"),
        CONSTRAINT "job_hiring_managers_pkey" PRIMARY KEY ("job_id", "user_id")
      )`);
    await q.query(
      `CREATE INDEX "job_hiring_managers_user_idx" ON "job_hiring_managers" ("user_id")`,
    );
    await q.query(`
      CREATE TABLE "job_plan_rounds" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "job_id" uuid NOT NULL REFERENCES "jobs" ("id") ON DELETE CASCADE,
        "position" integer NOT NULL,
        "name" text NOT NULL,
        "rubric_id" uuid NOT NULL REFERENCES "rubrics" ("id"),
        CONSTRAINT "job_plan_rounds_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "job_plan_rounds_job_position_key" ON "job_plan_rounds" ("job_id", "position")`,
    );

    await q.query(`ALTER TABLE "candidates"
      ADD COLUMN "job_id" uuid REFERENCES "jobs" ("id"),
      ADD COLUMN "stage" text NOT NULL DEFAULT 'applied'
        CHECK ("stage" IN ('applied', 'screening', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn')),
      ADD COLUMN "stage_changed_at" timestamptz NOT NULL DEFAULT now(),
      ADD COLUMN "source" text,
      ADD COLUMN "languages" jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN "shift_availability" text[] NOT NULL DEFAULT '{}',
      ADD COLUMN "typing_wpm" integer CHECK ("typing_wpm" BETWEEN 0 AND 250),
      ADD COLUMN "notes" text NOT NULL DEFAULT '',
      ADD COLUMN "score" numeric(6, 3),
      ADD COLUMN "version" integer NOT NULL DEFAULT 1`);
    // Pipeline lists: a job's candidates by stage, newest first, and by score.
    await q.query(
      `CREATE INDEX "candidates_job_stage_created_idx" ON "candidates" ("job_id", "stage", "created_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "candidates_stage_created_idx" ON "candidates" ("stage", "created_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "candidates_job_score_idx" ON "candidates" ("job_id", "score" DESC NULLS LAST, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "candidates_score_idx" ON "candidates" ("score" DESC NULLS LAST, "id" DESC)`,
    );
    await q.query(`
      CREATE TABLE "candidate_stage_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "candidate_id" uuid NOT NULL REFERENCES "candidates" ("id") ON DELETE CASCADE,
        "from_stage" text,
        "to_stage" text NOT NULL,
        "reason" text,
        "actor_id" uuid REFERENCES "users" ("id"),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "candidate_stage_events_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE INDEX "candidate_stage_events_candidate_idx" ON "candidate_stage_events" ("candidate_id", "created_at")`,
    );

    await q.query(`
      CREATE TABLE "interview_rounds" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "candidate_id" uuid NOT NULL REFERENCES "candidates" ("id") ON DELETE CASCADE,
        "job_id" uuid NOT NULL REFERENCES "jobs" ("id"),
        "name" text NOT NULL,
        "rubric_version_id" uuid NOT NULL REFERENCES "rubric_versions" ("id"),
        "scheduled_at" timestamptz NOT NULL,
        "status" text NOT NULL DEFAULT 'scheduled'
          CHECK ("status" IN ('scheduled', 'completed', 'cancelled', 'no_show')),
        "version" integer NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "interview_rounds_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE INDEX "interview_rounds_candidate_idx" ON "interview_rounds" ("candidate_id", "scheduled_at")`,
    );
    await q.query(
      `CREATE INDEX "interview_rounds_job_idx" ON "interview_rounds" ("job_id", "scheduled_at")`,
    );
    await q.query(
      `CREATE INDEX "interview_rounds_status_scheduled_idx" ON "interview_rounds" ("status", "scheduled_at")`,
    );
    await q.query(
      `CREATE INDEX "interview_rounds_scheduled_idx" ON "interview_rounds" ("scheduled_at", "id")`,
    );

    await q.query(`
      CREATE TABLE "scorecards" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "round_id" uuid NOT NULL REFERENCES "interview_rounds" ("id") ON DELETE CASCADE,
        "interviewer_id" uuid NOT NULL REFERENCES "users" ("id"),
        "status" text NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'submitted', 'declined')),
        "recommendation" text CHECK ("recommendation" IN ('strong_no', 'no', 'yes', 'strong_yes')),
        "summary" text NOT NULL DEFAULT '',
        "declined_reason" text,
        "submitted_at" timestamptz,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "scorecards_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "scorecards_round_interviewer_key" ON "scorecards" ("round_id", "interviewer_id")`,
    );
    await q.query(
      `CREATE INDEX "scorecards_interviewer_status_idx" ON "scorecards" ("interviewer_id", "status")`,
    );
    await q.query(`
      CREATE TABLE "scorecard_answers" (
        "scorecard_id" uuid NOT NULL REFERENCES "scorecards" ("id") ON DELETE CASCADE,
        "question_id" uuid NOT NULL REFERENCES "rubric_questions" ("id"),
        "rating" smallint CHECK ("rating" BETWEEN 1 AND 5),
        "not_asked" boolean NOT NULL DEFAULT false,
        "note" text NOT NULL DEFAULT '',
        "version" integer NOT NULL DEFAULT 1,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "scorecard_answers_pkey" PRIMARY KEY ("scorecard_id", "question_id"),
        CONSTRAINT "scorecard_answers_not_asked_check" CHECK (NOT ("not_asked" AND "rating" IS NOT NULL))
      )`);

    // A retried write (same key, same caller) returns the first response instead of applying again.
    await q.query(`
      CREATE TABLE "idempotency_keys" (
        "key" text NOT NULL,
        "scope" text NOT NULL,
        "request_hash" text NOT NULL,
        "status_code" integer NOT NULL,
        "response_body" jsonb,
        "response_headers" jsonb NOT NULL DEFAULT '{}',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("scope", "key")
      )`);
    await q.query(
      `CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys" ("created_at")`,
    );

    await q.query(`
      CREATE TABLE "audit_events" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "actor_id" uuid REFERENCES "users" ("id"),
        "action" text NOT NULL,
        "entity_type" text NOT NULL,
        "entity_id" uuid NOT NULL,
        "before" jsonb,
        "after" jsonb,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE INDEX "audit_events_entity_idx" ON "audit_events" ("entity_type", "entity_id", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_events"`);
    await q.query(`DROP TABLE "idempotency_keys"`);
    await q.query(`DROP TABLE "scorecard_answers"`);
    await q.query(`DROP TABLE "scorecards"`);
    await q.query(`DROP TABLE "interview_rounds"`);
    await q.query(`DROP TABLE "candidate_stage_events"`);
    await q.query(`DROP INDEX "candidates_score_idx"`);
    await q.query(`DROP INDEX "candidates_job_score_idx"`);
    await q.query(`DROP INDEX "candidates_stage_created_idx"`);
    await q.query(`DROP INDEX "candidates_job_stage_created_idx"`);
    await q.query(`ALTER TABLE "candidates"
      DROP COLUMN "version", DROP COLUMN "score", DROP COLUMN "notes", DROP COLUMN "typing_wpm",
      DROP COLUMN "shift_availability", DROP COLUMN "languages", DROP COLUMN "source",
      DROP COLUMN "stage_changed_at", DROP COLUMN "stage", DROP COLUMN "job_id"`);
    await q.query(`DROP TABLE "job_plan_rounds"`);
    await q.query(`DROP TABLE "job_hiring_managers"`);
    await q.query(`DROP TABLE "jobs"`);
    await q.query(`DROP TABLE "rubric_questions"`);
    await q.query(`DROP TABLE "rubric_categories"`);
    await q.query(`DROP TABLE "rubric_versions"`);
    await q.query(`DROP TABLE "rubrics"`);
    await q.query(`DROP TABLE "users"`);
  }
}
