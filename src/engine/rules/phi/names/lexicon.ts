/**
 * Word lists for telling a patient's name from the other capitalised words in a physician's post.
 * All entries are lower case; lookups fold case and diacritics first (see dictionary.ts `nameKey`).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Capitalised words that are never a name part: function words and sentence openers, greetings and
 * endearments that precede names, titles, calendar words, and words that head posts and lists.
 */
export const STOP_WORDS = set(`
a an the this that these those my our your his her their its we i you he she they it me us them
hi hey hello dear thanks thank congrats congratulations happy welcome aw aww oh wow ok okay yes no
baby sweet poor little brave tiny dear
mr mrs ms miss mx mister dr doctor prof professor st mt ft nurse sister brother father mother
queen prince princess duke duchess pope sir dame president senator governor mayor judge justice
grandpa grandma granny nana papa uncle aunt auntie jr sr
in on at for from to with of and but or nor so if when while after before since until during
as by about into over under through between against without within across along around
today tonight yesterday tomorrow last next this morning afternoon evening night week weekend
please just still also even only every each all some many most any few several both either neither
what why how who whom whose where which here there then now not never always often sometimes
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
christmas thanksgiving easter halloween hanukkah kwanzaa diwali ramadan eid passover new year
memorial labor independence veterans valentine
god lord jesus christ allah buddha heaven
mom dad mama papa grandma grandpa granny nana auntie uncle
team case note update psa pearl tip tips fun fact quiz question lesson reminder warning alert
pt patient patients name dob mrn ssn id re fyi cc rip pls
one two three four five six seven eight nine ten first second third
rest stop keep take make get give let call ask try see look check join share save swipe read
good great best bad new old big small long short high low hot cold true false
friends folks everyone everybody anyone anybody someone somebody nobody people family families
`);

/**
 * Everyday capitalised words that also appear in name lists. A group made only of these is a
 * heading, a brand or a place, not a person ("Rocky Mountain", "Berlin Heart", "Lincoln Park").
 */
export const COMMON_WORDS = set(`
heart lung kidney liver brain blood bone skin eye ear care health medical medicine clinic
hospital center centre unit ward room bed floor wing tower hall house home office lab
mountain mountains valley river lake park street road avenue lane drive way court place square
hill hills grove wood woods forest field fields spring springs bay beach harbor port point fort worth
north south east west central upper lower new old great grand royal national state county city
town village district school college university academy institute foundation society association
rock stone iron steel gold silver diamond crystal pearl ruby star sun moon sky sea ocean
portal safety experience education zero league cup series bowl award awards month day week year
`);

/**
 * Last words that make a capitalised group a business, school, facility or place rather than a
 * person. After a work phrase ("works at", "a teacher at") such a group is the patient's employer.
 */
export const ORG_SUFFIXES = set(`
inc llc ltd co corp corporation company companies group holdings partners associates
foods food market markets grocery grocers mart store stores shop bakery cafe restaurant diner grill
bar pub farms farm dairy ranch orchard nursery landscaping construction builders contracting roofing
plumbing electric electrical power light energy gas oil utilities water telecom wireless
motors auto automotive garage dealership trucking logistics transport transit freight shipping
airlines airways railroad railway steel fabrication manufacturing industries industrial mills mill
works plant factory foundry mining lumber paper plastics chemicals labs laboratories pharmacy
pharmaceuticals bank credit union insurance financial capital realty properties
elementary middle high school schools academy college university institute prep montessori
preschool daycare church chapel temple mosque synagogue parish ministries
hospital hospitals clinic clinics center centre medical health healthcare dental pediatrics
medicine surgery surgical orthopedics cardiology oncology rehab rehabilitation living care
county city township town village parish district borough park zoo street st avenue ave road rd
boulevard blvd drive dr lane ln way court ct place pl square highway hwy route
department dept office agency bureau police sheriff fire station army navy marines corps base
hotel motel inn resort casino club gym fitness studio salon spa theater theatre stadium arena
`);

