/**
 * Helplines for children and young people, by ISO 3166-1 alpha-2 country code: the national child helpline (most of
 * them on 116 111, the EU's harmonised number) or the Safer Internet Centre's. Every entry was taken from the page in
 * `source` (read in December 2026), which said it on the date in `stated`; a number without a source is left out, and
 * nothing here is guessed. The name is
 * shown as the helpline calls itself, in `lang`. No DOM.
 *
 * A Safer Internet Centre or helpline that finds an entry wrong or missing: open an issue or a pull request with the
 * page that states the name and number (see README, "Helplines").
 */
export interface Helpline {
  /** The helpline's name, as it calls itself. */
  name: string;
  /** The language of `name`. */
  lang: string;
  /** The number as people write it. */
  phone: string;
  /** The digits a phone dials, for the `tel:` link. */
  dial: string;
  website?: string;
  /** Opening hours as the source gives them; not shown, since they change more often than the number. */
  hours?: string;
  /** The page the entry was taken from. */
  source: string;
  /**
   * When `source` said it: the date the page states (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or, for an undated page, the
   * year its content dates it to (the comment beside it says why); absent when the page gives no clue.
   */
  stated?: string;
}

/**
 * Each country's line, or its lines, one per language community, the country's main line first (see
 * `helplineFor`). Considered and left out: Armenia (the one number found is for adults reporting concerns about a
 * child) and Turkey (ALO 183 is the ministry's social-services line for families, women, children, elderly and
 * disabled people, not a counselling line for children; no Turkish 116 111 was found).
 */
