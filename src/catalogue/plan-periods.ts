/*
 * How a ministry's plans follow one another: by period, each one's previous plan being the plan of
 * the latest period before its own. The build, the import and « Verser un plan » all read it here.
 */

/** A ministry's plan of the latest period before this plan's own, if it has one. */
export function previousPlan<P extends { ministry: string; period: string }>(
  plans: readonly P[],
  plan: { ministry: string; period: string },
): P | undefined {
  return plans
    .filter((other) => other.ministry === plan.ministry && other.period.localeCompare(plan.period) < 0)
    .sort((a, b) => b.period.localeCompare(a.period))[0];
}