/** Eponyms: a name part that, followed by one of EPONYM_HEADS or "'s", names a disease or test. */
export const EPONYMS = set(`
parkinson parkinsons alzheimer alzheimers crohn crohns hodgkin hodgkins down colles apgar glasgow
cushing cushings addison addisons graves hashimoto hashimotos bell bells tourette tourettes
kawasaki raynaud raynauds sjogren sjogrens guillain barre guillain-barre meniere menieres huntington
huntingtons wilson wilsons marfan asperger aspergers kaposi barrett barretts bowen charcot
paget pagets reye reyes rett whipple whipples heimlich epley foley holter pap doppler
lyme gehrig burkitt ewing wilms hirschsprung klinefelter turner prader willi angelman kallmann
conn cotard creutzfeldt jakob dupuytren ehlers danlos fallot gilbert goodpasture horner kernig
brudzinski babinski romberg trendelenburg valsalva heberden bouchard baker bartholin broca
wernicke korsakoff erb klumpke lisfranc monteggia galeazzi smith bennett rolando jones
maisonneuve salter harris pott bankart achilles mallory weiss zenker virchow cullen chvostek
trousseau kussmaul apley lachman mcmurray phalen tinel finkelstein spurling ranson wells child
pugh killip framingham gleason breslow clark tanner mallampati snellen kegel langerhans purkinje
schwann eustachian fallopian stevens johnson tay sachs brugada buerger osgood schlatter peyronie
munchausen legionnaires meckel behcet takayasu kawasaki still stills sezary pancoast
`);

/** Words that follow an eponym and show it is one ("Colles fracture", "Down syndrome"). */
export const EPONYM_HEADS = `disease|disorder|syndrome|fracture|palsy|sign|signs|test|score|scale|criteria|classification|maneuver|manoeuvre|procedure|repair|operation|surgery|recovery|reconstruction|lymphoma|sarcoma|tumou?r|ulcer|esophagus|oesophagus|reflex|phenomenon|cyst|node|nodes|tube|catheter|stockings|triad|law|rule|rules|sequence|anomaly|contracture|neuroma|neuralgia|dementia|chorea|awareness|research|foundation|patients?|bacteria|virus|coma`;

/** Whole names that stand for a disease or a procedure, not a person. */
export const EPONYM_NAMES = set(`
tommy_john lou_gehrig guillain_barre creutzfeldt_jakob ehlers_danlos prader_willi stevens_johnson
tay_sachs osgood_schlatter wolff_parkinson_white bence_jones hill_sachs mallory_weiss
`);

/**
 * Public figures whose health is public knowledge and who come up in health education. Discussing
 * them is not a patient disclosure; the cue words in names/context.ts catch the many not listed.
 */
export const PUBLIC_FIGURES = set(`
michael_j_fox michael_fox selena_gomez angelina_jolie serena_williams venus_williams lady_gaga
celine_dion bruce_willis christina_applegate magic_johnson lou_gehrig stephen_hawking muhammad_ali
robin_williams jimmy_carter ronald_reagan joe_biden donald_trump barack_obama john_f_kennedy
john_kennedy franklin_roosevelt fdr steve_jobs kate_middleton king_charles princess_diana
simone_biles naomi_osaka michael_phelps demi_lovato mariah_carey kim_kardashian justin_bieber
hailey_bieber taylor_swift oprah_winfrey tom_hanks halle_berry nick_jonas sonia_sotomayor
jamie_lynn_spears britney_spears ben_stiller hugh_jackman jennifer_aniston gwyneth_paltrow
martin_luther_king bob_marley tom_brady elon_musk bernie_sanders nancy_reagan mark_cuban
queen_elizabeth elizabeth_ii bill_gates warren_buffett lebron_james tiger_woods kobe_bryant
michael_jordan arnold_schwarzenegger kevin_love dwayne_johnson hillary_clinton bill_clinton
george_bush kamala_harris mitch_mcconnell john_mccain ted_kennedy beau_biden chadwick_boseman
matthew_perry whitney_houston prince_harry meghan_markle kate_middleton freddie_mercury
henry_ford johns_hopkins kaiser_permanente mayo_brothers florence_nightingale atul_gawande
siddhartha_mukherjee oliver_sacks paul_kalanithi
henrietta_lacks virginia_apgar james_parkinson alois_alzheimer burrill_crohn thomas_hodgkin langdon_down
john_langdon_down abraham_colles harvey_cushing jonas_salk albert_sabin alexander_fleming edward_jenner
marie_curie louis_pasteur william_osler joseph_lister ignaz_semmelweis elizabeth_blackwell charles_drew
rebecca_lee_crumpler daniel_hale_williams christiaan_barnard michael_debakey denton_cooley
paul_farmer anthony_fauci vivek_murthy surgeon_general
`);

