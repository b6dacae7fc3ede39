import type { Message } from '../base/messages.js';

/** English strings of `<hub-activity-chart>`. */
export const activityChartMessages = {
  'activityChart.metric.conversations': 'Messages',
  'activityChart.metric.expenses': 'Estimated expenses',
  'activityChart.perDay.conversations': 'Messages per day',
  // The guide's "Total Conversations": Meta has charged per message since July 2025.
  'activityChart.hint.conversations':
    'Counted per message, as Meta has charged since July 2025 (older guides call this figure “Total Conversations”).',
  'activityChart.perDay.expenses': 'Approximate charges per day ({currency})',
  'activityChart.category.marketing': 'Marketing',
  'activityChart.category.marketing_lite': 'Marketing Lite',
  'activityChart.category.utility': 'Utility',
  'activityChart.category.authentication': 'Authentication',
  'activityChart.category.authentication_international': 'Authentication (international)',
  'activityChart.category.service': 'Service',
  'activityChart.category.referral_conversion': 'Referral conversion',
  'activityChart.category.other': 'Other',
  'activityChart.range': 'Period',
  'activityChart.range.last-7-days': 'Last 7 days',
  'activityChart.range.last-30-days': 'Last 30 days',
  'activityChart.range.last-90-days': 'Last 90 days',
  'activityChart.range.this-month': 'This month',
  'activityChart.range.last-month': 'Last month',
  'activityChart.range.custom': 'Custom',
  'activityChart.from': 'From',
  'activityChart.to': 'To',
  'activityChart.customHint': 'Choose a start and an end date between {first} and {last}.',
  'activityChart.problem.incomplete': 'Choose both a start and an end date.',
  'activityChart.problem.invalid-date': 'A date is not a real calendar day.',
  'activityChart.problem.backwards': 'The start date is after the end date.',
  'activityChart.problem.outside-history': 'Usage is available from {first} to {last} only.',
  'activityChart.problem.unknown-range': 'There is no period “{range}”; choose one from the list.',
  'activityChart.loading': 'Loading activity…',
  'activityChart.empty': 'No activity in this period',
  'activityChart.emptyHint': 'Nothing was sent or received between {from} and {to}.',
  'activityChart.noCharges': 'No charges in this period',
  'activityChart.noChargesHint':
    'Messages were sent or received between {from} and {to}, but none was charged (service replies are free).',
  'activityChart.legend': 'Pricing categories; select one to show or hide it',
  'activityChart.chartLabel':
    '{title} per day by pricing category, {period}. Use the arrow keys to move between days.',
  'activityChart.total': 'Total',
  'activityChart.date': 'Date',
  'activityChart.tableCaption': '{title} per day and pricing category, {period}',
  'activityChart.disclaimer':
    'Charges are approximate, yet their total is financially binding. Meta’s invoice at the end of the month is the authoritative record of the exact amount.',
  'activityChart.estimate': 'Approximate',
  'activityChart.approximateOn': 'Approximate charges on {day}',
  'activityChart.lastWeek': 'Last 7 days',
  'activityChart.summaryLabel': 'Activity of the last 7 days',
  'activityChart.open': 'Open {title} on the activity page',
  'activityChart.growth.up': '{percent} vs the 7 days before',
  'activityChart.growth.down': '{percent} vs the 7 days before',
  'activityChart.growth.flat': 'Unchanged from the 7 days before',
  'activityChart.growth.new': 'New: nothing in the 7 days before',
  'activityChart.updating': 'Updating…',
  'activityChart.download': 'Download CSV',
  'activityChart.downloadLabel': 'Download CSV of the figures shown for {period}',
  'activityChart.downloaded': 'Downloaded {fileName}.',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof activityChartMessages, Message> {}
}
