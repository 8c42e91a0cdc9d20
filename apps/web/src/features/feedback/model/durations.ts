/** "3 d 4 h", "5 h", "40 min": how long, at the precision a recruiter acts on. */
export function formatHours(hours: number): string {
  const total = Math.abs(hours);
  if (total < 1) return `${Math.max(1, Math.round(total * 60))} min`;
  if (total < 24) return `${Math.round(total)} h`;
  const days = Math.floor(total / 24);
  const rest = Math.round(total - days * 24);
  return rest === 0 || days >= 7 ? `${days} d` : `${days} d ${rest} h`;
}

/** "2 d 4 h overdue" or "due in 5 h". */
export function formatOverdue(overdueHours: number): string {
  return overdueHours > 0
    ? `${formatHours(overdueHours)} overdue`
    : `due in ${formatHours(overdueHours)}`;
}