/** Words that make the next name a relative or household member of the patient. */
export const RELATIONS = `(?:grand|great-grand|step|half-)?(?:daughter|son|mom|mother|mama|momma|mum|mommy|dad|father|papa|daddy|pa|husband|wife|spouse|partner|fianc[eé]e?|boyfriend|girlfriend|brother|sister|sibling|twin|niece|nephew|aunt|auntie|uncle|cousin|grandma|grandpa|granny|grandmother|grandfather|grandson|granddaughter|grandkid|grandchild|child|kid|baby|caregiver|roommate|neighbou?r|in-law|son-in-law|daughter-in-law|mother-in-law|father-in-law|guardian|children|kids|parents?|family)`;

/** Professional credentials after a name: a colleague, not a patient. */
export const CREDENTIALS = `MD|M\\.D\\.|DO|D\\.O\\.|RN|BSN|MSN|NP|FNP|APRN|PA-C|PA|PhD|Ph\\.D\\.|MBBS|MBChB|MRCP|FRCP|FRCS|FACP|FACS|FAAP|FACC|FACE|FACOG|FAAFP|DNP|PharmD|RPh|CRNA|CNM|MPH|MBA|MS|MSc|DPM|DDS|DMD|OD|PsyD|LCSW|MSW|LPN|EMT|RD|PT|DPT|OT|SLP|RT|CNA`;

/**
 * Verbs, adverbs and other everyday words that open a sentence in a physician's post ("Saw a patient
 * …", "Met …", "Spent …"). Several are also in name lists ("Saw", "Mark", "Will", "Hope", "Rich");
 * opening a sentence they are read as words unless strong evidence (an age, a possessive care noun,
 * a comma apposition) says otherwise, and before a name they are not part of it ("Saw Gloria Whitfield").
 */
export const SENTENCE_OPENERS = set(`
saw met had got told heard spent found wish will mark hope rich bill grant chase pat sue rob hunt drew
see meet have get tell hear spend find ask asked call called gave give took take made make sent send
brought bring left leave kept keep put set ran run sat sit stood stand went go came come thought think
felt feel knew know learned learnt taught read wrote write said say saying says started start
finished finish tried try helped help watched watch walked walk talked talk spoke looked look noticed
notice checked check reviewed review discussed discuss explained explain counseled counselled reminded
remind admitted admit discharged discharge diagnosed diagnose treated treat examined examine operated
rounded rounding scrubbed scrubbing caught catch missed miss loved love hated hate needed need wanted want
worked work lost lose won win laughed cried smiled hugged held hold sang
seeing meeting having getting telling hearing spending finding asking calling giving taking making
sending bringing leaving keeping running sitting standing going coming thinking feeling knowing
learning teaching reading writing starting finishing trying helping watching walking talking looking
checking reviewing discussing explaining remembering reflecting grateful thankful proud honored honoured
humbled blessed lucky sad tired exhausted excited happy glad sorry
remember imagine picture consider note reminder update quick real honest true
again already almost also always another anyway apparently around away back basically besides
certainly clearly currently definitely early eventually finally first firstly fortunately frankly
generally gently hopefully however honestly ideally instead interestingly ironically later lately
luckily meanwhile maybe mostly naturally nearly nevertheless next normally obviously often once
otherwise overall perhaps probably quickly quietly rarely really recently seriously simply slowly
sometimes somehow soon suddenly surely thankfully then therefore though thus together tonight
truly unfortunately usually yet yesterday
big huge long short hard easy tough rough busy slow quiet wild crazy weird strange funny sweet
sadly happily proudly
`);
