/**
 * The leniency-corrected score as SQL, the same rule as the comparison's roll-ups
 * (`comparison/score-roll-ups.ts`): a round's 0–100 score less 25 points per rating point of its
 * scorers' mean leniency in the latest successful fit, kept on 0–100; a candidate's corrected
 * score is the mean over their scored rounds. An interviewer without a comparable figure counts
 * as average (nothing taken out).
 */
export const POINTS_PER_RATING = 25;

/** The mean leniency of a round's submitted scorers: one probe of each scorer's fit row. */
const panelLeniencySql = (roundId: string) => `
  (SELECT COALESCE(avg(CASE WHEN ci.comparable THEN ci.leniency ELSE 0 END), 0)
     FROM scorecards s
     LEFT JOIN calibration_interviewers ci ON ci.interviewer_id = s.interviewer_id
           AND ci.fit_id = (SELECT max(f.id) FROM calibration_fits f WHERE f.status = 'succeeded')
    WHERE s.round_id = ${roundId} AND s.status = 'submitted')`;

/** One round's corrected 0–100 score from its stored 1–5 score (`score`) and id (`roundId`). */
export const correctedRoundScoreSql = (score: string, roundId: string) =>
  `LEAST(100, GREATEST(0, (${score} - 1) / 4 * 100 - ${POINTS_PER_RATING} * ${panelLeniencySql(roundId)}))`;

/**
 * A WITH clause `leniency(interviewer_id, leniency)`: what each interviewer's ratings are corrected
 * by, the latest successful fit's leniency, 0 without a comparable figure (the rule above). For
 * reports that correct single ratings (validity, question analysis).
 */
export const interviewerLeniencyCte = `leniency AS (
  SELECT ci.interviewer_id, CASE WHEN ci.comparable THEN ci.leniency ELSE 0 END AS leniency
    FROM calibration_interviewers ci
   WHERE ci.fit_id = (SELECT max(f.id) FROM calibration_fits f WHERE f.status = 'succeeded'))`;
