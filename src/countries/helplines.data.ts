/**
 * Helplines for children and young people, by ISO 3166-1 alpha-2 country code: the national child helpline (most of
 * them on 116 111, the EU's harmonised number) or the Safer Internet Centre's. Every entry was taken from the page in
 * `source`, on the date in `checked`; a number without a source is left out, and nothing here is guessed. The name is
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
  /** When the entry was checked against its source, `YYYY-MM-DD`. */
  checked: string;
}

export const HELPLINES: Readonly<Record<string, Helpline>> = {
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
  },
  // Awel (Flemish helpline for children and young people).
  // Note: Dutch-speaking Belgium (Flanders) only. Article (Belga/HLN, 2020) calls Awel 'de voormalige Kinder- en
  // Jongerentelefoon'. The French-speaking line (103 Écoute-Enfants) and Child Focus (the Belgian Safer Internet
  // helpline) were not sourced here. French-speaking Belgium: 103 Écoute-Enfants – RTL.be (2015): 'Le 103, un numéro
  // gratuit et anonyme disponible 7 jours sur 7 de 10h00 à minuit pour les enfants et les adolescents'
  // (http://www.rtl.be/info/belgique/politique/plus-de-29-000-appels-a-ecoute-enfants-en-2014-dont-des-
  // emotionnellement-eprouvants--726853.aspx); hours may have changed.
  BE: {
    name: 'Awel',
    lang: 'nl',
    phone: '102',
    dial: '102',
    source:
      'https://www.hln.be/nieuws/binnenland/ruim-23-000-contacten-met-kinderen-en-jongeren-voor-awel-de-voormalige-kinder-en-jongerentelefoon~a1065a0b/',
    checked: '2026-12-02',
  },
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
    checked: '2026-12-02',
  },
  // Kids Help Phone.
  // Note: CBC News (2018). Kids Help Phone's own site (kidshelpphone.ca/text-about-it) confirms texting: 'Text us at
  // 686868' and 'Our confidential texting service is free and available across Canada 24/7.'
  CA: {
    name: 'Kids Help Phone',
    lang: 'en',
    phone: '1-800-668-6868',
    dial: '18006686868',
    website: 'https://kidshelpphone.ca',
    hours: '24/7',
    source: 'https://www.cbc.ca/news/health/mental-health-crisis-text-kids-help-phone-1.4894118',
    checked: '2026-12-02',
  },
  // Pro Juventute Beratung + Hilfe 147.
  // Note: Same page: 'Rund um die Uhr können sich Kinder und Jugendliche kostenlos und vertraulich an die
  // professionellen Beraterinnen und Berater von Pro Juventute wenden.'
  CH: {
    name: 'Pro Juventute 147',
    lang: 'de',
    phone: '147',
    dial: '147',
    website: 'https://www.147.ch',
    hours: '24/7',
    source: 'https://www.projuventute.ch/de/eltern/familie-gesellschaft/147',
    checked: '2026-12-02',
  },
  // European Helpline for Children and Adolescents 116 111 (Hope For Children CRC Policy Center & SPAVO).
  // Note: Same article: 'Hope For Children Helpline 1466: Open 24/7, this helpline provides psychological, social,
  // and legal support ... free of charge to all children and families in Cyprus.' Cyprus Safer Internet helpline not
  // sourced.
  CY: {
    name: 'European Helpline for Children and Adolescents',
    lang: 'en',
    phone: '116 111',
    dial: '116111',
    website: 'https://uncrcpc.org.cy',
    hours: 'Mon–Fri 12:00–20:00, Sat 09:30–14:00',
    source:
      'https://www.cbn.com.cy/article/2024/5/17/775594/hope-for-children-celebrates-international-child-helpline-day/',
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
  },
  // MLL:n Lasten ja nuorten puhelin (Mannerheimin Lastensuojeluliitto).
  // Note: MLL press release on STT Info. Swedish-language line: 0800 96 116 ('Puhelin päivystää myös ruotsiksi ...
  // numerossa 0800 96 116'). Hours vary; see mll.fi.
  FI: {
    name: 'MLL:n Lasten ja nuorten puhelin',
    lang: 'fi',
    phone: '116 111',
    dial: '116111',
    website: 'https://www.mll.fi',
    source:
      'https://www.sttinfo.fi/tiedote/71614865/mlln-lasten-ja-nuorten-puhelimen-maratonpaivystys-muistuttaa-lapsen-oikeudesta-tulla-kuulluksi?lang=fi',
    checked: '2026-12-02',
  },
  // 3018 (e-Enfance) – numéro national contre le harcèlement et les violences numériques.
  // Note: Same government page also lists 119 (Allô enfance en danger, 24h/24, 7j/7) as the national child-
  // protection line: '119, le numéro d’appel national de l’enfance en danger'.
  FR: {
    name: '3018',
    lang: 'fr',
    phone: '3018',
    dial: '3018',
    website: 'https://www.3018.fr',
    hours: '7j/7, 9h–23h',
    source: 'https://solidarites.gouv.fr/node/2219',
    checked: '2026-12-02',
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
    source: 'http://www.childnet.com/young-people/primary/need-help',
    checked: '2026-12-02',
  },
  // The Smile of the Child – European Helpline for Children and Adolescents 116111.
  // Note: Child Helpline International member story written by The Smile of the Child. Same page: 'available
  // nationwide, 24 hours a day, 365 days a year, while the calls are free of charge.' SOS 1056 is the national
  // helpline for children (reporting abuse). Greece's Safer Internet Centre helpline was not sourced.
  GR: {
    name: 'The Smile of the Child',
    lang: 'en',
    phone: '116111',
    dial: '116111',
    website: 'https://www.hamogelo.gr',
    hours: '24/7',
    source: 'https://childhelplineinternational.org/20-years-20-voices-the-smile-of-the-child-greece/',
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
  },
  // Supportline 179 (national helpline; BeSmartOnline! Safer Internet Centre helpline).
  // Note: Better Internet for Kids SIC profile (profile dated June 2020; the 2024 profile repeats the same
  // sentence). 179 is Malta's national helpline for all ages, run by the Foundation for Social Welfare Services
  // (Appoġġ); the SIC helpline for minors runs through it.
  MT: {
    name: 'Supportline 179',
    lang: 'en',
    phone: '179',
    dial: '179',
    source: 'https://www.betterinternetforkids.eu/web/malta/profile',
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
  },
  // Youthline.
  // Note: NZ Ministry of Youth Development news item (2012). For ages 12–24. Full 24/7 phone and text service
  // confirmed by RNZ (Nov 2023): 'Youthline have announced they will be making their helpline available 24/7.'
  NZ: {
    name: 'Youthline',
    lang: 'en',
    phone: '0800 37 66 33',
    dial: '0800376633',
    hours: '24/7',
    source: 'http://youthaffairs.govt.nz/news/2012/youthline.html',
    checked: '2026-12-02',
  },
  // Telefon Zaufania dla Dzieci i Młodzieży 116 111 (Fundacja Dajemy Dzieciom Siłę).
  // Note: Helpline's own (older) site; it states 12:00–22:00 daily, but that is outdated: later sources
  // (tandemwarsztaty.pl, kulczykfoundation.org.pl) say it has run around the clock since 2020, so hours are omitted.
  PL: {
    name: 'Telefon Zaufania dla Dzieci i Młodzieży',
    lang: 'pl',
    phone: '116 111',
    dial: '116111',
    website: 'https://116111.pl',
    source: 'http://116111.fdn.pl/o-programie-4',
    checked: '2026-12-02',
  },
  // SOS-Criança (Instituto de Apoio à Criança).
  // Note: Helpline operator's own site (news item about 2014 figures). vidaativa.pt gives hours 'de 2ª feira a 6ª
  // feira, das 9h às 19h' (third-party; not used as hours).
  PT: {
    name: 'SOS-Criança',
    lang: 'pt',
    phone: '116 111',
    dial: '116111',
    website: 'https://iacrianca.pt',
    source:
      'http://www.iacrianca.pt/index.php/setores-iac-sos/noticias-sos/item/787-sos-crianca-um-telefone-que-de-forma-anonima-gratuita-e-confidencial-ja-ajudou',
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
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
    checked: '2026-12-02',
  },
};
