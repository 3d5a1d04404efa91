import type { Rule } from '../rule.js';
import { patientImageRule } from './patient-images.js';

export const rules: Rule[] = [patientImageRule];
