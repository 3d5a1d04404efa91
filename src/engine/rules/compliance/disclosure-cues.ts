/**
 * What marks a material connection (FTC Endorsement Guides, 16 CFR 255.5) and what counts as disclosing
 * it. Patterns run on the folded draft, lower-cased unless they say otherwise.
 */

/** Signs the author is paid, gifted, on commission or otherwise connected to what the post mentions. */
export const CONNECTION_CUES: readonly RegExp[] = [
  /\b(?:use|using|with|enter) (?:my |our )?(?:code|promo code|discount code|coupon code|coupon)\b/,
  /\bmy (?:discount|promo|affiliate|referral|coupon) (?:code|link)\b/,
  /\baffiliate\b|#affiliate\w*|#commission\w*|\bi (?:may )?earn (?:a )?(?:small )?commission\b|\bcommissionable\b/,
  /\bamzn\.to\/|\bamazon\.com\/\S*tag=|\bgeni\.us\/|\bliketoknow\.it\b|\bshopmy\.us\b|\bltk\.app\b/,
  /\bgifted\b|#gifted\b|\bpr (?:package|box|kit)\b|\bfor the free\b|\bfree (?:samples?|products?)\b|\bfor (?:sending|gifting)\b/,
  /\bpartner(?:ed|ing)? with\b|\bin partnership with\b|\bpaid partnership\b|#partner(?:ship)?\b/,
  /#?brand ?ambassador\b|\bambassador for\b|#ambassador\b/,
  /\bi(?:'m| am) (?:a )?(?:paid )?(?:consultant|advisor|adviser|spokesperson|speaker) (?:for|to|with)\b|\bi consult for\b|\bspeaking fees?\b|\bspeakers'? bureau\b|\bpaid (?:medical |scientific )?(?:advisor|adviser|consultant|spokesperson)\b|\bi (?:have|hold|own) (?:equity|stock|shares) in\b|\bresearch funding from\b|\bhonorari(?:a|um)\b/,
  /\bsponsored\b|#sponsored\b|#ad\b|^\s*ad\b|\bad:|\badvertisement\b|#sp\b|#spon\b|#collab\b|#paid\b/,
  /\bgrab yours\b|\bthrough my link\b|\bmy link\b|\bshop my\b/,
  /\bdisclosure:|\bi(?:'m| am) paid by\b|\bpaid (?:post|promotion)\b|\bi advise\b/,
];

/** "Link in bio" counts as a connection only beside a product: shopping words, a price cut, a cart. */
export const LINK_IN_BIO = /\blink in (?:my )?bio\b/;
export const PRODUCT_CONTEXT = /\b(?:shop|buy|grab|order|favou?rite|product|supplement|brand|\d+% off|discount|code)\b|🛒|🛍/u;

/** The author says there is no connection. */
export const NO_CONNECTION =
  /\bnot (?:sponsored|an ad|paid|affiliated)\b|#notsponsored\b|#notanad\b|\bno (?:sponsorship|affiliation|affiliate links?)\b|\bi (?:have|hold) no (?:financial )?(?:ties|relationships?|conflicts?|affiliation)\b|\bi (?:buy|bought|paid for) (?:these|this|them|it) myself\b|\bnobody paid me\b/;

/** Cues strong enough to stand even against "not sponsored": a code or an affiliate link earns money. */
export const STRONG_CUES: readonly RegExp[] = [CONNECTION_CUES[0] as RegExp, CONNECTION_CUES[1] as RegExp, CONNECTION_CUES[3] as RegExp];

/** Clear, unambiguous disclosure wording (FTC: "ad", "advertisement", "sponsored", "paid partnership"). */
export const CLEAR_DISCLOSURE =
  /#ad\b|\bad\s*(?::|\||-\s)|^\s*ad\b|\badvertisement\b|(?:#|\b)sponsored\b|\bpaid partnership\b|\bpaid (?:post|promotion|ad)\b|\bdisclosure:|\bi(?:'m| am) paid by\b|\bi earn (?:a )?(?:small )?commission\b|#paid\b|\bi(?: consult| am a (?:paid )?consultant|'m a (?:paid )?consultant) for\b/g;

/** Wording the FTC has called unclear: "#sp", "#spon", "#collab", "#partner", "#ambassador", bare thanks. */
export const AMBIGUOUS_DISCLOSURE =
  /#sp\b|#spon\b|#collab\b|#partner\b|#ambassador\b|#brandambassador\b|\bthanks? (?:you )?(?:so much )?(?:to )?@\w+/g;

/** Brand names after wording that names the other party (case-sensitive, on the folded text). */
export const BRAND_AFTER: readonly RegExp[] = [
  /\b(?:[Pp]artner(?:ed|ing|ship)? with|[Ss]ponsored by|[Aa]mbassador for|(?:[Cc]onsult(?:ant)?|[Aa]dvis[oe]r|[Ss]pokesperson) (?:for|to)|[Tt]hanks? (?:you )?(?:so much )?(?:to )?)\s?(?:the )?(?:@([\w.]{2,30})|([A-Z][\w&'.+-]*(?: [A-Z][\w&'.+-]*){0,3}))/,
];
