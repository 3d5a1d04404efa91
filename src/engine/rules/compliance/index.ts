import type { Rule } from '../rule.js';
import { individualAdviceRule } from './advice.js';
import { guaranteeRule } from './claims-guarantee.js';
import { superiorityRule, testimonialRule } from './claims-results.js';
import { disclaimerRule } from './disclaimer.js';
import { disclosureRule } from './disclosure.js';
import { emergencyRule } from './emergency.js';
import { employerRule } from './employer.js';
import { fairBalanceRule, offLabelRule } from './prescription.js';
import { boundaryRule, disparagingRule } from './professionalism.js';
import { publicDiagnosisRule } from './public-diagnosis.js';

/** Compliance rules of compliance-rules.md §6: disclaimers, disclosures, claims, advice, professionalism. */
export const rules: Rule[] = [
  disclaimerRule, emergencyRule, employerRule, disclosureRule, guaranteeRule, testimonialRule, superiorityRule,
  fairBalanceRule, offLabelRule, individualAdviceRule, publicDiagnosisRule, disparagingRule, boundaryRule,
];
