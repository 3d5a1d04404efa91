import type { PhiType } from '../../../types.js';
import { luhnValid } from './validators.js';

/**
 * Identifiers recognised by the word that introduces them ("MRN 4839201", "member ID XJH448", "plate
 * 8KJX392"). Each kind lists its keywords and what a value must look like; kinds are tried in this order
 * and the first to claim a value keeps it.
 */
export interface KeyedKind {
  ruleId: string;
  phiType: PhiType;
  message: string;
  neutral: string;
  /** Sticky pattern of the keyword, tried where one of `triggers` starts a word. */
  keyword: RegExp;
  /** Lower-case words that can open the keyword; the text is scanned for these, not for the pattern. */
  triggers: readonly string[];
  /** Digits a value needs; purely numeric values need `minNumeric` (default minDigits + 1). */
  minDigits: number;
  minNumeric?: number;
  /** Extra checks on the keyword as written and the value. */
  accept?: (keyword: string, value: string, line: string) => boolean;
}

const NUM = String.raw`(?:\s*(?:numbers?|num\b|no\b\.?|#|ID\b|I\.D\.))`;

/** A clinician's own credentials: licence numbers in a signature are not a patient's. */
const PROFESSIONAL = /\b(?:NPI|DEA|MD|DO|RN|NP|LPN|PA-C|FAC[A-Z]{1,3})\b|\b(?:board[- ]certified|medical\s+licen[cs]e|nursing\s+licen[cs]e|professional\s+licen[cs]e|my\s+licen[cs]e|our\s+licen[cs]e|licensed\s+in)\b/i;
/** Words that make "ID" or "number" a code of a study, product or form, not of a person. */
export const NOT_A_PERSON = /\b(?:study|trial|protocol|subject|NCT|NPI|DEA|tax|EIN|TIN|product|model|catalog|lot|batch|NDC|order|tracking|transaction|reference|confirmation|form|version|room|bed|suite|unit|floor|page|table|figure|grant|award|IRB)\s*$/i;
export const PLAN_CONTEXT = /\b(?:medicaid|medicare|medi-cal|insurance|insurer|insured|health\s+plan|coverage|covered|policy|payer|payor|tricare|aetna|cigna|humana|anthem|kaiser|blue\s+cross|bcbs|united\s*health(?:care)?|UHC|molina|centene|ambetter|HMO|PPO)\b/i;

const isUpper = (s: string): boolean => s === s.toUpperCase();
const hasLetter = (s: string): boolean => /[A-Za-z]/.test(s);

