export { analyze } from './analyze.js';
export { applyFix } from './context.js';
export { FOLDS, LIMITS, limitFor, measure } from './platform.js';
export * from './types.js';
