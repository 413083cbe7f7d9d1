export { measureOffset, parseHttpDate, type ClockOffset, type ClockSample } from './measure-offset'
export {
  assessSkew,
  describeOffset,
  formatDuration,
  NOTICEABLE_SKEW_MS,
  type SkewAssessment,
  type SkewLevel,
} from './assess-skew'
export { SIGNATURE_WINDOW_MS } from './window'
