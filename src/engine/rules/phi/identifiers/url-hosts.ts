/**
 * Hosts that decide a link's nature on their own. Authorities (agencies, journals, guideline bodies,
 * identifiers of papers) are never a patient's page; fundraising, memorial and profile sites always are.
 */

/** Top-level labels accepted for a link written without "http" or "www". */
export const BARE_TLDS = [
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'co', 'us', 'uk', 'ca', 'au', 'nz',
  'ie', 'de', 'fr', 'in', 'me', 'ly', 'tv', 'fm', 'app', 'dev', 'ai', 'blog', 'news', 'health', 'care',
  'clinic', 'doctor', 'site', 'online', 'page', 'link', 'life', 'family', 'fund', 'gives', 'social',
];

const AUTHORITY_SUFFIXES = ['.gov', '.edu', '.mil', '.int', '.gov.uk', '.nhs.uk', '.gc.ca', '.gov.au', '.ac.uk', '.edu.au'];

const AUTHORITY_HOSTS = new Set([
  'doi.org', 'dx.doi.org', 'who.int', 'nejm.org', 'jamanetwork.com', 'thelancet.com', 'bmj.com', 'nature.com',
  'sciencedirect.com', 'springer.com', 'link.springer.com', 'wiley.com', 'onlinelibrary.wiley.com',
  'acpjournals.org', 'ahajournals.org', 'annals.org', 'aafp.org', 'acog.org', 'aap.org', 'publications.aap.org',
  'heart.org', 'cancer.org', 'diabetes.org', 'diabetesjournals.org', 'mayoclinic.org', 'clevelandclinic.org',
  'hopkinsmedicine.org', 'uptodate.com', 'cochranelibrary.com', 'cochrane.org', 'nccn.org',
  'uspreventiveservicestaskforce.org', 'ama-assn.org', 'acc.org', 'asco.org', 'idsociety.org', 'thoracic.org',
  'psychiatry.org', 'apa.org', 'plos.org', 'journals.plos.org', 'frontiersin.org', 'mdpi.com', 'cell.com',
  'science.org', 'medrxiv.org', 'biorxiv.org', 'arxiv.org', 'pubmed.com', 'europepmc.org', 'guidelinecentral.com',
  'medscape.com', 'statnews.com', 'kff.org', 'kffhealthnews.org', '988lifeline.org', 'aapcc.org', 'poison.org',
  'redcross.org', 'unicef.org', 'gavi.org', 'nice.org.uk', 'nhs.uk', 'ecdc.europa.eu', 'ema.europa.eu',
  'ahrq.gov', 'acpjournals.com', 'academic.oup.com', 'oup.com', 'tandfonline.com', 'sagepub.com',
  'journals.lww.com', 'lww.com', 'karger.com', 'thieme-connect.com', 'jacc.org', 'atsjournals.org',
  'ajmc.com', 'healthaffairs.org', 'cms.gov', 'medicare.gov', 'healthcare.gov', 'vaccines.gov',
]);

/** Fundraising, memorial and obituary sites: every page there is about one person. */
const PERSON_HOSTS = new Set([
  'gofundme.com', 'gofund.me', 'givesendgo.com', 'fundly.com', 'fundrazr.com', 'youcaring.com', 'giveforward.com',
  'caringbridge.org', 'mealtrain.com', 'lotsahelpinghands.com', 'helphopelive.org', 'spotfund.com',
  'legacy.com', 'tributearchive.com', 'everloved.com', 'forevermissed.com', 'echovita.com', 'findagrave.com',
  'dignitymemorial.com', 'obittree.com', 'meaningfulfunerals.net', 'mykindredspirit.com', 'gogetfunding.com',
  'justgiving.com', 'crowdrise.com', 'plumfund.com', 'fundrazr.org', 'trainhelp.com', 'takethemameal.com',
]);

/** Social sites where a path names one account. */
const PROFILE_HOSTS: ReadonlyMap<string, RegExp> = new Map([
  ['facebook.com', /^\/(?!groups\/|events\/|pages\/|hashtag\/|watch|help|policies|business)[\w.-]+\/?$|^\/profile\.php/i],
  ['instagram.com', /^\/(?!p\/|reel\/|explore\/|stories\/)[\w.]+\/?$/i],
  ['tiktok.com', /^\/@[\w.]+/i],
  ['x.com', /^\/(?!i\/|search|hashtag\/|home)\w{1,15}\/?$/i],
  ['twitter.com', /^\/(?!i\/|search|hashtag\/|home)\w{1,15}\/?$/i],
  ['linkedin.com', /^\/in\//i],
  ['youtube.com', /^\/@/i],
  ['threads.net', /^\/@/i],
  ['threads.com', /^\/@/i],
  ['bsky.app', /^\/profile\//i],
  ['reddit.com', /^\/(?:u|user)\//i],
  ['medium.com', /^\/@/i],
  ['venmo.com', /^\/(?:u\/)?[\w-]+/i],
  ['cash.app', /^\/\$/],
  ['paypal.me', /^\/\w/],
]);

function stripHost(host: string): string {
  return host.replace(/^(?:www\d?|m|mobile|amp)\./, '');
}

function sameOrSub(host: string, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | undefined {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (set.has(h)) return h;
  return undefined;
}

export function isAuthorityHost(host: string): boolean {
  const h = stripHost(host);
  if (AUTHORITY_SUFFIXES.some((s) => h.endsWith(s))) return true;
  return sameOrSub(h, AUTHORITY_HOSTS) !== undefined;
}

export function isPersonHost(host: string): boolean {
  return sameOrSub(stripHost(host), PERSON_HOSTS) !== undefined;
}

export function isProfilePath(host: string, path: string): boolean {
  const key = sameOrSub(stripHost(host), PROFILE_HOSTS);
  if (!key) return false;
  return PROFILE_HOSTS.get(key)?.test(path) ?? false;
}

export function normaliseHost(host: string): string {
  return stripHost(host.toLowerCase());
}
