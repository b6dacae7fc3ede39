export {
  ACTIVITY_RANGE_PRESETS,
  USAGE_HISTORY_DAYS,
  activityRange,
  clampRange,
  isIsoDay,
  lastWeekRanges,
  rangeDays,
  usageHistory,
  type ActivityRangePreset,
} from './ranges.js';
export {
  ACTIVITY_METRICS,
  dailyActivity,
  type ActivityMetric,
  type DailyActivity,
} from './series.js';
export { weekSummary, type MetricWeek, type WeekSummary } from './summary.js';
