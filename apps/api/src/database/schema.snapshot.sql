CREATE INDEX audit_events_entity_idx ON public.audit_events USING btree (entity_type, entity_id, id)
CREATE INDEX calibration_fits_aggregated_idx ON public.calibration_fits USING btree (id DESC) WHERE (aggregated_at IS NOT NULL)
CREATE INDEX calibration_fits_succeeded_idx ON public.calibration_fits USING btree (id DESC) WHERE (status = 'succeeded'::text)
CREATE INDEX candidate_stage_events_candidate_idx ON public.candidate_stage_events USING btree (candidate_id, created_at)
CREATE INDEX candidates_corrected_score_idx ON public.candidates USING btree (corrected_score DESC NULLS LAST, id DESC)
CREATE INDEX candidates_created_at_id_idx ON public.candidates USING btree (created_at DESC, id DESC)
CREATE INDEX candidates_email_prefix_idx ON public.candidates USING btree (email text_pattern_ops) INCLUDE (created_at, id)
CREATE INDEX candidates_email_word2_idx ON public.candidates USING btree (email_word_suffix(email, 2) text_pattern_ops) INCLUDE (created_at, id)
CREATE INDEX candidates_email_word3_idx ON public.candidates USING btree (email_word_suffix(email, 3) text_pattern_ops) INCLUDE (created_at, id)
CREATE INDEX candidates_email_word4_idx ON public.candidates USING btree (email_word_suffix(email, 4) text_pattern_ops) INCLUDE (created_at, id)
CREATE INDEX candidates_job_corrected_score_idx ON public.candidates USING btree (job_id, corrected_score DESC NULLS LAST, id DESC)
CREATE INDEX candidates_job_score_idx ON public.candidates USING btree (job_id, score DESC NULLS LAST, id DESC)
CREATE INDEX candidates_job_stage_created_idx ON public.candidates USING btree (job_id, stage, created_at DESC, id DESC)
CREATE INDEX candidates_name_sort_idx ON public.candidates USING btree (name_sort_key(name) COLLATE "C", id)
CREATE INDEX candidates_score_idx ON public.candidates USING btree (score DESC NULLS LAST, id DESC)
CREATE INDEX candidates_search_name_prefix_idx ON public.candidates USING btree (search_text(name) text_pattern_ops) INCLUDE (name, created_at, id)
CREATE INDEX candidates_search_name_trgm_idx ON public.candidates USING gin (search_text(name) gin_trgm_ops) WITH (gin_pending_list_limit='256')
CREATE INDEX candidates_stage_created_idx ON public.candidates USING btree (stage, created_at DESC, id DESC)
CREATE INDEX email_outbox_created_idx ON public.email_outbox USING btree (created_at DESC, id DESC)
CREATE INDEX email_outbox_queued_idx ON public.email_outbox USING btree (next_attempt_at) WHERE (status = 'queued'::text)
CREATE INDEX email_outbox_status_created_idx ON public.email_outbox USING btree (status, created_at DESC, id DESC)
CREATE INDEX email_outbox_user_idx ON public.email_outbox USING btree (user_id)
CREATE INDEX idempotency_keys_created_at_idx ON public.idempotency_keys USING btree (created_at)
CREATE INDEX interview_rounds_candidate_idx ON public.interview_rounds USING btree (candidate_id, scheduled_at)
CREATE INDEX interview_rounds_job_idx ON public.interview_rounds USING btree (job_id, scheduled_at)
CREATE INDEX interview_rounds_rubric_version_scheduled_idx ON public.interview_rounds USING btree (rubric_version_id, scheduled_at, id)
CREATE INDEX interview_rounds_scheduled_idx ON public.interview_rounds USING btree (scheduled_at, id)
CREATE INDEX interview_rounds_status_scheduled_idx ON public.interview_rounds USING btree (status, scheduled_at)
CREATE INDEX interview_rounds_updated_idx ON public.interview_rounds USING btree (updated_at)
CREATE INDEX job_hiring_managers_user_idx ON public.job_hiring_managers USING btree (user_id)
CREATE INDEX job_plan_round_interviewers_user_idx ON public.job_plan_round_interviewers USING btree (user_id)
CREATE INDEX jobs_created_at_idx ON public.jobs USING btree (created_at DESC, id DESC)
CREATE INDEX jobs_status_created_at_idx ON public.jobs USING btree (status, created_at DESC, id DESC)
CREATE INDEX live_events_created_at_idx ON public.live_events USING btree (created_at)
CREATE INDEX login_failures_device_idx ON public.login_failures USING btree (device, created_at) WHERE (device IS NOT NULL)
CREATE INDEX login_failures_email_idx ON public.login_failures USING btree (email, created_at)
CREATE INDEX login_failures_ip_idx ON public.login_failures USING btree (ip, created_at)
CREATE INDEX notifications_scorecard_idx ON public.notifications USING btree (scorecard_id)
CREATE INDEX notifications_user_created_idx ON public.notifications USING btree (user_id, created_at DESC, id DESC)
CREATE INDEX notifications_user_unread_idx ON public.notifications USING btree (user_id) WHERE (read_at IS NULL)
CREATE INDEX password_reset_tokens_user_idx ON public.password_reset_tokens USING btree (user_id)
CREATE INDEX rubric_categories_version_idx ON public.rubric_categories USING btree (rubric_version_id, "position")
CREATE INDEX rubric_questions_category_idx ON public.rubric_questions USING btree (category_id, "position")
CREATE INDEX rubric_questions_text_trgm_idx ON public.rubric_questions USING gin (text gin_trgm_ops)
CREATE INDEX rubric_questions_version_idx ON public.rubric_questions USING btree (rubric_version_id)
CREATE INDEX scorecard_reminders_next_idx ON public.scorecard_reminders USING btree (next_at) WHERE (next_at IS NOT NULL)
CREATE INDEX scorecards_draft_round_idx ON public.scorecards USING btree (round_id) WHERE (status = 'draft'::text)
CREATE INDEX scorecards_interviewer_status_idx ON public.scorecards USING btree (interviewer_id, status)
CREATE INDEX sessions_expires_at_idx ON public.sessions USING btree (expires_at)
CREATE INDEX sessions_user_idx ON public.sessions USING btree (user_id)
CREATE INDEX webhook_deliveries_due_idx ON public.webhook_deliveries USING btree (next_attempt_at) WHERE (status = 'pending'::text)
CREATE INDEX webhook_deliveries_endpoint_idx ON public.webhook_deliveries USING btree (endpoint_id, created_at DESC, id DESC)
CREATE INDEX webhook_deliveries_event_idx ON public.webhook_deliveries USING btree (event_id)
CREATE INDEX webhook_deliveries_order_idx ON public.webhook_deliveries USING btree (endpoint_id, subject_id, seq) WHERE (status = 'pending'::text)
CREATE INDEX webhook_endpoints_events_idx ON public.webhook_endpoints USING gin (events) WHERE enabled
CREATE UNIQUE INDEX app_secrets_pkey ON public.app_secrets USING btree (name)
CREATE UNIQUE INDEX audit_events_pkey ON public.audit_events USING btree (id)
CREATE UNIQUE INDEX calibration_fits_pkey ON public.calibration_fits USING btree (id)
CREATE UNIQUE INDEX calibration_interviewer_months_pkey ON public.calibration_interviewer_months USING btree (fit_id, interviewer_id, month)
CREATE UNIQUE INDEX calibration_interviewers_pkey ON public.calibration_interviewers USING btree (fit_id, interviewer_id)
CREATE UNIQUE INDEX candidate_outcomes_pkey ON public.candidate_outcomes USING btree (candidate_id)
CREATE UNIQUE INDEX candidate_outcomes_revision_pkey ON public.candidate_outcomes_revision USING btree (id)
CREATE UNIQUE INDEX candidate_stage_events_pkey ON public.candidate_stage_events USING btree (id)
CREATE UNIQUE INDEX candidates_email_key ON public.candidates USING btree (email)
CREATE UNIQUE INDEX candidates_pkey ON public.candidates USING btree (id)
CREATE UNIQUE INDEX email_outbox_idempotency_key ON public.email_outbox USING btree (idempotency_key)
CREATE UNIQUE INDEX email_outbox_pkey ON public.email_outbox USING btree (id)
CREATE UNIQUE INDEX fit_hire_scores_pkey ON public.fit_hire_scores USING btree (fit_id, rubric_id, candidate_id)
CREATE UNIQUE INDEX fit_job_rubric_statistics_pkey ON public.fit_job_rubric_statistics USING btree (fit_id, rubric_id, job_id)
CREATE UNIQUE INDEX fit_lineage_statistics_pkey ON public.fit_lineage_statistics USING btree (fit_id, rubric_id, job_id, lineage_id)
CREATE UNIQUE INDEX idempotency_keys_pkey ON public.idempotency_keys USING btree (scope, key)
CREATE UNIQUE INDEX interview_rounds_pkey ON public.interview_rounds USING btree (id)
CREATE UNIQUE INDEX job_hiring_managers_pkey ON public.job_hiring_managers USING btree (job_id, user_id)
CREATE UNIQUE INDEX job_plan_round_interviewers_pkey ON public.job_plan_round_interviewers USING btree (plan_round_id, user_id)
CREATE UNIQUE INDEX job_plan_rounds_job_position_key ON public.job_plan_rounds USING btree (job_id, "position")
CREATE UNIQUE INDEX job_plan_rounds_pkey ON public.job_plan_rounds USING btree (id)
CREATE UNIQUE INDEX jobs_pkey ON public.jobs USING btree (id)
CREATE UNIQUE INDEX live_events_pkey ON public.live_events USING btree (id)
CREATE UNIQUE INDEX login_failures_pkey ON public.login_failures USING btree (id)
CREATE UNIQUE INDEX notification_preferences_pkey ON public.notification_preferences USING btree (user_id)
CREATE UNIQUE INDEX notifications_pkey ON public.notifications USING btree (id)
CREATE UNIQUE INDEX notifications_user_dedupe_key ON public.notifications USING btree (user_id, dedupe_key)
CREATE UNIQUE INDEX password_reset_tokens_pkey ON public.password_reset_tokens USING btree (token_hash)
CREATE UNIQUE INDEX reminder_sweeps_pkey ON public.reminder_sweeps USING btree (id)
CREATE UNIQUE INDEX round_reminder_sweeps_pkey ON public.round_reminder_sweeps USING btree (id)
CREATE UNIQUE INDEX rubric_categories_pkey ON public.rubric_categories USING btree (id)
CREATE UNIQUE INDEX rubric_questions_pkey ON public.rubric_questions USING btree (id)
CREATE UNIQUE INDEX rubric_versions_one_draft_key ON public.rubric_versions USING btree (rubric_id) WHERE (status = 'draft'::text)
CREATE UNIQUE INDEX rubric_versions_pkey ON public.rubric_versions USING btree (id)
CREATE UNIQUE INDEX rubric_versions_rubric_version_key ON public.rubric_versions USING btree (rubric_id, version)
CREATE UNIQUE INDEX rubrics_pkey ON public.rubrics USING btree (id)
CREATE UNIQUE INDEX scorecard_answers_pkey ON public.scorecard_answers USING btree (scorecard_id, question_id)
CREATE UNIQUE INDEX scorecard_reminders_pkey ON public.scorecard_reminders USING btree (scorecard_id)
CREATE UNIQUE INDEX scorecards_pkey ON public.scorecards USING btree (id)
CREATE UNIQUE INDEX scorecards_round_interviewer_key ON public.scorecards USING btree (round_id, interviewer_id)
CREATE UNIQUE INDEX sessions_pkey ON public.sessions USING btree (id_hash)
CREATE UNIQUE INDEX sso_settings_pkey ON public.sso_settings USING btree (id)
CREATE UNIQUE INDEX user_identities_issuer_subject_key ON public.user_identities USING btree (issuer, subject)
CREATE UNIQUE INDEX user_identities_pkey ON public.user_identities USING btree (id)
CREATE UNIQUE INDEX user_identities_user_issuer_key ON public.user_identities USING btree (user_id, issuer)
CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email)
CREATE UNIQUE INDEX users_pkey ON public.users USING btree (id)
CREATE UNIQUE INDEX webhook_deliveries_pkey ON public.webhook_deliveries USING btree (id)
CREATE UNIQUE INDEX webhook_endpoints_pkey ON public.webhook_endpoints USING btree (id)
CREATE UNIQUE INDEX webhook_events_pkey ON public.webhook_events USING btree (id)
app_secrets CONSTRAINT app_secrets_pkey PRIMARY KEY (name)
app_secrets.created_at timestamp with time zone NOT NULL DEFAULT now()
app_secrets.name text NOT NULL
app_secrets.value text NOT NULL
audit_events CONSTRAINT audit_events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES users(id)
audit_events CONSTRAINT audit_events_pkey PRIMARY KEY (id)
audit_events.action text NOT NULL
audit_events.actor_id uuid
audit_events.after jsonb
audit_events.before jsonb
audit_events.created_at timestamp with time zone NOT NULL DEFAULT now()
audit_events.entity_id uuid NOT NULL
audit_events.entity_type text NOT NULL
audit_events.id bigint NOT NULL
calibration_fits CONSTRAINT calibration_fits_pkey PRIMARY KEY (id)
calibration_fits CONSTRAINT calibration_fits_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES users(id)
calibration_fits CONSTRAINT calibration_fits_status_check CHECK ((status = ANY (ARRAY['running'::text, 'succeeded'::text, 'failed'::text])))
calibration_fits CONSTRAINT calibration_fits_trigger_check CHECK ((trigger = ANY (ARRAY['manual'::text, 'submissions'::text, 'nightly'::text])))
calibration_fits.aggregated_at timestamp with time zone
calibration_fits.error text
calibration_fits.finished_at timestamp with time zone
calibration_fits.id bigint NOT NULL
calibration_fits.inputs jsonb NOT NULL DEFAULT '{}'::jsonb
calibration_fits.requested_by uuid
calibration_fits.results jsonb
calibration_fits.started_at timestamp with time zone NOT NULL DEFAULT now()
calibration_fits.status text NOT NULL DEFAULT 'running'::text
calibration_fits.submitted_scorecards integer NOT NULL
calibration_fits.trigger text NOT NULL
calibration_interviewer_months CONSTRAINT calibration_interviewer_months_fit_id_interviewer_id_fkey FOREIGN KEY (fit_id, interviewer_id) REFERENCES calibration_interviewers(fit_id, interviewer_id) ON DELETE CASCADE
calibration_interviewer_months CONSTRAINT calibration_interviewer_months_month_check CHECK ((EXTRACT(day FROM month) = (1)::numeric))
calibration_interviewer_months CONSTRAINT calibration_interviewer_months_pkey PRIMARY KEY (fit_id, interviewer_id, month)
calibration_interviewer_months.fit_id bigint NOT NULL
calibration_interviewer_months.interviewer_id uuid NOT NULL
calibration_interviewer_months.leniency double precision
calibration_interviewer_months.linked_scorecards integer NOT NULL
calibration_interviewer_months.lower double precision
calibration_interviewer_months.month date NOT NULL
calibration_interviewer_months.scorecards integer NOT NULL
calibration_interviewer_months.standard_error double precision
calibration_interviewer_months.upper double precision
calibration_interviewers CONSTRAINT calibration_interviewers_fit_id_fkey FOREIGN KEY (fit_id) REFERENCES calibration_fits(id) ON DELETE CASCADE
calibration_interviewers CONSTRAINT calibration_interviewers_interviewer_id_fkey FOREIGN KEY (interviewer_id) REFERENCES users(id)
calibration_interviewers CONSTRAINT calibration_interviewers_pkey PRIMARY KEY (fit_id, interviewer_id)
calibration_interviewers.agreement_correlation double precision
calibration_interviewers.agreement_mad double precision
calibration_interviewers.calibrated boolean NOT NULL
calibration_interviewers.categories jsonb NOT NULL DEFAULT '[]'::jsonb
calibration_interviewers.comparable boolean NOT NULL
calibration_interviewers.fit_id bigint NOT NULL
calibration_interviewers.halo_excess double precision
calibration_interviewers.interviewer_id uuid NOT NULL
calibration_interviewers.leniency double precision
calibration_interviewers.linked_scorecards integer NOT NULL
calibration_interviewers.lower double precision
calibration_interviewers.scorecards integer NOT NULL
calibration_interviewers.spread_ratio double precision
calibration_interviewers.standard_error double precision
calibration_interviewers.upper double precision
candidate_outcomes CONSTRAINT candidate_outcomes_average_handle_time_seconds_check CHECK (((average_handle_time_seconds >= 1) AND (average_handle_time_seconds <= 7200)))
candidate_outcomes CONSTRAINT candidate_outcomes_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES candidates(id) ON DELETE CASCADE
candidate_outcomes CONSTRAINT candidate_outcomes_csat_percent_check CHECK (((csat_percent >= (0)::double precision) AND (csat_percent <= (100)::double precision)))
candidate_outcomes CONSTRAINT candidate_outcomes_first_contact_resolution_percent_check CHECK (((first_contact_resolution_percent >= (0)::double precision) AND (first_contact_resolution_percent <= (100)::double precision)))
candidate_outcomes CONSTRAINT candidate_outcomes_nesting_qa_score_check CHECK (((nesting_qa_score >= (0)::double precision) AND (nesting_qa_score <= (100)::double precision)))
candidate_outcomes CONSTRAINT candidate_outcomes_pkey PRIMARY KEY (candidate_id)
candidate_outcomes CONSTRAINT candidate_outcomes_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES users(id) ON DELETE SET NULL
candidate_outcomes.average_handle_time_seconds integer
candidate_outcomes.candidate_id uuid NOT NULL
candidate_outcomes.csat_percent double precision
candidate_outcomes.employed_at_30_days boolean
candidate_outcomes.employed_at_90_days boolean
candidate_outcomes.first_contact_resolution_percent double precision
candidate_outcomes.nesting_qa_score double precision
candidate_outcomes.recorded_at timestamp with time zone NOT NULL DEFAULT now()
candidate_outcomes.recorded_by uuid
candidate_outcomes_revision CONSTRAINT candidate_outcomes_revision_id_check CHECK (id)
candidate_outcomes_revision CONSTRAINT candidate_outcomes_revision_pkey PRIMARY KEY (id)
candidate_outcomes_revision.id boolean NOT NULL DEFAULT true
candidate_outcomes_revision.revision bigint NOT NULL
candidate_stage_events CONSTRAINT candidate_stage_events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES users(id)
candidate_stage_events CONSTRAINT candidate_stage_events_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES candidates(id) ON DELETE CASCADE
candidate_stage_events CONSTRAINT candidate_stage_events_pkey PRIMARY KEY (id)
candidate_stage_events.actor_id uuid
candidate_stage_events.candidate_id uuid NOT NULL
candidate_stage_events.created_at timestamp with time zone NOT NULL DEFAULT now()
candidate_stage_events.from_stage text
candidate_stage_events.id uuid NOT NULL DEFAULT gen_random_uuid()
candidate_stage_events.reason text
candidate_stage_events.to_stage text NOT NULL
candidates CONSTRAINT candidates_job_id_fkey FOREIGN KEY (job_id) REFERENCES jobs(id)
candidates CONSTRAINT candidates_pkey PRIMARY KEY (id)
candidates CONSTRAINT candidates_stage_check CHECK ((stage = ANY (ARRAY['applied'::text, 'screening'::text, 'interviewing'::text, 'offer'::text, 'hired'::text, 'rejected'::text, 'withdrawn'::text])))
candidates CONSTRAINT candidates_typing_wpm_check CHECK (((typing_wpm >= 0) AND (typing_wpm <= 250)))
candidates.corrected_score numeric(6,3)
candidates.created_at timestamp with time zone NOT NULL DEFAULT now()
candidates.email text NOT NULL
candidates.id uuid NOT NULL DEFAULT gen_random_uuid()
candidates.job_id uuid
candidates.knock_outs jsonb NOT NULL DEFAULT '[]'::jsonb
candidates.languages jsonb NOT NULL DEFAULT '[]'::jsonb
candidates.name text NOT NULL
candidates.notes text NOT NULL DEFAULT ''::text
candidates.panel_split boolean NOT NULL DEFAULT false
candidates.phone text
candidates.score numeric(6,3)
candidates.shift_availability text[] NOT NULL DEFAULT '{}'::text[]
candidates.source text
candidates.stage text NOT NULL DEFAULT 'applied'::text
candidates.stage_changed_at timestamp with time zone NOT NULL DEFAULT now()
candidates.typing_wpm integer
candidates.updated_at timestamp with time zone NOT NULL DEFAULT now()
candidates.version integer NOT NULL DEFAULT 1
email_outbox CONSTRAINT email_outbox_idempotency_key UNIQUE (idempotency_key)
email_outbox CONSTRAINT email_outbox_kind_check CHECK ((kind = ANY (ARRAY['notification'::text, 'invitation'::text, 'digest'::text])))
email_outbox CONSTRAINT email_outbox_pkey PRIMARY KEY (id)
email_outbox CONSTRAINT email_outbox_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'sent'::text, 'failed'::text])))
email_outbox CONSTRAINT email_outbox_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE SET NULL
email_outbox.attachments jsonb NOT NULL DEFAULT '[]'::jsonb
email_outbox.attempts integer NOT NULL DEFAULT 0
email_outbox.created_at timestamp with time zone NOT NULL DEFAULT now()
email_outbox.html_body text
email_outbox.id uuid NOT NULL DEFAULT gen_random_uuid()
email_outbox.idempotency_key text NOT NULL
email_outbox.kind text NOT NULL
email_outbox.last_error text
email_outbox.next_attempt_at timestamp with time zone NOT NULL DEFAULT now()
email_outbox.recipient text NOT NULL
email_outbox.sent_at timestamp with time zone
email_outbox.status text NOT NULL DEFAULT 'queued'::text
email_outbox.subject text NOT NULL
email_outbox.text_body text NOT NULL
email_outbox.user_id uuid
fit_hire_scores CONSTRAINT fit_hire_scores_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES candidates(id) ON DELETE CASCADE
fit_hire_scores CONSTRAINT fit_hire_scores_fit_id_fkey FOREIGN KEY (fit_id) REFERENCES calibration_fits(id) ON DELETE CASCADE
fit_hire_scores CONSTRAINT fit_hire_scores_job_id_fkey FOREIGN KEY (job_id) REFERENCES jobs(id) ON DELETE CASCADE
fit_hire_scores CONSTRAINT fit_hire_scores_pkey PRIMARY KEY (fit_id, rubric_id, candidate_id)
fit_hire_scores CONSTRAINT fit_hire_scores_rubric_id_fkey FOREIGN KEY (rubric_id) REFERENCES rubrics(id) ON DELETE CASCADE
fit_hire_scores.candidate_id uuid NOT NULL
fit_hire_scores.corrected_score double precision
fit_hire_scores.fit_id bigint NOT NULL
fit_hire_scores.job_id uuid NOT NULL
fit_hire_scores.rubric_id uuid NOT NULL
fit_hire_scores.scores bytea NOT NULL
fit_job_rubric_statistics CONSTRAINT fit_job_rubric_statistics_fit_id_fkey FOREIGN KEY (fit_id) REFERENCES calibration_fits(id) ON DELETE CASCADE
fit_job_rubric_statistics CONSTRAINT fit_job_rubric_statistics_job_id_fkey FOREIGN KEY (job_id) REFERENCES jobs(id) ON DELETE CASCADE
fit_job_rubric_statistics CONSTRAINT fit_job_rubric_statistics_pkey PRIMARY KEY (fit_id, rubric_id, job_id)
fit_job_rubric_statistics CONSTRAINT fit_job_rubric_statistics_rubric_id_fkey FOREIGN KEY (rubric_id) REFERENCES rubrics(id) ON DELETE CASCADE
fit_job_rubric_statistics.applicants integer NOT NULL
fit_job_rubric_statistics.corrected_score_sum double precision NOT NULL
fit_job_rubric_statistics.corrected_score_sum_of_squares double precision NOT NULL
fit_job_rubric_statistics.corrected_scores integer NOT NULL
fit_job_rubric_statistics.fit_id bigint NOT NULL
fit_job_rubric_statistics.job_id uuid NOT NULL
fit_job_rubric_statistics.panels integer NOT NULL
fit_job_rubric_statistics.rubric_id uuid NOT NULL
fit_job_rubric_statistics.scorecards integer NOT NULL
fit_lineage_statistics CONSTRAINT fit_lineage_statistics_fit_id_fkey FOREIGN KEY (fit_id) REFERENCES calibration_fits(id) ON DELETE CASCADE
fit_lineage_statistics CONSTRAINT fit_lineage_statistics_job_id_fkey FOREIGN KEY (job_id) REFERENCES jobs(id) ON DELETE CASCADE
fit_lineage_statistics CONSTRAINT fit_lineage_statistics_kind_check CHECK ((kind = ANY (ARRAY['category'::text, 'question'::text])))
fit_lineage_statistics CONSTRAINT fit_lineage_statistics_pkey PRIMARY KEY (fit_id, rubric_id, job_id, lineage_id)
fit_lineage_statistics CONSTRAINT fit_lineage_statistics_rubric_id_fkey FOREIGN KEY (rubric_id) REFERENCES rubrics(id) ON DELETE CASCADE
fit_lineage_statistics.asked integer NOT NULL DEFAULT 0
fit_lineage_statistics.distribution integer[] NOT NULL DEFAULT '{0,0,0,0,0}'::integer[]
fit_lineage_statistics.fit_id bigint NOT NULL
fit_lineage_statistics.item_rest jsonb
fit_lineage_statistics.job_id uuid NOT NULL
fit_lineage_statistics.kind text NOT NULL
fit_lineage_statistics.lineage_id uuid NOT NULL
fit_lineage_statistics.not_asked integer NOT NULL DEFAULT 0
fit_lineage_statistics.panel jsonb
fit_lineage_statistics.position smallint NOT NULL
fit_lineage_statistics.rating_sum double precision NOT NULL DEFAULT 0
fit_lineage_statistics.rubric_id uuid NOT NULL
fit_lineage_statistics.scored_candidates integer NOT NULL
fit_lineage_statistics.weeks jsonb
idempotency_keys CONSTRAINT idempotency_keys_pkey PRIMARY KEY (scope, key)
idempotency_keys.created_at timestamp with time zone NOT NULL DEFAULT now()
idempotency_keys.key text NOT NULL
idempotency_keys.request_hash text NOT NULL
idempotency_keys.response_body jsonb
idempotency_keys.response_headers jsonb NOT NULL DEFAULT '{}'::jsonb
idempotency_keys.scope text NOT NULL
idempotency_keys.status_code integer NOT NULL
interview_rounds CONSTRAINT interview_rounds_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES candidates(id) ON DELETE CASCADE
interview_rounds CONSTRAINT interview_rounds_job_id_fkey FOREIGN KEY (job_id) REFERENCES jobs(id)
interview_rounds CONSTRAINT interview_rounds_pkey PRIMARY KEY (id)
interview_rounds CONSTRAINT interview_rounds_rubric_version_id_fkey FOREIGN KEY (rubric_version_id) REFERENCES rubric_versions(id)
interview_rounds CONSTRAINT interview_rounds_status_check CHECK ((status = ANY (ARRAY['scheduled'::text, 'completed'::text, 'cancelled'::text, 'no_show'::text])))
interview_rounds.candidate_id uuid NOT NULL
interview_rounds.created_at timestamp with time zone NOT NULL DEFAULT now()
interview_rounds.id uuid NOT NULL DEFAULT gen_random_uuid()
interview_rounds.job_id uuid NOT NULL
interview_rounds.name text NOT NULL
interview_rounds.panel_split boolean NOT NULL DEFAULT false
interview_rounds.rubric_version_id uuid NOT NULL
interview_rounds.scheduled_at timestamp with time zone NOT NULL
interview_rounds.score double precision
interview_rounds.status text NOT NULL DEFAULT 'scheduled'::text
interview_rounds.updated_at timestamp with time zone NOT NULL DEFAULT now()
interview_rounds.version integer NOT NULL DEFAULT 1
job_hiring_managers CONSTRAINT job_hiring_managers_job_id_fkey FOREIGN KEY (job_id) REFERENCES jobs(id) ON DELETE CASCADE
job_hiring_managers CONSTRAINT job_hiring_managers_pkey PRIMARY KEY (job_id, user_id)
job_hiring_managers CONSTRAINT job_hiring_managers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id)
job_hiring_managers.job_id uuid NOT NULL
job_hiring_managers.user_id uuid NOT NULL
job_plan_round_interviewers CONSTRAINT job_plan_round_interviewers_pkey PRIMARY KEY (plan_round_id, user_id)
job_plan_round_interviewers CONSTRAINT job_plan_round_interviewers_plan_round_id_fkey FOREIGN KEY (plan_round_id) REFERENCES job_plan_rounds(id) ON DELETE CASCADE
job_plan_round_interviewers CONSTRAINT job_plan_round_interviewers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id)
job_plan_round_interviewers.plan_round_id uuid NOT NULL
job_plan_round_interviewers.position integer NOT NULL
job_plan_round_interviewers.user_id uuid NOT NULL
job_plan_rounds CONSTRAINT job_plan_rounds_job_id_fkey FOREIGN KEY (job_id) REFERENCES jobs(id) ON DELETE CASCADE
job_plan_rounds CONSTRAINT job_plan_rounds_pkey PRIMARY KEY (id)
job_plan_rounds CONSTRAINT job_plan_rounds_rubric_id_fkey FOREIGN KEY (rubric_id) REFERENCES rubrics(id)
job_plan_rounds.id uuid NOT NULL DEFAULT gen_random_uuid()
job_plan_rounds.job_id uuid NOT NULL
job_plan_rounds.name text NOT NULL
job_plan_rounds.position integer NOT NULL
job_plan_rounds.rubric_id uuid NOT NULL
jobs CONSTRAINT jobs_feedback_due_hours_check CHECK (((feedback_due_hours >= 1) AND (feedback_due_hours <= 720)))
jobs CONSTRAINT jobs_headcount_check CHECK ((headcount > 0))
jobs CONSTRAINT jobs_knock_out_min_language_level_check CHECK ((knock_out_min_language_level = ANY (ARRAY['A1'::text, 'A2'::text, 'B1'::text, 'B2'::text, 'C1'::text, 'C2'::text])))
jobs CONSTRAINT jobs_knock_out_min_typing_wpm_check CHECK (((knock_out_min_typing_wpm >= 1) AND (knock_out_min_typing_wpm <= 250)))
jobs CONSTRAINT jobs_pkey PRIMARY KEY (id)
jobs CONSTRAINT jobs_shift_check CHECK ((shift = ANY (ARRAY['day'::text, 'mid'::text, 'night'::text, 'rotating'::text, 'flexible'::text])))
jobs CONSTRAINT jobs_status_check CHECK ((status = ANY (ARRAY['open'::text, 'on_hold'::text, 'closed'::text])))
jobs.client_program text NOT NULL
jobs.created_at timestamp with time zone NOT NULL DEFAULT now()
jobs.feedback_due_hours integer
jobs.headcount integer NOT NULL
jobs.id uuid NOT NULL DEFAULT gen_random_uuid()
jobs.knock_out_min_language_level text
jobs.knock_out_min_typing_wpm smallint
jobs.knock_out_requires_shift boolean NOT NULL DEFAULT false
jobs.language text NOT NULL
jobs.shift text NOT NULL
jobs.site text NOT NULL
jobs.status text NOT NULL DEFAULT 'open'::text
jobs.title text NOT NULL
jobs.updated_at timestamp with time zone NOT NULL DEFAULT now()
live_events CONSTRAINT live_events_pkey PRIMARY KEY (id)
live_events.candidate_id uuid
live_events.created_at timestamp with time zone NOT NULL DEFAULT now()
live_events.data jsonb NOT NULL DEFAULT '{}'::jsonb
live_events.id bigint NOT NULL DEFAULT nextval('live_events_id_seq'::regclass)
live_events.job_id uuid
live_events.kind text NOT NULL
live_events.round_id uuid
login_failures CONSTRAINT login_failures_pkey PRIMARY KEY (id)
login_failures.created_at timestamp with time zone NOT NULL DEFAULT now()
login_failures.device text
login_failures.email text NOT NULL
login_failures.id bigint NOT NULL
login_failures.ip text NOT NULL
notification_preferences CONSTRAINT notification_preferences_pkey PRIMARY KEY (user_id)
notification_preferences CONSTRAINT notification_preferences_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
notification_preferences.daily_digest boolean NOT NULL DEFAULT false
notification_preferences.email boolean NOT NULL DEFAULT true
notification_preferences.in_app boolean NOT NULL DEFAULT true
notification_preferences.updated_at timestamp with time zone NOT NULL DEFAULT now()
notification_preferences.user_id uuid NOT NULL
notifications CONSTRAINT notifications_kind_check CHECK ((kind = ANY (ARRAY['reminder'::text, 'escalation'::text, 'manual_reminder'::text, 'round_reminder'::text, 'webhook_disabled'::text])))
notifications CONSTRAINT notifications_pkey PRIMARY KEY (id)
notifications CONSTRAINT notifications_scorecard_id_fkey FOREIGN KEY (scorecard_id) REFERENCES scorecards(id) ON DELETE CASCADE
notifications CONSTRAINT notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
notifications.body text NOT NULL DEFAULT ''::text
notifications.created_at timestamp with time zone NOT NULL DEFAULT now()
notifications.dedupe_key text
notifications.id uuid NOT NULL DEFAULT gen_random_uuid()
notifications.kind text NOT NULL
notifications.link text
notifications.read_at timestamp with time zone
notifications.scorecard_id uuid
notifications.title text NOT NULL
notifications.user_id uuid NOT NULL
password_reset_tokens CONSTRAINT password_reset_tokens_created_by_fkey FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE SET NULL
password_reset_tokens CONSTRAINT password_reset_tokens_pkey PRIMARY KEY (token_hash)
password_reset_tokens CONSTRAINT password_reset_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
password_reset_tokens.created_at timestamp with time zone NOT NULL DEFAULT now()
password_reset_tokens.created_by uuid
password_reset_tokens.expires_at timestamp with time zone NOT NULL
password_reset_tokens.revoked_at timestamp with time zone
password_reset_tokens.token_hash text NOT NULL
password_reset_tokens.used_at timestamp with time zone
password_reset_tokens.user_id uuid NOT NULL
reminder_sweeps CONSTRAINT reminder_sweeps_id_check CHECK (id)
reminder_sweeps CONSTRAINT reminder_sweeps_pkey PRIMARY KEY (id)
reminder_sweeps.armed_through timestamp with time zone NOT NULL
reminder_sweeps.id boolean NOT NULL DEFAULT true
round_reminder_sweeps CONSTRAINT round_reminder_sweeps_id_check CHECK (id)
round_reminder_sweeps CONSTRAINT round_reminder_sweeps_pkey PRIMARY KEY (id)
round_reminder_sweeps.id boolean NOT NULL DEFAULT true
round_reminder_sweeps.looked_through timestamp with time zone NOT NULL
rubric_categories CONSTRAINT rubric_categories_pkey PRIMARY KEY (id)
rubric_categories CONSTRAINT rubric_categories_rubric_version_id_fkey FOREIGN KEY (rubric_version_id) REFERENCES rubric_versions(id) ON DELETE CASCADE
rubric_categories CONSTRAINT rubric_categories_weight_check CHECK ((weight >= (0)::numeric))
rubric_categories.description text NOT NULL DEFAULT ''::text
rubric_categories.id uuid NOT NULL DEFAULT gen_random_uuid()
rubric_categories.lineage_id uuid NOT NULL
rubric_categories.name text NOT NULL
rubric_categories.position integer NOT NULL
rubric_categories.rubric_version_id uuid NOT NULL
rubric_categories.weight numeric(6,3) NOT NULL
rubric_questions CONSTRAINT rubric_questions_anchors_check CHECK ((cardinality(anchors) = 5))
rubric_questions CONSTRAINT rubric_questions_category_id_fkey FOREIGN KEY (category_id) REFERENCES rubric_categories(id) ON DELETE CASCADE
rubric_questions CONSTRAINT rubric_questions_knock_out_min_rating_check CHECK (((knock_out_min_rating >= 2) AND (knock_out_min_rating <= 5)))
rubric_questions CONSTRAINT rubric_questions_pkey PRIMARY KEY (id)
rubric_questions CONSTRAINT rubric_questions_rubric_version_id_fkey FOREIGN KEY (rubric_version_id) REFERENCES rubric_versions(id) ON DELETE CASCADE
rubric_questions.anchors text[] NOT NULL
rubric_questions.category_id uuid NOT NULL
rubric_questions.follow_ups text[] NOT NULL DEFAULT '{}'::text[]
rubric_questions.guidance text NOT NULL DEFAULT ''::text
rubric_questions.id uuid NOT NULL DEFAULT gen_random_uuid()
rubric_questions.knock_out_min_rating smallint
rubric_questions.lineage_id uuid NOT NULL
rubric_questions.position integer NOT NULL
rubric_questions.rubric_version_id uuid NOT NULL
rubric_questions.text text NOT NULL
rubric_versions CONSTRAINT rubric_versions_pkey PRIMARY KEY (id)
rubric_versions CONSTRAINT rubric_versions_published_at_check CHECK (((status = 'published'::text) = (published_at IS NOT NULL)))
rubric_versions CONSTRAINT rubric_versions_rubric_id_fkey FOREIGN KEY (rubric_id) REFERENCES rubrics(id) ON DELETE CASCADE
rubric_versions CONSTRAINT rubric_versions_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'published'::text])))
rubric_versions CONSTRAINT rubric_versions_version_check CHECK ((version > 0))
rubric_versions.created_at timestamp with time zone NOT NULL DEFAULT now()
rubric_versions.id uuid NOT NULL DEFAULT gen_random_uuid()
rubric_versions.published_at timestamp with time zone
rubric_versions.revision integer NOT NULL DEFAULT 1
rubric_versions.rubric_id uuid NOT NULL
rubric_versions.status text NOT NULL
rubric_versions.updated_at timestamp with time zone NOT NULL DEFAULT now()
rubric_versions.version integer NOT NULL
rubrics CONSTRAINT rubrics_pkey PRIMARY KEY (id)
rubrics.created_at timestamp with time zone NOT NULL DEFAULT now()
rubrics.description text NOT NULL DEFAULT ''::text
rubrics.id uuid NOT NULL DEFAULT gen_random_uuid()
rubrics.name text NOT NULL
scorecard_answers CONSTRAINT scorecard_answers_not_asked_check CHECK ((NOT (not_asked AND (rating IS NOT NULL))))
scorecard_answers CONSTRAINT scorecard_answers_pkey PRIMARY KEY (scorecard_id, question_id)
scorecard_answers CONSTRAINT scorecard_answers_question_id_fkey FOREIGN KEY (question_id) REFERENCES rubric_questions(id)
scorecard_answers CONSTRAINT scorecard_answers_rating_check CHECK (((rating >= 1) AND (rating <= 5)))
scorecard_answers CONSTRAINT scorecard_answers_scorecard_id_fkey FOREIGN KEY (scorecard_id) REFERENCES scorecards(id) ON DELETE CASCADE
scorecard_answers.not_asked boolean NOT NULL DEFAULT false
scorecard_answers.note text NOT NULL DEFAULT ''::text
scorecard_answers.question_id uuid NOT NULL
scorecard_answers.rating smallint
scorecard_answers.scorecard_id uuid NOT NULL
scorecard_answers.updated_at timestamp with time zone NOT NULL DEFAULT now()
scorecard_answers.version integer NOT NULL DEFAULT 1
scorecard_reminders CONSTRAINT scorecard_reminders_pkey PRIMARY KEY (scorecard_id)
scorecard_reminders CONSTRAINT scorecard_reminders_scorecard_id_fkey FOREIGN KEY (scorecard_id) REFERENCES scorecards(id) ON DELETE CASCADE
scorecard_reminders.created_at timestamp with time zone NOT NULL DEFAULT now()
scorecard_reminders.last_manual_at timestamp with time zone
scorecard_reminders.last_reminded_at timestamp with time zone
scorecard_reminders.next_at timestamp with time zone
scorecard_reminders.scorecard_id uuid NOT NULL
scorecards CONSTRAINT scorecards_interviewer_id_fkey FOREIGN KEY (interviewer_id) REFERENCES users(id)
scorecards CONSTRAINT scorecards_pkey PRIMARY KEY (id)
scorecards CONSTRAINT scorecards_recommendation_check CHECK ((recommendation = ANY (ARRAY['strong_no'::text, 'no'::text, 'yes'::text, 'strong_yes'::text])))
scorecards CONSTRAINT scorecards_round_id_fkey FOREIGN KEY (round_id) REFERENCES interview_rounds(id) ON DELETE CASCADE
scorecards CONSTRAINT scorecards_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'submitted'::text, 'declined'::text])))
scorecards.category_answered smallint[]
scorecards.category_lineages uuid[]
scorecards.category_ratings real[]
scorecards.created_at timestamp with time zone NOT NULL DEFAULT now()
scorecards.declined_reason text
scorecards.id uuid NOT NULL DEFAULT gen_random_uuid()
scorecards.interviewer_id uuid NOT NULL
scorecards.recommendation text
scorecards.round_id uuid NOT NULL
scorecards.status text NOT NULL DEFAULT 'draft'::text
scorecards.submitted_at timestamp with time zone
scorecards.summary text NOT NULL DEFAULT ''::text
scorecards.updated_at timestamp with time zone NOT NULL DEFAULT now()
scorecards.version integer NOT NULL DEFAULT 1
sessions CONSTRAINT sessions_pkey PRIMARY KEY (id_hash)
sessions CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
sessions.created_at timestamp with time zone NOT NULL DEFAULT now()
sessions.csrf_token text NOT NULL
sessions.expires_at timestamp with time zone NOT NULL
sessions.id_hash text NOT NULL
sessions.last_seen_at timestamp with time zone NOT NULL DEFAULT now()
sessions.user_id uuid NOT NULL
sso_settings CONSTRAINT sso_settings_id_check CHECK (id)
sso_settings CONSTRAINT sso_settings_pkey PRIMARY KEY (id)
sso_settings CONSTRAINT sso_settings_provision_role_check CHECK ((provision_role = ANY (ARRAY['interviewer'::text, 'recruiter'::text, 'hiring_manager'::text])))
sso_settings CONSTRAINT sso_settings_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES users(id) ON DELETE SET NULL
sso_settings.id boolean NOT NULL DEFAULT true
sso_settings.provision_role text
sso_settings.updated_at timestamp with time zone
sso_settings.updated_by uuid
user_identities CONSTRAINT user_identities_issuer_subject_key UNIQUE (issuer, subject)
user_identities CONSTRAINT user_identities_pkey PRIMARY KEY (id)
user_identities CONSTRAINT user_identities_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
user_identities CONSTRAINT user_identities_user_issuer_key UNIQUE (user_id, issuer)
user_identities.created_at timestamp with time zone NOT NULL DEFAULT now()
user_identities.email text NOT NULL
user_identities.id uuid NOT NULL DEFAULT gen_random_uuid()
user_identities.issuer text NOT NULL
user_identities.last_sign_in_at timestamp with time zone NOT NULL DEFAULT now()
user_identities.subject text NOT NULL
user_identities.user_id uuid NOT NULL
users CONSTRAINT users_pkey PRIMARY KEY (id)
users CONSTRAINT users_role_check CHECK ((role = ANY (ARRAY['admin'::text, 'recruiter'::text, 'hiring_manager'::text, 'interviewer'::text])))
users.active boolean NOT NULL DEFAULT true
users.created_at timestamp with time zone NOT NULL DEFAULT now()
users.email text NOT NULL
users.id uuid NOT NULL DEFAULT gen_random_uuid()
users.name text NOT NULL
users.password_hash text
users.role text NOT NULL
users.updated_at timestamp with time zone NOT NULL DEFAULT now()
webhook_deliveries CONSTRAINT webhook_deliveries_check CHECK (((status = 'pending'::text) = (next_attempt_at IS NOT NULL)))
webhook_deliveries CONSTRAINT webhook_deliveries_endpoint_id_fkey FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints(id) ON DELETE CASCADE
webhook_deliveries CONSTRAINT webhook_deliveries_event_id_fkey FOREIGN KEY (event_id) REFERENCES webhook_events(id) ON DELETE CASCADE
webhook_deliveries CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (id)
webhook_deliveries CONSTRAINT webhook_deliveries_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'delivered'::text, 'failed'::text])))
webhook_deliveries.attempts integer NOT NULL DEFAULT 0
webhook_deliveries.created_at timestamp with time zone NOT NULL DEFAULT now()
webhook_deliveries.duration_ms integer
webhook_deliveries.endpoint_id uuid NOT NULL
webhook_deliveries.error text
webhook_deliveries.event_id uuid NOT NULL
webhook_deliveries.id uuid NOT NULL DEFAULT gen_random_uuid()
webhook_deliveries.last_attempt_at timestamp with time zone
webhook_deliveries.next_attempt_at timestamp with time zone
webhook_deliveries.response_body text
webhook_deliveries.seq bigint NOT NULL DEFAULT nextval('webhook_deliveries_seq_seq'::regclass)
webhook_deliveries.status text NOT NULL DEFAULT 'pending'::text
webhook_deliveries.status_code integer
webhook_deliveries.subject_id text NOT NULL
webhook_endpoints CONSTRAINT webhook_endpoints_created_by_fkey FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE SET NULL
webhook_endpoints CONSTRAINT webhook_endpoints_disabled_reason_check CHECK ((disabled_reason = ANY (ARRAY['manual'::text, 'failing'::text])))
webhook_endpoints CONSTRAINT webhook_endpoints_pkey PRIMARY KEY (id)
webhook_endpoints CONSTRAINT webhook_endpoints_url_check CHECK ((length(url) <= 2048))
webhook_endpoints.created_at timestamp with time zone NOT NULL DEFAULT now()
webhook_endpoints.created_by uuid
webhook_endpoints.description text NOT NULL DEFAULT ''::text
webhook_endpoints.disabled_reason text
webhook_endpoints.enabled boolean NOT NULL DEFAULT true
webhook_endpoints.events text[] NOT NULL
webhook_endpoints.failing_since timestamp with time zone
webhook_endpoints.id uuid NOT NULL DEFAULT gen_random_uuid()
webhook_endpoints.secret text NOT NULL
webhook_endpoints.updated_at timestamp with time zone NOT NULL DEFAULT now()
webhook_endpoints.url text NOT NULL
webhook_events CONSTRAINT webhook_events_pkey PRIMARY KEY (id)
webhook_events.created_at timestamp with time zone NOT NULL DEFAULT now()
webhook_events.id uuid NOT NULL DEFAULT gen_random_uuid()
webhook_events.payload jsonb NOT NULL
webhook_events.subject_id text NOT NULL
webhook_events.type text NOT NULL
