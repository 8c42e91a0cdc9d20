import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';

import { useMe } from '@/features/auth';

import { scaleLabel, ScaleMode } from '../model/heat-scale';
import { ScoreBasis } from '../model/score-basis';
import classes from './comparison.module.css';

const printedAtFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/**
 * What a printout says about itself (paper only): when and by whom it was printed, and how its
 * figures read, so a comparison passed around a debrief can be placed and trusted.
 */
export function PrintHeader({
  blind,
  scale,
  basis,
}: {
  blind: boolean;
  scale: ScaleMode;
  basis: ScoreBasis;
}) {
  const me = useMe().data?.user;
  const [printedAt, setPrintedAt] = useState(() => new Date());
  // The page may stay open for hours: the date is the moment of printing.
  useEffect(() => {
    const now = () => setPrintedAt(new Date());
    window.addEventListener('beforeprint', now);
    return () => window.removeEventListener('beforeprint', now);
  }, []);
  return (
    <Text size="sm" className={classes.printHeader}>
      Printed {printedAtFormat.format(printedAt)}
      {me ? ` by ${me.name}` : ''} · {basis === 'corrected' ? 'corrected for leniency' : 'raw'}{' '}
      totals, scale {scaleLabel(scale)}
      {blind ? ' · blind mode' : ''}
    </Text>
  );
}
