export { fundsOutlook, type FundsOutlook } from './funds.js';
export { monthlyCharges, type MonthCharges } from './history.js';
export { safeHandOffUrl } from './hand-off.js';
export { csvCell, monthlyChargesCsv, usageCsv } from './csv.js';