export const KEYED_KINDS: readonly KeyedKind[] = [
  {
    ruleId: 'phi.mrn',
    phiType: 'MRN',
    message: 'This is a medical record number, which identifies the patient; remove it before posting.',
    neutral: 'a record number',
    triggers: ['mrn', 'mr', 'med', 'medical', 'chart', 'record', 'hospital', 'patient', 'pt', 'emr', 'ehr', 'mpi'],
    keyword: new RegExp(String.raw`\b(?:MRN|MR${NUM}|med(?:ical)?\s+rec(?:ord)?s?${NUM}?|(?:chart|record|hospital|patient|pt|EMR|EHR|MPI)${NUM}|chart)`, 'iy'),
    minDigits: 4,
    accept: (kw, value) => !/^chart$/i.test(kw) || value.replace(/\D/g, '').length >= 6,
  },
  {
    ruleId: 'phi.health-plan',
    phiType: 'HEALTH_PLAN',
    message: "This is a patient's insurance or health plan ID; remove it before posting.",
    neutral: 'a member ID',
    triggers: ['member', 'subscriber', 'beneficiary', 'enrollee', 'policy', 'policyholder', 'insurance', 'insurer', 'plan', 'medicaid', 'medicare', 'medi', 'tricare', 'chip', 'hmo', 'ppo', 'bcbs', 'blue', 'mbi', 'hicn', 'hic'],
    keyword: new RegExp(
      String.raw`\b(?:(?:member|subscriber|beneficiary|enrollee|policy(?:holder)?|insurance|insurer|plan|medicaid|medicare|medi-cal|tricare|CHIP|HMO|PPO|BCBS|blue\s+cross)(?:\s*(?:card|benefits?))?${NUM}|MBI|HICN|HIC\s?#|medicaid|medicare|policy)`,
      'iy',
    ),
    minDigits: 4,
    minNumeric: 6,
  },
  {
    ruleId: 'phi.account',
    phiType: 'ACCOUNT',
    message: "This is a patient's account or billing number; remove it before posting.",
    neutral: 'an account number',
    triggers: ['acct', 'accts', 'account', 'accounts', 'billing', 'invoice', 'statement', 'claim', 'encounter', 'visit', 'guarantor', 'financial', 'fin', 'har'],
    keyword: new RegExp(
      String.raw`\b(?:acct\.|acc(?:oun)?ts?|(?:billing|invoice|statement|claim|encounter|visit|guarantor|financial|FIN|HAR)${NUM}|invoice|claim|HAR(?=\s*#?\s*\d))`,
      'iy',
    ),
    minDigits: 4,
    minNumeric: 5,
  },
  {
    ruleId: 'phi.license',
    phiType: 'LICENSE',
    message: "This is a driver's license or certificate number that identifies a person; remove it before posting.",
    neutral: 'a license number',
    triggers: ['driver', 'drivers', 'driving', 'dl', 'cdl', 'learner', 'learners', 'license', 'licence', 'certificate', 'permit'],
    keyword: new RegExp(
      String.raw`\b(?:driver'?s?'?\s+licen[cs]e|driving\s+licen[cs]e|DL|CDL|learner'?s\s+permit|licen[cs]e(?!\s+plate)|certificate|permit)${NUM}?`,
      'iy',
    ),
    minDigits: 5,
    accept: (kw, _value, line) => {
      if (/^C?DL/i.test(kw)) return /^C?DL/.test(kw);
      if (/driv|learner/i.test(kw)) return true;
      return !PROFESSIONAL.test(line);
    },
  },
  {
    ruleId: 'phi.vehicle',
    phiType: 'VEHICLE',
    message: "This license plate or vehicle number can identify a patient's car; remove it before posting.",
    neutral: 'a plate number',
    triggers: ['license', 'licence', 'plate', 'plates', 'tag', 'tags', 'vin'],
    keyword: new RegExp(String.raw`\b(?:licen[cs]e\s+plates?|plates?|tags?|VIN)${NUM}?`, 'iy'),
    minDigits: 1,
    minNumeric: 4,
    accept: (kw, value) => {
      const chars = value.replace(/[\s-]/g, '');
      if (/^vin/i.test(kw)) return /^VIN/.test(kw) && /^[A-HJ-NPR-Z0-9]{8,17}$/.test(chars);
      if (!/^[A-Z0-9]{4,8}$/.test(chars) || value.includes('.')) return false;
      if (hasLetter(chars)) return isUpper(value);
      return /licen|number|#/i.test(kw);
    },
  },
  {
    ruleId: 'phi.device',
    phiType: 'DEVICE',
    message: "This device serial number can be traced to the patient who has it; remove it before posting.",
    neutral: 'a serial number',
    triggers: ['serial', 's', 'sn', 'udi', 'device', 'transmitter', 'sensor', 'implant', 'pump', 'pacemaker', 'defibrillator', 'icd', 'stimulator', 'receiver', 'imei', 'meid', 'esn'],
    keyword: new RegExp(
      String.raw`\b(?:serial${NUM}?|S\/N|SN|UDI|(?:device|transmitter|sensor|implant|pump|pacemaker|defibrillator|ICD|stimulator|receiver)\s+(?:ID\b|identifier|numbers?|#|serial|SN)|IMEI|MEID|ESN)`,
      'iy',
    ),
    minDigits: 4,
    accept: (kw, value) => {
      if (/^(?:SN|ESN|MEID|IMEI)$/i.test(kw) && !isUpper(kw)) return false;
      if (/^IMEI/i.test(kw)) return /^\d{15}$/.test(value) ? luhnValid(value) : true;
      return true;
    },
  },
  {
    ruleId: 'phi.other-id',
    phiType: 'OTHER_ID',
    message: 'This number (badge, inmate, employee, case or similar ID) is unique to a person and identifies them; remove it before posting.',
    neutral: 'an ID number',
    triggers: ['badge', 'inmate', 'prisoner', 'booking', 'doc', 'bop', 'employee', 'passport', 'alien', 'docket', 'staff', 'student', 'case', 'file', 'ticket', 'military', 'dod', 'service', 'client', 'resident', 'register', 'visa', 'green', 'benefits', 'id', 'i'],
    keyword: new RegExp(
      String.raw`\b(?:badge|inmate|prisoner|booking|DOC|BOP|employee|passport|alien|docket|(?:staff|student|case|file|ticket|military|DoD|service|client|resident|register|visa|green\s+card|benefits)${NUM}|ID\b|I\.D\.)${NUM}?`,
      'iy',
    ),
    minDigits: 3,
    minNumeric: 3,
    accept: (kw, value) => {
      if (/^(?:DOC|BOP)/i.test(kw)) return /^(?:DOC|BOP)/.test(kw);
      if (/^(?:ID|I\.D\.)/i.test(kw) || /^(?:case|file|docket|ticket|service|client)/i.test(kw)) {
        return value.replace(/\D/g, '').length >= 5;
      }
      return true;
    },
  },
];

/** A stand-alone Medicare number printed with its dashes (1EG4-TE5-MK73) needs no keyword. */
export const DASHED_MBI_SHAPE = /^[1-9][A-Z][A-Z0-9]\d-[A-Z][A-Z0-9]\d-[A-Z]{2}\d{2}$/;
