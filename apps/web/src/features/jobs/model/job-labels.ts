export const statusLabels = { open: 'Open', on_hold: 'On hold', closed: 'Closed' } as const;
export const shiftLabels = {
  day: 'Day',
  mid: 'Mid',
  night: 'Night',
  rotating: 'Rotating',
  flexible: 'Flexible',
} as const;
