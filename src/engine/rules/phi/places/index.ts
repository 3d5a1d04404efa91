import type { Rule } from '../../rule.js';
import { phiGeoRule } from './geo-rule.js';

export const rules: Rule[] = [phiGeoRule];
