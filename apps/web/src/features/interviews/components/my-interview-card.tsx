import { MyInterview } from '@calibrate/contracts';

import { InterviewStatusBadge } from './interview-status';
import classes from './my-interview-card.module.css';
import {
  hasRowActions,
  InterviewProgress,
  InterviewRowActions,
  InterviewWhen,
} from './my-interview-row';

/**
 * One of my rounds on a phone: the same facts and actions as a table row, stacked so nothing
 * scrolls sideways. Who first (the name an interviewer looks for), then when and the round.
 * Plain elements styled as Paper, Stack, Group and Text (my-interview-card.module.css): a phone
 * renders a list of these at start.
 */
export function MyInterviewCard({
  item,
  now,
  finished,
}: {
  item: MyInterview;
  now: Date;
  finished: boolean;
}) {
  return (
    <li className={classes.card} aria-label={`${item.candidateName}, ${item.roundName}`}>
      <div className={classes.line}>
        <div className={classes.shrink}>
          <p className={classes.name}>{item.candidateName}</p>
          <p className={`${classes.xs} ${classes.dimmed} ${classes.truncate}`}>{item.jobTitle}</p>
        </div>
        <div className={classes.fixed}>
          <InterviewStatusBadge item={item} />
        </div>
      </div>
      <div className={classes.line}>
        <div className={classes.shrink}>
          <p className={classes.sm}>{item.roundName}</p>
          {item.declinedReason && (
            <p className={`${classes.xs} ${classes.dimmed} ${classes.clamp2}`}>
              {item.declinedReason}
            </p>
          )}
        </div>
        <div className={classes.end}>
          <InterviewWhen item={item} now={now} />
        </div>
      </div>
      <InterviewProgress item={item} />
      {hasRowActions(item, finished) && (
        <div className={classes.actions}>
          <InterviewRowActions item={item} now={now} finished={finished} size="md" />
        </div>
      )}
    </li>
  );
}