export const HELPLINES: Readonly<Record<string, Helpline | readonly Helpline[]>> = {
  // ALO 116 – Linja Kombëtare e Këshillimit për Fëmijë (national counselling line for children).
  // Note: The helpline's own site: '116 111 – Linja Kombëtare e Këshillimit për Fëmijë'; 'Është në dispozicion të
  // gjithë fëmijëve në të gjitheë vendin, 24 orë në 7 ditë të javës'.
  AL: {
    name: 'ALO 116',
    lang: 'sq',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.alo116.al',
    hours: '24/7',
    source: 'https://www.alo116.al/rreth-nesh',
    // stated: none (undated page; the site's news items date from 2016 to 2018)
  },
  // 147 Rat auf Draht.
  // Note: Same page: 'Hinzu kommen die Erreichbarkeit rund um die Uhr aus ganz Österreich zum Nulltarif'.
  AT: {
    name: 'Rat auf Draht',
    lang: 'de',
    phone: '147',
    dial: '147',
    website: 'https://www.rataufdraht.at',
    hours: '24/7',
    source: 'https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147',
    stated: '2024-09-18', // page: 'Wien, am 18. September 2024.'
  },
  // Kids Helpline (yourtown).
  // Note: Australian House of Representatives motion (Hansard via OpenAustralia, 20 March 2023). For ages 5–25. Also
  // on copmi.net.au: 'phone counselling service (phone 1800 55 1800)'. kidshelpline.com.au found in corpus but the
  // excerpt did not show the number.
  AU: {
    name: 'Kids Helpline',
    lang: 'en',
    phone: '1800 55 1800',
    dial: '1800551800',
    website: 'https://kidshelpline.com.au',
    hours: '24/7',
    source: 'https://www.openaustralia.org.au/debates/?id=2023-03-20.209.2',
    stated: '2023-03-20', // page: 'Monday, 20 March 2023'
  },
  // Awel (Flemish helpline for children and young people).
  // Note: Dutch-speaking Belgium (Flanders). Article (Belga/HLN, 2020) calls Awel 'de voormalige Kinder- en
  // Jongerentelefoon'. The country's main line, shown in languages without a line of their own: no children's line of
  // the German-speaking Community was found (108, Telefonhilfe Ostbelgien, serves all ages: 'richtet sich an alle
  // Altersgruppen', telefonhilfe.be/uber-uns).
  BE: [
    {
      name: 'Awel',
      lang: 'nl',
      phone: '102',
      dial: '102',
      source:
        'https://www.hln.be/nieuws/binnenland/ruim-23-000-contacten-met-kinderen-en-jongeren-voor-awel-de-voormalige-kinder-en-jongerentelefoon~a1065a0b/',
      stated: '2020-02-19', // page: '19 februari 2020'
    },
    // 103 Écoute-Enfants, the line of the Fédération Wallonie-Bruxelles (run by the intercommunale IMAJE). RTBF: 'La
    // ligne Ecoute-Enfants existe depuis 1989' and 'Géré par l'intercommunale namuroise IMAJE et financé par la
    // Fédération Wallonnie-Bruxelles, ce service téléphonique gratuit…'. Website: deapotheker.pmg.be (2026, reporting
    // 2025's figures): 'l'intercommunale lance le nouveau site www.103ecoute.be'. Hours left out: only old ones found
    // (RTL.be 2015: '7 jours sur 7 de 10h00 à minuit').
    {
      name: 'Écoute-Enfants',
      lang: 'fr',
      phone: '103',
      dial: '103',
      website: 'https://www.103ecoute.be',
      source: 'https://www.rtbf.be/article/ecoute-enfants-le-numero-103-en-quete-de-visibilite-11076758',
      stated: '2022', // undated page; inferred: it quotes 2021's call figures
    },
  ],
  // Национална телефонна линия за деца 116 111 (National Child Helpline, State Agency for Child Protection).
  // Note: Helpline's own site; same page: 'Достъпност – услугата е денонощна, напълно безплатна и с покритие в
  // цялата страна'. Bulgaria's Safer Internet Centre helpline (separate number) was not sourced.
  BG: {
    name: 'Национална телефонна линия за деца',
    lang: 'bg',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.116111.bg',
    hours: '24/7',
    source: 'https://www.116111.bg/en/node/2577',
    stated: '2021', // undated page; inferred: it names the State Agency for Child Protection's new site of August 2021
  },
  // Kids Help Phone.
  // Note: CBC News (2018). Kids Help Phone's own site (kidshelpphone.ca/text-about-it) confirms texting: 'Text us at
  // 686868' and 'Our confidential texting service is free and available across Canada 24/7.'
  CA: [
    {
      name: 'Kids Help Phone',
      lang: 'en',
      phone: '1-800-668-6868',
      dial: '18006686868',
      website: 'https://kidshelpphone.ca',
      hours: '24/7',
      source: 'https://www.cbc.ca/news/health/mental-health-crisis-text-kids-help-phone-1.4894118',
      stated: '2018-11', // undated excerpt; inferred: it reports the national launch of the text line (November 2018)
    },
    // Jeunesse, J'écoute: the same service and number in French. chga.fm (undated; it reports the national launch of
    // the text line, November 2018): 'il est toujours possible d'appeler « Jeunesse, J'écoute » en composant le
    // 1-800-668-6868'. The service's own site (jeunessejecoute.ca/nos-services): 'offerts à travers le Canada, 24
    // heures sur 24, 7 jours sur 7'.
    {
      name: "Jeunesse, J'écoute",
      lang: 'fr',
      phone: '1-800-668-6868',
      dial: '18006686868',
      website: 'https://jeunessejecoute.ca',
      hours: '24/7',
      source: 'https://www.chga.fm/les-services-de-jeunesse-jecoute-maintenant-offerts-en-version-texto/',
      stated: '2018', // undated page; inferred: the national launch of the text line
    },
  ],
  // Pro Juventute Beratung + Hilfe 147.
  // Note: Same page: 'Rund um die Uhr können sich Kinder und Jugendliche kostenlos und vertraulich an die
  // professionellen Beraterinnen und Berater von Pro Juventute wenden.'
  CH: [
    {
      name: 'Pro Juventute 147',
      lang: 'de',
      phone: '147',
      dial: '147',
      website: 'https://www.147.ch',
      hours: '24/7',
      source: 'https://www.projuventute.ch/de/eltern/familie-gesellschaft/147',
      // stated: none (undated page)
    },
    // The same line in French and Italian, answered in the three national languages ('Das Angebot gilt für die drei
    // Landessprachen'). Pro Juventute's French press release (undated; it reports 2024's figures): 'le 147 de Pro
    // Juventute'; its Italian one: 'Pro Juventute 147'. Older names: 'Conseils + aide 147', 'Consulenza + aiuto 147'.
    {
      name: 'Pro Juventute 147',
      lang: 'fr',
      phone: '147',
      dial: '147',
      website: 'https://www.147.ch',
      hours: '24/7',
      source:
        'https://www.projuventute.ch/fr/fondation/actualite/communiques-de-presse/plus-de-consultations-pour-violence-envers-les-enfants-et',
      stated: '2025', // undated page; inferred: it reports 2024's figures
    },
    {
      name: 'Pro Juventute 147',
      lang: 'it',
      phone: '147',
      dial: '147',
      website: 'https://www.147.ch',
      hours: '24/7',
      source:
        'https://www.projuventute.ch/it/fondazione/attualita/comunicati-stampa/piu-sessioni-di-consulenza-sulla-violenza-contro-i-bambini-e',
      stated: '2025', // undated page; inferred: it reports 2024's figures
    },
  ],
  // Γραμμή Βοήθειας «Hope For Children» 1466 (Hope For Children CRC Policy Center). The organisation's own Greek page
  // (undated; it calls 1466 newly launched, about 2021): 'Γραμμή Βοήθειας "Hope For Children" 1466: … να λειτουργεί σε
  // 24ωρη βάση, 365 μέρες το χρόνο, χωρίς χρέωση … Η γραμμή απευθύνεται κυρίως σε παιδιά και οικογένειες'.
  // Chosen over 116 111 (same charity, with SPAVO), which is open only 'Monday to Friday from 12:00 to 20:00, and
  // Saturdays from 9:30 to 14:00' (cbn.com.cy, 2024-05-17, which also says 'Hope For Children Helpline 1466: Open
  // 24/7'): a line open round the clock for children. No Greek name of the 116 111 line was found.
  CY: {
    name: 'Γραμμή Βοήθειας «Hope For Children»',
    lang: 'el',
    phone: '1466',
    dial: '1466',
    website: 'https://uncrcpc.org.cy',
    hours: '24/7',
    source: 'https://uncrcpc.org.cy/article/to-hope-for-children-giortazei-ti-diethni-imera-tilef',
    stated: '2021', // undated page; inferred: it calls 1466 newly launched
  },
  // Linka bezpečí.
  // Note: Press release by Linka bezpečí (ProTEXT, 2024). For children and young people up to 26.
  CZ: {
    name: 'Linka bezpečí',
    lang: 'cs',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.linkabezpeci.cz',
    hours: '24/7',
    source:
      'https://www.metro.cz/protext/linka-bezpeci-odbavila-za-30-let-sve-existence-na-10-milionu-kontaktu.A240902_120800_metro-protext_air',
    stated: '2024-09-02', // from the URL (A240902); the line turned 30 in 2024
  },
  // Nummer gegen Kummer (Kinder- und Jugendtelefon).
  // Note: Federal Ministry (BMFSFJ) page from 2020; it shows 'Sprechzeiten Mo-Sa 14-20 Uhr; Mo, Mi, Do 10-12 Uhr'
  // (the 10-12 slot was a Corona-era extension). Mon–Sat 14–20 also stated by sozialspende.de: 'Über die Rufnummern
  // 116 111 ist das Kinder- und Jugendtelefon (KJT) deutschlandweit von Montag bis Samstag von 14 bis 20 Uhr zu
  // erreichen.' Older number 0800 111 0 333 also appears in older sources. The nummergegenkummer.de site itself was
  // not found in the corpus.
  DE: {
    name: 'Nummer gegen Kummer',
    lang: 'de',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.nummergegenkummer.de',
    hours: 'Mo–Sa 14:00–20:00',
    source: 'https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556',
    stated: '2020', // undated page; inferred: the Corona-era hours it announces (press release of 31 March 2020)
  },
  // BørneTelefonen (Børns Vilkår).
  // Note: Newspaper (B.T., 2022) writes the number grouped as '11 61 11' (= 116111); shown here in the usual 116 111
  // grouping. bornsvilkar.dk itself not found in corpus.
  DK: {
    name: 'BørneTelefonen',
    lang: 'da',
    phone: '116 111',
    dial: '116111',
    hours: '24/7',
    source: 'https://www.bt.dk/samfund/boernetelefonen-har-modtaget-15-procent-flere-opkald-i-juledagene-et-emne-gaar',
    stated: '2022-12', // undated page; inferred: it counts calls 'frem til 28. december' against December 2021
  },
  // Lasteabi 116111.
  // Note: Run by the Social Insurance Board (Sotsiaalkindlustusamet), official government page. Counselling in
  // Estonian, Russian and English.
  EE: {
    name: 'Lasteabi',
    lang: 'et',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.lasteabi.ee',
    hours: '24/7',
    source: 'https://www.sotsiaalkindlustusamet.ee/lasteabi-116111',
    // stated: none (undated government page)
  },
  // Teléfono ANAR de Ayuda a Niños y Adolescentes (Fundación ANAR).
  // Note: Page of the Navarre Ombudsman (regional public body). Also given by ANAR's own director of programmes on
  // adeces.org: 'Teléfono ANAR de Ayuda a Niños y Adolescentes en Riesgo (900 20 20 10)'. Spain's Safer Internet
  // helpline is INCIBE's 017 'Tu Ayuda en Ciberseguridad' (also for minors, parents and educators): incibe.es FAQ
  // (https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq): 'you can contact us through the national, free
  // and confidential telephone number, 017' — 'From 8:00 am to 11:00 pm every day of the year'.
  ES: {
    name: 'Teléfono ANAR',
    lang: 'es',
    phone: '900 20 20 10',
    dial: '900202010',
    website: 'https://www.anar.org',
    hours: '24/7',
    source:
      'https://defensornavarra.es/es/noticias/la-fundacion-anar-se-entrevisto-con-el-defensor-del-pueblo-de-navarra-y-le-entrego-su-informe-anual-referido-a-navarra',
    // stated: none (no stored copy found; the URL carries no date)
  },
  // MLL:n Lasten ja nuorten puhelin (Mannerheimin Lastensuojeluliitto).
  // Note: MLL press release on STT Info. Hours vary; see mll.fi.
  FI: [
    {
      name: 'MLL:n Lasten ja nuorten puhelin',
      lang: 'fi',
      phone: '116 111',
      dial: '116111',
      website: 'https://www.mll.fi',
      source:
        'https://www.sttinfo.fi/tiedote/71614865/mlln-lasten-ja-nuorten-puhelimen-maratonpaivystys-muistuttaa-lapsen-oikeudesta-tulla-kuulluksi?lang=fi',
      stated: '2025-11', // undated excerpt; inferred: the 2025 children's rights week theme
    },
    // Barn- och ungdomstelefonen: MLL's line in Swedish, on its own number. MLL's press release of 4 May 2020: 'Telefonen
    // dejourerar på numret 0800 96 116 … På grund av tekniska skäl måste vi ta i bruk ett lite annorlunda nummer än det
    // som används för den finskspråkiga telefontjänsten'. MLL's later Swedish page (mll.fi/sv) repeats the number.
    {
      name: 'Barn- och ungdomstelefonen',
      lang: 'sv',
      phone: '0800 96 116',
      dial: '080096116',
      website: 'https://www.mll.fi/sv',
      source:
        'https://www.sttinfo.fi/tiedote/mannerheims-barnskyddsforbund-oppnar-en-svensksprakig-telefontjanst-for-barn-och-unga?publisherId=3544&releaseId=69880308',
      stated: '2020-05-04', // page: 'öppnar måndagen 4.5.2020'
    },
  ],
  // 119 – Allô enfance en danger (Service national d'accueil téléphonique de l'enfance en danger).
  // Note: Government page: 'Le 119 est ouvert 24 h sur 24, 7 jours sur 7 pour les enfants, adolescents et jeunes
  // majeurs (moins de 21 ans) victimes de violences psychologiques, physiques, sexuelles ou en situation de danger.'
  // Website: actionenfance.org (2015): 'disponible … sur le site www.allo119.gouv.fr'. Chosen over 3018 (e-Enfance,
  // France's Safer Internet helpline, for online violence: 'joignable 7 jours sur 7, de 9h à 23h', mairie-villetaneuse.fr
  // 2023), which the same page lists: a line for every child, open round the clock, beats a narrower one. The
  // operator of 116 111 in France since June 2023 was not found.
  FR: {
    name: 'Allô enfance en danger',
    lang: 'fr',
    phone: '119',
    dial: '119',
    website: 'https://www.allo119.gouv.fr',
    hours: '24/7',
    source:
      'https://www.info.gouv.fr/actualite/harcelement-agressions-violences-trois-numeros-pour-aider-les-enfants-en-danger',
    stated: '2023-09-22', // page: 'Publié le 04/10/2022|Modifié le 22/09/2023'
  },
  // Childline (NSPCC).
  // Note: Childnet is a partner of the UK Safer Internet Centre; it writes the number as '0800 11 11'. Childline
  // (NSPCC) column on sunderlandecho.com (2022): 'When a young person calls 0800 1111, they’ll speak to someone on
  // our switchboard'. 24/7 from learning.nspcc.org.uk/services/childline: 'Childline is the UK’s free, 24-hour
  // service for children and young people.'
  GB: {
    name: 'Childline',
    lang: 'en',
    phone: '0800 1111',
    dial: '08001111',
    website: 'https://www.childline.org.uk',
    hours: '24/7',
    source:
      'https://www.sunderlandecho.com/news/opinion/columnists/childline-advice-when-a-child-contacts-us-we-will-listen-and-support-them-3817957',
    stated: '2022-08-28', // Childline's own column; Childnet's undated page (childnet.com/young-people/primary/need-help) writes '0800 11 11'
  },
  // ბავშვის დახმარების ცხელი ხაზი (child helpline, 111), a state line opened in April 2020.
  // Note: UNICEF (27 April 2020): 'To reach the hotline, children and their families need to dial 111. The number is
  // operational 24/7, and all calls from Georgia are free of charge.' Name: guardian.ge (1 June 2020): 'ბავშვის
  // დახმარების ცხელი ხაზი ნომრით - 111'. Every source is of 2020: the date says so.
  GE: {
    name: 'ბავშვის დახმარების ცხელი ხაზი',
    lang: 'ka',
    phone: '111',
    dial: '111',
    hours: '24/7',
    source:
      'https://www.unicef.org/georgia/press-releases/special-hotline-launched-support-children-and-families-amid-covid-19-pandemic',
    stated: '2020-04-27',
  },
  // Το Χαμόγελο του Παιδιού: the National Helpline for Children SOS 1056, which it runs. flash.gr (2025-10-07): 'Η
  // αναγνωρισμένη ως Εθνική Τηλεφωνική Γραμμή για τα Παιδιά SOS 1056 λειτουργεί από «Χαμόγελο του Παιδιού» και είναι
  // στη διάθεση κάθε παιδιού'. 24/7 and free: refugee.info (2021-12-13): 'available throughout Greece on a 24-hour
  // basis … Calls to the Helpline 1056 are free'. The same charity's 116111 is also 24/7, but no Greek name of that
  // line was found; 1056 is the one Greek children are told of, under the name Greek children know.
  GR: {
    name: 'Το Χαμόγελο του Παιδιού',
    lang: 'el',
    phone: '1056',
    dial: '1056',
    website: 'https://www.hamogelo.gr',
    hours: '24/7',
    source:
      'https://www.flash.gr/15chroni-kalese-to-chamogelo-kai-zitise-voitheia-gia-ti-via-poy-askoyse-o-pateras-sti-mitera-tis-1026490',
    stated: '2025-10-07',
  },
  // Hrabri telefon za djecu.
  // Note: Helpline's own site. Parents' line: 0800 0800 (Hrabri telefon za mame i tate).
  HR: {
    name: 'Hrabri telefon',
    lang: 'hr',
    phone: '116 111',
    dial: '116111',
    website: 'https://udruga.hrabritelefon.hr',
    hours: 'Mon–Fri 09:00–20:00',
    source: 'https://udruga.hrabritelefon.hr/hrabri-telefon-za-djecu/',
    // stated: none (undated page (after 2014, when the line took 116 111))
  },
  // Kék Vonal Gyermekkrízis Alapítvány.
  // Note: Quote from Kék Vonal's professional lead on InfoRádió (2020). For children and young people up to 24.
  // nyeromagyarok.eu also: 'A Kék Vonal Gyermekkrízis Alapítvány 1993 óta működteti a gyerekeket és fiatalokat
  // segítő, 116 111-es számon ingyenesen e[lérhető]...'
  HU: {
    name: 'Kék Vonal',
    lang: 'hu',
    phone: '116 111',
    dial: '116111',
    source: 'https://infostart.hu/belfold/2020/09/10/fontos-vagy-fokuszban-a-fiatalkori-ongyilkossagok-megelozese',
    stated: '2020-09-10', // from the URL
  },
  // ISPCC Childline.
  // Note: Also stated by ISPCC CEO quoted on breakingnews.ie (2017): 'Our phone line can be contacted 24 hours a day
  // at 1800 66 66 66'. ispcc.ie pages found did not show the number in the excerpt.
  IE: {
    name: 'ISPCC Childline',
    lang: 'en',
    phone: '1800 66 66 66',
    dial: '1800666666',
    website: 'https://www.childline.ie',
    hours: '24/7',
    source:
      'https://www.independent.ie/regionals/corkman/news/sharp-increase-in-contacts-to-childline-over-christmas-41197253.html',
    stated: '2021-12', // undated excerpt; inferred: it compares Christmas with 2020
  },
  // המטה הלאומי להגנה על ילדים ברשת – 105 (National Child Online Protection Bureau), a civil and police centre for
  // children harmed online, and Israel's Safer Internet Day organiser.
  // Note: Jerusalem Post (20 November 2018): '105 will be the hotline number for any complaints regarding online
  // harassment of children and will operate 24 hours a day, seven days a week.' Hebrew name: readitnow.co.il
  // ('המטה הלאומי להגנה על ילדים ברשת – 105 הוא מערך אזרחי-משטרתי ייחודי'). No website of its own was sourced.
  IL: {
    name: 'המטה הלאומי להגנה על ילדים ברשת',
    lang: 'he',
    phone: '105',
    dial: '105',
    hours: '24/7',
    source:
      'https://www.jpost.com/Israel-News/For-World-Childrens-Day-ministry-unveils-bureau-to-protect-kids-online-572316',
    stated: '2018-11-20',
  },
  // Hjálparsími Rauða krossins 1717 (Red Cross Helpline).
  // Note: Serves all ages, not only children; the same Red Cross page mentions children and young people ('börnum og
  // ungmennum') among those served. doktor.frettabladid.is notes 1717 is a Child Helpline International member.
  IS: {
    name: 'Hjálparsími Rauða krossins',
    lang: 'is',
    phone: '1717',
    dial: '1717',
    website: 'https://www.1717.is',
    hours: '24/7',
    source:
      'https://www.raudikrossinn.is/um-okkur/frettir-og-utgefid-efni/frettayfirlit/almennar-frettir/felagsmalaraduneytid-stydur-vid-1717',
    stated: '2020-03-27', // page: '27. mars 2020'
  },
  // Telefono Azzurro – Linea gratuita 1.96.96.
  // Note: 114 Emergenza Infanzia is the emergency line (also run by Telefono Azzurro). 24/7 per sky tg24 (2025): 'il
  // numero gratuito 1 96 96, attivo tutti i giorni 24 ore su 24'.
  IT: {
    name: 'Telefono Azzurro',
    lang: 'it',
    phone: '1.96.96',
    dial: '19696',
    website: 'https://www.azzurro.it',
    hours: '24/7',
    source: 'https://www.avvenire.it/per-telefono-azzurro-linee-attive-anche-a-natale_102484',
    stated: '2025-12', // undated page; inferred: it names Telefono Azzurro's Trusted Flagger status of April 2025, at Christmas
  },
  // Pro Juventute 147, which serves Liechtenstein as well as Switzerland.
  // Note: radio.li (21.09.2023): 'Pro Juventute Schweiz betreibt für Liechtenstein und die Schweiz ein anonymes,
  // jederzeit erreichbares Sorgentelefon für Kinder und Jugendliche. Unter der Nummer 147 finden sie ein offenes Ohr'.
  LI: {
    name: 'Pro Juventute 147',
    lang: 'de',
    phone: '147',
    dial: '147',
    website: 'https://www.147.ch',
    hours: '24/7',
    source: 'https://www.radio.li/news-1/mehr-aufwand-fuer-sorgentelefon',
    stated: '2023-09-21',
  },
  // Vaikų linija.
  // Note: Page of the Lithuanian Safer Internet Centre (draugiskasinternetas.lt), 'Pagalbos linija' (helpline)
  // section – Vaikų linija is the SIC helpline.
  LT: {
    name: 'Vaikų linija',
    lang: 'lt',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.vaikulinija.lt',
    source: 'https://www.draugiskasinternetas.lt/kas-mes/apie-programa/pagalbos-linija/',
    // stated: none (undated page)
  },
  // Kanner-Jugendtelefon (KJT).
  // Note: Helpline's own site (KJT also runs the BEE SECURE Helpline, Luxembourg's Safer Internet helpline, whose
  // number was not sourced). Luxemburger Wort (2024): 'Kinder und Jugendliche rufen die Nummer 116 111 an'.
  LU: {
    name: 'Kanner-Jugendtelefon',
    lang: 'lb',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.kjt.lu',
    source: 'https://www.kjt.lu/de/wer-wir-sind/',
    stated: '2021', // undated page; inferred: the latest event it names is of 2021
  },
  // Bērnu un pusaudžu uzticības tālrunis 116111 (Children Helpline, State Inspectorate for Protection of Children's Rights).
  // Note: Official government page; same page: 'Children Helpline (CH) 116111 was established on February 1, 2006'.
  LV: {
    name: 'Bērnu un pusaudžu uzticības tālrunis',
    lang: 'lv',
    phone: '116111',
    dial: '116111',
    website: 'https://www.uzticibastalrunis.lv',
    hours: '24/7',
    source: 'https://bac.gov.lv/en/children-helpline',
    // stated: none (undated government page (its text predates the renaming of January 2024))
  },
  // Telefonul Copilului 116 111 (Ministry of Labour and Social Protection).
  // Note: Ministry of Justice campaign page (28 August 2024): 'Solicită ajutor la Telefonul Copilului 116111, unde
  // apelurile sunt gratuite'. Round the clock: ziarulnational.md: 'poate apela în regim 24/7 la numărul 116 111'.
  MD: {
    name: 'Telefonul Copilului',
    lang: 'ro',
    phone: '116 111',
    dial: '116111',
    website: 'https://telefonulcopilului.md',
    hours: '24/7',
    source:
      'https://jst.instante.justice.md/ro/content/campania-na%C8%9Bional%C4%83-pentru-prevenirea-%C8%99i-raportarea-abuzurilor-%C8%99i-violen%C8%9Bei-asupra-copiilor-0',
    stated: '2024-08-28',
  },
  // Ало Бушавко, the line for children and young people of the First Children's Embassy Megjashi; North Macedonia has
  // no 116 111.
  // Note: Its 2023 annual report: 'Ало Бушавко 070390632- телефонот за деца и млади' and '24/7 достапност'. A mobile
  // number: whether calls are free is not stated.
  MK: {
    name: 'Ало Бушавко',
    lang: 'mk',
    phone: '070 390 632',
    dial: '070390632',
    website: 'https://alobushavko.mk',
    hours: '24/7',
    source:
      'http://www.childrensembassy.org.mk/godishen-izveshtaj-za-rabotata-na-sos-linijata-za-deca-i-mladi-2023.nspx',
    stated: '2024', // undated page; inferred: the report on 2023
  },
  // Supportline 179 (Foundation for Social Welfare Services): Malta's national helpline, for all ages, round the clock.
  // Note: livenewsmalta.com (2024-01-29): 'accessible 24 hours a day' and 'all calls received on … the Child Helpline
  // 116 111, are also handled by the helpline 179 service team': 116 111 reaches the same team, so the number the
  // sources promote is kept. Kellimni.com (SOS Malta) is a chat and e-mail service without a phone number.
  MT: {
    name: 'Supportline 179',
    lang: 'en',
    phone: '179',
    dial: '179',
    hours: '24/7',
    source: 'http://livenewsmalta.com/index.php/2024/01/29/strengthening-the-operation-of-the-179-helpline/',
    stated: '2024-01-29', // from the URL
  },
  // De Kindertelefoon.
  // Note: Magazine article, 2019. Also stated by vriendenkindertelefoon.nl: 'De Kindertelefoon heeft één landelijk
  // gratis nummer (0800-0432)'. Hours may have changed since 2019; kindertelefoon.nl itself not found in corpus.
  NL: {
    name: 'De Kindertelefoon',
    lang: 'nl',
    phone: '0800-0432',
    dial: '08000432',
    website: 'https://www.kindertelefoon.nl',
    hours: 'daily 11:00–21:00',
    source:
      'https://www.flaironline.nl/nieuws/de-kindertelefoon-bestaat-al-40-jaar-en-maxima-bezoekt-de-vrijwilligers/',
    stated: '2019-09', // undated excerpt; inferred: the Queen's visit for the 40th year, 5 September 2019
  },
  // Alarmtelefonen for barn og unge.
  // Note: Helpline's own site; same page: 'Alarmtelefonen er døgnåpen hele året.' This is the child-protection
  // emergency/helpline; Norway's Safer Internet Centre helpline was not sourced. Red Cross youth line 'Kors på
  // halsen' (for under-18s) also exists; the only number found for it is old: Dagbladet (2004) 'Røde Kors-telefonen
  // for barn og ungdom ... kan ringe kan 800 33 321 mellom klokka 14 og 20' – not verified as current, so not used.
  NO: {
    name: 'Alarmtelefonen for barn og unge',
    lang: 'nb',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.116111.no',
    hours: '24/7',
    source: 'https://www.116111.no/omalarmtelefonen',
    stated: '2024-03', // undated page; inferred: 'Pr mars 2024'
  },
  // 0800 What's Up (Barnardos): 'the only helpline in Aotearoa offering free counselling service to children and young
  // people from 5-19 years' (scoop.co.nz, 2022); 'New Zealand's only national children's helpline available free of
  // charge for 5 to 19 year olds' (scoop.co.nz, 9 May 2024); its funding continued (Minister for Children, January
  // 2025). Chosen over Youthline (0800 37 66 33, 24/7, ages 12–24): where two lines serve different needs, the child
  // line. The number from the line's own site; the hours there ('Mon-Fri 12pm-11pm Sat-Sun 3pm-11pm') are about 2013's.
  NZ: {
    name: "0800 What's Up",
    lang: 'en',
    phone: '0800 942 8787',
    dial: '08009428787',
    website: 'https://www.whatsup.co.nz',
    source: 'http://www.whatsup.co.nz/node/21',
    stated: '2013', // undated page; inferred: it gives 2012's figures
  },
  // Telefon Zaufania dla Dzieci i Młodzieży 116 111 (Fundacja Dajemy Dzieciom Siłę).
  // Note: The foundation's press room: 'Fundacja Dajemy Dzieciom Siłę, która od prawie 16 lat prowadzi 116 111 –
  // telefon zaufania dla dzieci i młodzieży' (undated; 16 years from November 2008). Round the clock: the Police
  // Academy quarterly (2024): 'obecnie działa przez 7 dni w tygodniu … przez całą dobę'.
  PL: {
    name: 'Telefon Zaufania dla Dzieci i Młodzieży',
    lang: 'pl',
    phone: '116 111',
    dial: '116111',
    website: 'https://116111.pl',
    hours: '24/7',
    source:
      'https://media.fdds.pl/369032-jeszcze-wiecej-wsparcia-w-telefonie-zaufania-dla-dzieci-i-mlodziezy-116-111-fundacji-dajemy-dzieciom-sile',
    stated: '2024', // undated page; inferred: 'od prawie 16 lat' since November 2008
  },
  // SOS-Criança (Instituto de Apoio à Criança).
  // Note: Jornal de Notícias, quoting the IAC's secretary-general: 'A Linha SOS Criança (116 111) recebeu quase mais 400
  // pedidos de ajuda no ano passado'. The operator's own news item of 2015 (iacrianca.pt) says the same number; RTP
  // (2025) calls the line 'Linha SOS Criança e Jovem'. vidaativa.pt gives hours 'de 2ª feira a 6ª
  // feira, das 9h às 19h' (third-party; not used as hours).
  PT: {
    name: 'SOS-Criança',
    lang: 'pt',
    phone: '116 111',
    dial: '116111',
    website: 'https://iacrianca.pt',
    source: 'https://www.jn.pt/nacional/recorde-de-pedidos-de-ajuda-a-sos-crianca-no-ano-passado-13211198.html',
    stated: '2021-01', // undated excerpt; inferred: it counts 2020's calls 'até meados de dezembro'
  },
  // Asociația Telefonul Copilului.
  // Note: News article (Feb 2026). Separate government line 119 ('Telefonul Copilului 119', launched Jan 2022, run
  // by child-protection directorates) is for reporting abuse/neglect; see romanialibera.ro.
  RO: {
    name: 'Telefonul Copilului',
    lang: 'ro',
    phone: '116 111',
    dial: '116111',
    source: 'https://www.b1tv.ro/eveniment/tot-mai-multi-minori-cer-sprijin-la-telefonul-copilului-1663507.html',
    stated: '2026-02', // no stored copy found; inferred from the neighbouring article numbers of February 2026
  },
  // Национална дечија линија – НАДЕЛ (national children's line).
  // Note: Ministry of Labour: 'НАДЕЛ је саветодавно-едукативна телефонска услуга, намењена пре свега за децу, која могу
  // да 24 часа дневно 365 дана у години да добију саветодавну подршку путем бесплатног позива на телефонски број 116111.'
  RS: {
    name: 'Национална дечија линија',
    lang: 'sr',
    phone: '116 111',
    dial: '116111',
    website: 'https://116111.rs',
    hours: '24/7',
    source: 'https://www.minrzs.gov.rs/sr/aktuelnosti/vesti/17-maj-medjunarodni-dan-decijih-sos-linija',
    stated: '2023-05', // undated page; inferred: a reprint carries 2022's figures, for 17 May
  },
  // Bris – Barnens Rätt i Samhället (nationella stödlinjen för barn).
  // Note: 24/7 per 8sidor.se (2025): 'Bris har öppet dygnet runt. Telefonnumret är 116 111.'
  SE: {
    name: 'Bris',
    lang: 'sv',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.bris.se',
    hours: '24/7',
    source: 'https://www.bris.se/om-bris/aktuellt/bris-har-starkt-den-nationella-stodlinjen-for-barn-med-en-sms-kanal/',
    stated: '2023', // undated page; inferred: 'Från och med hösten 2023'
  },
  // TOM telefon za otroke in mladostnike (Zveza prijateljev mladine Slovenije).
  // Note: Helpline's own site.
  SI: {
    name: 'TOM telefon',
    lang: 'sl',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.e-tom.si',
    hours: 'daily 12:00–20:00',
    source: 'https://e-tom.si/kaj-je-tom/',
    // stated: none (undated page)
  },
  // Linka detskej istoty – Linka pre deti a mládež.
  // Note: Also TASR/teraz.sk (2018): 'Linka detskej istoty (LDI) prevádzkuje dve telefónne čísla 116 111 - Linku pre
  // deti a mládež a 116 000 - Linku pre hľadané deti.'
  SK: {
    name: 'Linka detskej istoty',
    lang: 'sk',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.ldi.sk',
    hours: '24/7',
    source:
      'https://www.humanisti.sk/2022/01/26/linka-detskej-istoty-oslavuje-26-rokov-svojej-existencie-a-fungovania/',
    stated: '2022-01-26', // from the URL; the line turned 26 that day
  },
  // Національна дитяча «гаряча» лінія (La Strada-Ukraine).
  // Note: День (1 June 2017): 'Загальноєвропейський номер дитячої гарячої лінії в Україні запрацює 1 червня. Лінію
  // обслуговуватимуть консультанти громадської організації «Ла Страда». … 116 111. Дзвінки на нього безкоштовні.'
  // Name: zt.ridna.ua (2015). Still answering in 2022 (Bulgaria's State Agency for Child Protection, 04.03.2022).
  // Hours left out: no current source.
  UA: {
    name: 'Національна дитяча «гаряча» лінія',
    lang: 'uk',
    phone: '116 111',
    dial: '116111',
    source: 'http://www.pressreader.com/ukraine/den-ukrainian/20170601/281681139836247',
    stated: '2017-06-01',
  },
  // Boys Town National Hotline: the one national line found that is open round the clock for children and teens about
  // anything. Boys Town news release (September 1, 2025): 'Boys Town National Hotline (YourLifeYourVoice): Call
  // 800-448-3000 or text VOICE to 20121 for 24/7, confidential support from trained crisis counselors.'
  // Not chosen: Childhelp (1-800-422-4453) is about child abuse, and most of its callers are adults; 988 serves anyone
  // in crisis, not children in particular; Teen Line is open 6–10 pm Pacific time.
  US: {
    name: 'Boys Town National Hotline',
    lang: 'en',
    phone: '1-800-448-3000',
    dial: '18004483000',
    website: 'https://www.boystown.org',
    hours: '24/7',
    source:
      'https://www.boystown.org/media-room/news-releases/boys-town-highlights-the-need-for-youth-suicide-prevention',
    stated: '2025-09-01',
  },
};
