/**
 * What marks a material connection (FTC Endorsement Guides, 16 CFR 255.5) and what counts as disclosing
 * it. Patterns run on the folded draft, lower-cased unless they say otherwise. Each is gated on words every
 * match of it holds (gate.ts), so a draft without them costs no scan. Every cue holds a word a connection
 * is spoken of with (code, link, gift, paid, sponsor, partner, board…), so a draft with none of them shows no
 * connection without a separate test for those words.
 */
import { gate, gatedTest, type Gate } from './gate.js';

/** A cue: whether the lower-cased draft shows it. */
export type Cue = (lower: string) => boolean;

const cue = (g: Gate): Cue => (lower) => gatedTest(g, lower);

/** Signs the author is paid, gifted, on commission or otherwise connected to what the post mentions. */
const CODE_OR_LINK: Cue = cue(gate(
  /\b(?:promo|discount|coupon|referral) code\b|\bmy (?:discount|promo|affiliate|referral|coupon) (?:code|link)\b/,
  ['code', 'link'], 13,
));
const AFFILIATE_LINK: Cue = cue(gate(
  /\bamzn\.to\/|\bamazon\.com\/\S*tag=|\bgeni\.us\/|\bliketoknow\.it\b|\bshopmy\.us\b|\bltk\.app\b/,
  ['amzn', 'amazon', 'geni', 'liketoknow', 'shopmy', 'ltk'], 0,
));
const AMBASSADOR = /#?brand ?ambassador\b|\bambassador for\b|#ambassador\b/;
export const CONNECTION_CUES: readonly Cue[] = [
  CODE_OR_LINK,
  cue(gate(
    /\baffiliate (?:links?|codes?|partner|program)\b|\bi(?:'m| am) an affiliate\b|\bi (?:may )?earn (?:a )?(?:small )?commission\b|\bcommissionable\b/,
    ['affiliate', 'commission', 'commissionable'], 19,
  )),
  (lower) => lower.includes('#affiliate') || lower.includes('#commission'),
  AFFILIATE_LINK,
  cue(gate(
    /#gifted\b|\b(?:was|were|been|got) gifted\b|\bgifted (?:by|to me|me|from)\b|\bpr (?:package|box|kit)\b|\bfor the free\b|\bfree (?:samples?|products?)\b|\bfor (?:sending|gifting)\b/,
    ['gifted', 'pr', 'free', 'sending', 'gifting'], 8,
  )),
  cue(gate(/\bin paid partnership with\b|\bpaid partnership\b|#partner(?:ship)?\b|\bcollab(?:oration)? with @/, ['partnership', 'partner', 'collab', 'collaboration'], 8)),
  // No word boundary before "brand": "xbrandambassador" counts, so this one is gated on the substring.
  (lower) => lower.includes('ambassador') && AMBASSADOR.test(lower),
  cue(gate(
    /\b(?:i(?:'m| am) (?:a )?(?:paid )?(?:consultant|advisor|adviser|spokesperson|speaker) (?:for|to|with)|i consult for|speaking fees?|speakers'? bureau|paid (?:medical |scientific )?(?:advisor|adviser|consultant|spokesperson)|i (?:have|hold|own) (?:equity|stock|shares) in|research funding from|honorari(?:a|um))\b/,
    ['consultant', 'advisor', 'adviser', 'spokesperson', 'speaker', 'consult', 'speaking', 'speakers', 'equity', 'stock', 'shares', 'funding', 'honoraria', 'honorarium'], 16,
  )),
  cue(gate(
    /(?:^|[^-\w])sponsored\b(?! (?:trials?|stud(?:y|ies)|research|events?|walks?|runs?|5k))|#sponsored\b|#ad\b|^\s{0,10}ad\b|\bad:|\badvertisement\b|#sp\b|#spon\b|#collab\b|#paid\b/,
    ['sponsored', 'ad', 'advertisement', 'sp', 'spon', 'collab', 'paid'], 10,
    { spaceStart: true },
  )),
  cue(gate(/\bgrab yours\b|\bthrough my link\b|\bshop my\b/, ['grab', 'through', 'shop'], 0)),
  cue(gate(/\bdisclosure:|\bi(?:'m| am) paid by\b|\bpaid (?:post|promotion)\b|\bi advise\b/, ['disclosure', 'paid', 'advise'], 5)),
];

/** A discount code as people write it, on the original case: "use code DRSMITH20", "code: GLOW15". */
export const CODE_CUE = gate(
  /\b(?:[Uu]se|[Uu]sing|[Ee]nter|[Aa]pply|[Ww]ith) (?:my |our |the )?(?:[Pp]romo |[Dd]iscount |[Cc]oupon )?(?:[Cc]ode|CODE)[: ]+"?[A-Z0-9]{3,20}\b|\b[Cc]ode:? "?[A-Z]{2,}[0-9]{1,4}\b/,
  ['code'], 20,
);

/** "Partnered with" a company; public-health and community partners are not a material connection. */
export const PARTNER_CUE = gate(
  /\bpartner(?:ed|ing)? with\b(?! (?:the |our |local |a local |community )?(?:health department|department of health|county|city|state|schools?|school district|universit(?:y|ies)|hospitals?|clinics?|red cross|ymca|american [a-z]+ (?:association|society)|cdc|nih|who|public health|nonprofits?|charit(?:y|ies)|foundation|community|patients|families|local))/,
  ['partner', 'partnered', 'partnering'], 0,
);

/** "Link in bio" counts as a connection only beside a product: shopping words, a price cut, a cart. */
export const LINK_IN_BIO = gate(
  /\blink in (?:my )?bio\b/,
  ['link'], 0,
);
export const PRODUCT_CONTEXT = /\b(?:shop|buy|grab|order|favou?rite|product|supplement|brand|\d+% off|discount|code)\b|\uD83D[\uDED2\uDECD]/;

/**
 * A role with a company that pays or owns: an advisory board, a speakers' bureau, equity, one's own
 * company, royalties. Stated in passing it is a connection, not yet a disclosure; it matters when the post
 * also speaks for the company's product (ENDORSEMENT). Lower-case.
 */
export const ROLE_CUE = gate(
  /\b(?:on (?:the |their |its |a |an )?(?:[a-z]+ )?(?:advisory board|board of directors|speakers'? bureau)|(?:advisory board|board) member (?:of|for|at|with)|(?:member of|joined) (?:the |their |its |a )?(?:scientific |medical |clinical )?advisory board|i (?:invested|own (?:a )?(?:stake|part|shares)|hold (?:a )?stake) in|(?:my|our) (?:own )?(?:company|start-?up|product line)|i (?:receive|get|earn|collect) royalties|royalties (?:from|on)|paid speaker|i (?:speak|lecture) (?:for|on behalf of)|i(?:'m| am) (?:a )?(?:consultant|advis[oe]r) (?:for|to)|(?:consulting|advising) (?:for|with))\b/,
  [
    'board', 'bureau', 'invested', 'own', 'hold', 'company', 'start', 'startup', 'product', 'royalties', 'speaker', 'speak', 'lecture',
    'consultant', 'advisor', 'adviser', 'consulting', 'advising',
  ],
  Infinity,
);

/** Equity or founding, on the original case: the other party is a named company ("investor in Acme"). */
export const EQUITY_CUE = gate(
  /\b(?:I'm|I am|i'm|i am) (?:an? )?(?:early )?(?:investor|shareholder|stakeholder|co-?founder|founder|part owner|owner) (?:in|of|at) (?:@\w|[A-Z])/,
  ['investor', 'shareholder', 'stakeholder', 'founder', 'cofounder', 'owner'], 19,
);

/** The post speaks for a product: praise, a call to buy or ask about it, what it does for patients. */
export const ENDORSEMENT =
  /\b(?:game[- ]changer|the best|amazing|incredible|love (?:it|this|them|their|its|how)|(?:i |highly |strongly )?recommend|must-have|ask your (?:[a-z]+ )?(?:doctor|physician|clinician|cardiologist|dermatologist|provider|pharmacist|dentist|surgeon) about|download|try (?:it|them|this)|check (?:it|them) out|(?:available|out) now|gives? (?:my |your |our )?patients|works (?:great|wonders|so well|better)|(?:their|its|our|my|the) (?:new |latest )?(?:monitor|device|app|product|drug|medication|implant|inhaler|supplement|serum|cream|formula|test|platform|tool|brace|wearable|system|sensor|kit|pump|patch|scanner))\b/;

/** The author says there is no connection. */
export const NO_CONNECTION = gate(
  /\bnot (?:sponsored|an ad|paid|affiliated)\b|#notsponsored\b|#notanad\b|\bno (?:sponsorship|affiliation|affiliate links?)\b|\bi (?:have|hold) no (?:financial )?(?:ties|relationships?|conflicts?|affiliation)\b|\bi (?:buy|bought|paid for) (?:these|this|them|it) myself\b|\bnobody paid me\b/,
  ['sponsored', 'ad', 'paid', 'affiliated', 'notsponsored', 'notanad', 'sponsorship', 'affiliation', 'affiliate', 'ties', 'relationship', 'relationships', 'conflict', 'conflicts', 'myself', 'nobody'],
  20,
);

/** Cues strong enough to stand even against "not sponsored": a code or an affiliate link earns money. */
export const STRONG_CUES: readonly Cue[] = [CODE_OR_LINK, AFFILIATE_LINK];

/** Clear, unambiguous disclosure wording (FTC: "ad", "advertisement", "sponsored", "paid partnership"). */
export const CLEAR_DISCLOSURE = gate(
  /#ad\b|\bad\s{0,3}(?::|\||-\s)|^\s{0,10}ad\b|\badvertisement\b|(?:#|\b)sponsored\b|\bpaid partnership\b|\bpaid (?:post|promotion|ad)\b|\bdisclosure:|\bi(?:'m| am) paid by\b|\bi earn (?:a )?(?:small )?commission\b|#paid\b|\bi(?: consult| am a (?:paid )?consultant|'m a (?:paid )?consultant) for\b/g,
  ['ad', 'advertisement', 'sponsored', 'paid', 'disclosure', 'commission', 'consult', 'consultant'], 15,
  { leads: { ad: 10, advertisement: 0, sponsored: 1, paid: 5, disclosure: 0, consult: 2, consultant: 12 } },
);

/** Wording the FTC has called unclear: "#sp", "#spon", "#collab", "#partner", "#ambassador", bare thanks. */
export const AMBIGUOUS_DISCLOSURE = gate(
  /#sp\b|#spon\b|#collab\b|#partner\b|#ambassador\b|#brandambassador\b|\bthanks? (?:you )?(?:so much )?(?:to )?@\w+/g,
  ['sp', 'spon', 'collab', 'partner', 'ambassador', 'brandambassador', 'thank', 'thanks'], 1,
);

/** Brand names after wording that names the other party (case-sensitive, on the folded text). */
export const BRAND_AFTER: readonly Gate[] = [
  gate(
    /\b(?:[Pp]artner(?:ed|ing|ship)? with|[Ss]ponsored by|[Aa]mbassador for|(?:[Cc]onsult(?:ant)?|[Aa]dvis[oe]r|[Ss]pokesperson|[Ss]peaker) (?:for|to)|(?:advisory )?board (?:of|for|at)|(?:[Ii]nvestor|[Ss]hareholder|[Ss]takeholder|[Ff]ounder|[Oo]wner) (?:in|of|at)|[Ii]nvested in|[Rr]oyalties (?:from|on)|[Tt]hanks? (?:you )?(?:so much )?(?:to )?)\s?(?:the )?(?:@([\w.]{2,30})|([A-Z][\w&'.+-]*(?: [A-Z][\w&'.+-]*){0,3}))/,
    ['partner', 'partnered', 'partnering', 'partnership', 'sponsored', 'ambassador', 'consult', 'consultant', 'advisor', 'adviser', 'spokesperson', 'speaker', 'board', 'investor', 'shareholder', 'stakeholder', 'founder', 'owner', 'invested', 'royalties', 'thank', 'thanks'], 0,
    { leads: { board: 9 } },
  ),
];
