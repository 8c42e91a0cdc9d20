/**
 * Knock-out rules as SQL (issue 21), the one place that decides whether a candidate misses one.
 * Kept apart from the repository because the scoring repository stores them in the same
 * statement as the candidate's scores.
 *
 * A job's minimum facts, for a candidate row `c` (columns languages, shift_availability,
 * typing_wpm) and rule values given as SQL expressions (a job's columns, or a what-if's
 * parameters):
 * - language: the candidate's best level in the job's language (case aside) must reach the
 *   minimum; a language not listed is a miss ("not recorded").
 * - shift: the candidate's availability must hold the job's shift or "flexible"; a job on a
 *   flexible shift takes any stated availability.
 * - typing: the candidate's WPM must reach the minimum; none recorded is a miss.
 */
export interface FactRulesSql {
  language: string;
  shift: string;
  minLanguageLevel: string;
  requireShift: string;
  minTypingWpm: string;
}

/** A job's own rules, for a `jobs` row aliased `j`. */
export const jobFactRules: FactRulesSql = {
  language: 'j.language',
  shift: 'j.shift',
  minLanguageLevel: 'j.knock_out_min_language_level',
  requireShift: 'j.knock_out_requires_shift',
  minTypingWpm: 'j.knock_out_min_typing_wpm',
};

/** The candidate's best CEFR level in a language (levels sort as text: A1 < A2 < … < C2). */
const languageLevelSql = (c: string, language: string) =>
  `(SELECT max(spoken->>'level') FROM jsonb_array_elements(${c}.languages) spoken
     WHERE lower(spoken->>'language') = lower(${language}))`;

export const missesLanguageSql = (c: string, rules: FactRulesSql) =>
  `(${rules.minLanguageLevel} IS NOT NULL
    AND COALESCE(${languageLevelSql(c, rules.language)} < ${rules.minLanguageLevel}, true))`;

export const missesShiftSql = (c: string, rules: FactRulesSql) =>
  `(${rules.requireShift}
    AND NOT (${rules.shift}::text = ANY (${c}.shift_availability)
             OR 'flexible' = ANY (${c}.shift_availability)
             OR (${rules.shift}::text = 'flexible' AND cardinality(${c}.shift_availability) > 0)))`;

export const missesTypingSql = (c: string, rules: FactRulesSql) =>
  `(${rules.minTypingWpm} IS NOT NULL
    AND COALESCE(${c}.typing_wpm < ${rules.minTypingWpm}, true))`;

/**
 * Every rule candidate `c` misses, as the JSON array the contracts' `knockOutSchema` reads: the
 * facts of their current job first, then each round whose panel's mean rating of a knock-out
 * question (on the round's pinned version, submitted scorecards only) is below its minimum, in
 * the order the rounds were held and the questions asked.
 */
export const knockOutsSql = (c: string) => `(
  SELECT COALESCE(jsonb_agg(missed.knock_out ORDER BY missed.sort_1, missed.sort_2, missed.sort_3), '[]'::jsonb)
    FROM (
      SELECT jsonb_build_object('kind', 'language', 'language', j.language,
                                'minLevel', j.knock_out_min_language_level,
                                'level', ${languageLevelSql(c, 'j.language')}) AS knock_out,
             '-infinity'::timestamptz AS sort_1, 1 AS sort_2, 0 AS sort_3
        FROM jobs j WHERE j.id = ${c}.job_id AND ${missesLanguageSql(c, jobFactRules)}
      UNION ALL
      SELECT jsonb_build_object('kind', 'shift', 'shift', j.shift), '-infinity', 2, 0
        FROM jobs j WHERE j.id = ${c}.job_id AND ${missesShiftSql(c, jobFactRules)}
      UNION ALL
      SELECT jsonb_build_object('kind', 'typing', 'minWpm', j.knock_out_min_typing_wpm,
                                'wpm', ${c}.typing_wpm), '-infinity', 3, 0
        FROM jobs j WHERE j.id = ${c}.job_id AND ${missesTypingSql(c, jobFactRules)}
      UNION ALL
      SELECT jsonb_build_object('kind', 'question', 'roundId', r.id, 'roundName', r.name,
                                'questionId', q.id, 'question', q.text,
                                'minRating', q.knock_out_min_rating,
                                'rating', round(avg(a.rating), 2)::float8),
             r.scheduled_at, cat.position, q.position
        FROM interview_rounds r
        JOIN rubric_questions q ON q.rubric_version_id = r.rubric_version_id
                               AND q.knock_out_min_rating IS NOT NULL
        JOIN rubric_categories cat ON cat.id = q.category_id
        JOIN scorecards s ON s.round_id = r.id AND s.status = 'submitted'
        JOIN scorecard_answers a ON a.scorecard_id = s.id AND a.question_id = q.id
                                AND a.rating IS NOT NULL
       WHERE r.candidate_id = ${c}.id
       GROUP BY r.id, q.id, cat.position
      HAVING avg(a.rating) < q.knock_out_min_rating
    ) AS missed)`;

/**
 * Whether candidate `c` is knocked out as a viewer may know it: a question's knock-out speaks
 * of ratings, so it does not count where the viewer may not see the score (`hiddenScores`: SQL
 * for the ids of those candidates, or null when the viewer sees every score).
 */
export const knockedOutSql = (c: string, hiddenScores: string | null) =>
  hiddenScores
    ? `EXISTS (SELECT 1 FROM jsonb_array_elements(${c}.knock_outs) missed
                WHERE missed->>'kind' <> 'question' OR ${c}.id <> ALL (${hiddenScores}))`
    : `(${c}.knock_outs <> '[]'::jsonb)`;
