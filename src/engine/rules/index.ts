import type { Rule } from './rule.js';
import { rules as identifiers } from './phi/identifiers/index.js';
import { rules as names } from './phi/names/index.js';
import { rules as dates } from './phi/dates/index.js';
import { rules as places } from './phi/places/index.js';
import { rules as reidentification } from './reidentification/index.js';
import { rules as review } from './review/index.js';
import { rules as images } from './images/index.js';
import { rules as compliance } from './compliance/index.js';

/** Every rule family, in the order analyze() runs them within a phase. */
export const RULES: readonly Rule[] = [
  ...identifiers, ...names, ...dates, ...places, ...reidentification, ...review, ...images, ...compliance,
];
