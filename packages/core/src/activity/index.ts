export {
  ACTIVITY_RANGE_PRESETS,
  USAGE_HISTORY_DAYS,
  activityRange,
  checkCustomRange,
  clampRange,
  isIsoDay,
  lastWeekRanges,
  rangeDays,
  usageHistory,
  type ActivityRangePreset,
  type CustomRangeCheck,
  type CustomRangeProblem,
} from './ranges.js';
export {
  ACTIVITY_METRICS,
  ACTIVITY_SERIES,
  dailyActivity,
  type ActivityMetric,
  type ActivitySeries,
  type DailyActivity,
} from './series.js';
export { weekSummary, type MetricWeek, type WeekSummary } from './summary.js';
