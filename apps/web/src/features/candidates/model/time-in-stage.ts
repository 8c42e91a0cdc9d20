/** "Today", "1 day in stage", "12 days in stage": what a recruiter scans a column for. */
export function timeInStage(since: string, now = new Date()): string {
  const days = Math.floor((now.getTime() - new Date(since).getTime()) / 86_400_000);
  if (days < 1) return 'In stage today';
  return `${days} ${days === 1 ? 'day' : 'days'} in stage`;
}
