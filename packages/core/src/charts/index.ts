export { niceTicks, type Ticks } from './ticks.js';
export { dateLabels, type DateLabels } from './date-labels.js';
export { bandScale, linearScale, type BandScale, type LinearScale } from './scale.js';
export {
  labelIndices,
  stackedBarLayout,
  type BarSegment,
  type ChartMargin,
  type StackedBar,
  type StackedBarInput,
  type StackedBarLayout,
} from './stacked-bars.js';
