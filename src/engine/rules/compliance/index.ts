import type { Rule } from '../rule.js';
import { disclaimerRule } from './disclaimer.js';
import { disclosureRule } from './disclosure.js';
import { emergencyRule } from './emergency.js';
import { employerRule } from './employer.js';

/** Compliance rules of compliance-rules.md §6: disclaimers, disclosures, claims, advice, professionalism. */
export const rules: Rule[] = [disclaimerRule, emergencyRule, employerRule, disclosureRule];
