import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: the Czech National Safer Internet Centre (NCBI) press release on feedit.cz (2014); European Commission, digital-strategy.ec.europa.eu/cs (2022).
    dayName: 'Den bezpečnějšího internetu',
    countdownUntil: 'Ještě {duration} do akce {name}, {date}',
    countdownToday: 'Dnes je {name}!',
    countdownHideSeconds: 'Skrýt sekundy',
    countdownShowSeconds: 'Zobrazit sekundy',
    countdownEnded: 'Akce {name} proběhla ({date}).',
    eventUntil: 'Ještě {duration} do akce, {date}',
    eventToday: 'Dnes je ten den!',
    eventEnded: 'Akce proběhla ({date}).',
    globalTheme: 'Společně za lepší internet',
    bannerDay: '{name} {year}',
    bannerMessage: 'Zapojují se školy, rodiny a organizace z přibližně 190 zemí. Najděte akci ve svém okolí.',
    bannerCta: 'Zjistěte, jak se zapojit',
    bannerDismiss: 'Zavřít oznámení akce {name}',
    carouselLabel: 'Tipy pro bezpečný internet',
    carouselLabelFor: 'Tipy pro bezpečný internet určené {audiences}',
    carouselAudienceChildren: 'dětem',
    carouselAudienceTeens: 'dospívajícím',
    carouselAudienceParents: 'rodičům',
    carouselAudienceEducators: 'učitelům',
    carouselRole: 'karusel',
    carouselSlideRole: 'snímek',
    carouselSlide: '{index} z {count}',
    carouselPrevious: 'Předchozí tip',
    carouselNext: 'Další tip',
    carouselStop: 'Zastavit automatické střídání tipů',
    carouselStart: 'Spustit automatické střídání tipů',
    carouselChildren: 'Pro děti',
    carouselTeens: 'Pro dospívající',
    carouselParents: 'Pro rodiče',
    carouselEducators: 'Pro učitele',
    calendarLink: 'Přidat do kalendáře',
    helplineLine: 'Potřebuješ si s někým promluvit? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Řekni to někomu, komu věříš',
      text: 'Když tě na internetu něco znepokojí, rozesmutní nebo zmate, řekni to dospělému, kterému věříš. Za to, že to řekneš, se na tebe nikdo zlobit nebude.',
    },
    'children-password-secret': {
      title: 'Hesla jsou tajná',
      text: 'Svá hesla nikomu neprozrazuj, ani nejlepšímu kamarádovi. Dospělí, kteří se o tebe starají, ti pomůžou si je zapamatovat.',
    },
    'children-personal-info': {
      title: 'Své údaje si nech pro sebe',
      text: 'Tvoje celé jméno, adresa, škola a telefonní číslo patří jen tobě. Než je někde na internetu sdílíš, zeptej se dospělého.',
    },
    'children-be-kind': {
      title: 'Chovej se hezky i na internetu',
      text: 'Za každou obrazovkou je skutečný člověk se skutečnými pocity. Posílej jen takové zprávy, které můžeš klidně říct i do očí.',
    },
    'children-strangers': {
      title: 'Ne každý je tím, za koho se vydává',
      text: 'Lidé na internetu se můžou vydávat za někoho jiného. Nikdy nesouhlas se schůzkou s někým, koho znáš jen z internetu.',
    },
    'children-true-or-not': {
      title: 'Je to opravdu pravda?',
      text: 'Ne všechno, co na internetu vidíš, je pravda, i když to vypadá jako pravé. Než tomu uvěříš, zeptej se dospělého nebo to ověř jinde.',
    },
    'children-free-prizes': {
      title: 'Výhry zdarma jsou past',
      text: 'Zpráva o tom, že ti patří výhra, je většinou past. Na nic v ní neklikej a raději ji ukaž dospělému.',
    },
    'children-screen-breaks': {
      title: 'Dej si pauzu',
      text: 'Hraní a koukání je zábava, ale tvoje oči a tělo taky potřebují odpočinek. Na chvíli přestaň a protáhni se, jdi si hrát ven nebo si něco přečti.',
    },
    'children-block-report': {
      title: 'Můžeš blokovat a nahlašovat',
      text: 'Když je na tebe někdo zlý nebo ti je s ním nepříjemně, můžeš ho zablokovat a nahlásit. Potom řekni dospělému, co se stalo.',
    },
    'children-photos': {
      title: 'Než pošleš fotku, přemýšlej',
      text: 'Fotku může kdokoli zkopírovat a poslat dál. Než sdílíš fotku někoho jiného, zeptej se ho, a než sdílíš fotku, na které jsi ty, zeptej se dospělého.',
    },
    'children-ai-helpers': {
      title: 'Chatboti se můžou splést',
      text: 'Počítačoví pomocníci, kteří si s tebou píšou, se můžou splést, i když zní hodně jistě. Co říkají, si ověř u dospělého nebo v knížce.',
    },
    'teens-digital-footprint': {
      title: 'Tvoje příspěvky zůstávají',
      text: 'Snímky obrazovky přežijí i smazané příspěvky. Než něco sdílíš, zvaž, jestli by ti nevadilo, kdyby to někdo viděl i za pět let.',
    },
    'teens-two-step': {
      title: 'Zapni dvoufázové ověření',
      text: 'Přidej k důležitým účtům druhý krok, třeba kód v telefonu. Samotné ukradené heslo pak ke vstupu nestačí.',
    },
    'teens-unique-passwords': {
      title: 'Pro každý účet jiné heslo',
      text: 'Když tvoje heslo unikne z jednoho webu, jsou v ohrožení všechny účty, kde ho používáš. Správce hesel si je všechna zapamatuje za tebe.',
    },
    'teens-upstander': {
      title: 'Nestůj jen opodál',
      text: 'Když vidíš, že se někomu ostatní posmívají, může pro něj soukromá zpráva s podporou hodně znamenat. Šikanu nešiř dál, ale nahlas ji.',
    },
    'teens-nudes-pressure': {
      title: 'Nátlak na posílání fotek',
      text: 'Nikdo nemá právo tě nutit k posílání intimních fotek. Když se to stane nebo někdo tvou fotku rozšíří, není to tvoje vina: promluv si s někým, komu věříš, nebo se obrať na linku pomoci.',
    },
    'teens-deepfakes': {
      title: 'Podvrhy můžou vypadat jako pravé',
      text: 'AI umí vytvořit falešné fotky, hlasy i videa, které vypadají přesvědčivě. Nejdřív zjisti, kdo to zveřejnil a jestli totéž uvádějí i důvěryhodné zdroje.',
    },
    'teens-sextortion-scams': {
      title: 'Výhrůžky jsou podvod',
      text: 'Když ti někdo vyhrožuje, že zveřejní tvoje fotky, pokud nezaplatíš, přestaň odpovídat, neplať, uschovej důkazy a obrať se na dospělého nebo to nahlaš.',
    },
    'teens-too-good': {
      title: 'Příliš dobré na to, aby to byla pravda?',
      text: 'Levná herní měna, sledující zdarma a nabídky snadných peněz jsou často podvody, které jdou po tvém účtu nebo údajích. Když tě něco nutí spěchat, zpomal.',
    },
    'teens-feed-feelings': {
      title: 'Jak se cítíš z toho, co sleduješ?',
      text: 'Když se po projíždění sítí cítíš hůř, ztlum nebo přestaň sledovat některé účty, nebo si dej pauzu. Ty rozhoduješ o tom, co uvidíš.',
    },
    'teens-location': {
      title: 'Zkontroluj nastavení polohy',
      text: 'Některé aplikace ukazují, kde jsi, na mapě nebo v datech fotek. Sdílení polohy měj vypnuté, pokud ho opravdu nepotřebuješ, a polohu sdílej jen s lidmi, které znáš.',
    },
    'teens-talk-it-through': {
      title: 'Nemusíš to zvládat bez pomoci',
      text: 'Promluvit si s kamarádem, někým z rodiny, učitelem nebo linkou pomoci může věci ulehčit. Požádat o pomoc je projev síly.',
    },
    'parents-talk-early': {
      title: 'Mluvte spolu brzy a často',
      text: 'Ptejte se dítěte, co ho na internetu baví i co ho trápí. Pravidelné klidné rozhovory mu usnadní přijít za vámi, když se něco pokazí.',
    },
    'parents-stay-calm': {
      title: 'Zachovejte klid, když se vám svěří',
      text: 'Když vám dítě řekne o něčem nepříjemném, nejdřív mu poděkujte, že se vám svěřilo. Když mu vezmete zařízení, příště vám to říct nemusí.',
    },
    'parents-settings-together': {
      title: 'Nastavte aplikace společně',
      text: 'Projděte s dítětem nastavení soukromí, když začne používat novou aplikaci nebo hru. Vysvětlete, proč je které nastavení důležité, aby to pak zvládlo samo.',
    },
    'parents-parental-controls': {
      title: 'Rodičovská kontrola jako pomocník',
      text: 'Filtry a časové limity pomáhají, hlavně u mladších dětí, ale žádný nástroj nezachytí všechno. Kombinujte je s rozhovory, a jak dítě roste, postupně mu víc důvěřujte.',
    },
    'parents-family-agreement': {
      title: 'Domluvte si rodinná pravidla',
      text: 'Rozhodněte společně, kdy a kde se zařízení používají, třeba žádné obrazovky u jídla nebo v noci v ložnici. Pravidla, která platí i pro dospělé, se dodržují snáz.',
    },
    'parents-sharenting': {
      title: 'Přemýšlejte, co o dítěti sdílíte',
      text: 'Fotky a příběhy, které dnes sdílíte, se stávají součástí online života vašeho dítěte. Starších dětí se zeptejte, než o nich něco zveřejníte, a vynechte podrobnosti, jako je název školy.',
    },
    'parents-scam-signs': {
      title: 'Poznejte známky podvodu',
      text: 'Naléhavost, tajnůstkaření a žádosti o kódy nebo platbu jsou varovné signály. Ukažte dítěti, jak zprávu ověřujete, než na ni zareagujete.',
    },
    'parents-in-app-purchases': {
      title: 'Hlídejte nákupy v aplikacích',
      text: 'Mnoho her zdarma vydělává na nákupech uvnitř hry. Nastavte pro platby heslo a mluvte s dítětem o tom, jak jsou tyto nabídky navržené, aby hráče lákaly.',
    },
    'parents-ai-tools': {
      title: 'Objevujte s dítětem nástroje AI',
      text: 'Vyzkoušejte společně chatbota nebo generátor obrázků a bavte se o tom, v čem má pravdu a v čem se plete. Pomozte dítěti brát AI jako nástroj, který je třeba zpochybňovat, ne jako autoritu.',
    },
    'parents-model-habits': {
      title: 'Buďte příkladem',
      text: 'Děti napodobují, co vidí. Když během společného rodinného času odložíte vlastní telefon, ukážete jim, jak vypadá zdravá rovnováha.',
    },
    'parents-bullied-online': {
      title: 'Když je vaše dítě šikanováno online',
      text: 'Nejdřív naslouchejte, pak mu pomozte uložit snímky obrazovky, zablokovat ty, kdo se na tom podílejí, a vše nahlásit. Dejte vědět i škole a neodpovídejte za dítě ve vzteku.',
    },
    'parents-account-security': {
      title: 'Zabezpečte rodinné účty',
      text: 'Používejte pro každý účet jiné silné heslo a u e-mailu a obchodů s aplikacemi dvoufázové ověření. Až bude mít dítě vlastní účty, ukažte mu, jak postupovat stejně.',
    },
    'parents-know-reporting': {
      title: 'Naučte se nahlašovat',
      text: 'Zjistěte, jak se v aplikacích vašeho dítěte blokuje a nahlašuje a kde najdete národní linku pomoci a horkou linku. Když to víte předem, ušetříte čas, až na tom bude záležet.',
    },
    'educators-teach-evaluating': {
      title: 'Učte ověřovat zdroje',
      text: 'Procvičujte „laterální čtení“: otevřete nové panely a zjistěte, kdo za tvrzením stojí, dřív než ho posoudíte. Krátká pravidelná cvičení fungují lépe než jedna dlouhá hodina.',
    },
    'educators-ai-literacy': {
      title: 'AI jako součást mediální výchovy',
      text: 'Ukažte žákům příklady textů a obrázků vytvořených AI, včetně chyb. Proberte, jak tyto nástroje fungují, odkud berou data a kdy je jejich použití férové.',
    },
    'educators-safe-space': {
      title: 'Ať se žáci nebojí ozvat',
      text: 'Dejte žákům vědět, s kým si ve škole můžou promluvit a že budou vyslechnuti. Nabídněte diskrétní způsob, jak něco nahlásit, třeba schránku důvěry nebo konkrétního pracovníka.',
    },
    'educators-follow-procedure': {
      title: 'Postupujte podle pravidel ochrany dětí',
      text: 'Když se vám žák svěří, že mu někdo online ubližuje, vyslechněte ho, neslibujte mlčenlivost a hned to předejte pověřené osobě pro ochranu dětí. Zapište, co řekl, jeho slovy.',
    },
    'educators-cyberbullying-policy': {
      title: 'Školní pravidla i pro chování online',
      text: 'Ujistěte se, že pravidla proti šikaně a školní řád pokrývají i dění online, včetně doby mimo vyučování, pokud se týká žáků. Seznamte s nimi rodiny.',
    },
    'educators-pupil-voice': {
      title: 'Nechte žáky vést',
      text: 'Mladí lidé často nejlépe znají nejnovější aplikace a trendy. Zapojte je do plánování hodin o bezpečnosti na internetu a do výuky mladších žáků.',
    },
    'educators-privacy-classroom': {
      title: 'Chraňte údaje žáků',
      text: 'Před zveřejněním prací nebo fotek žáků ověřte souhlas a používejte školou schválené nástroje, které splňují pravidla ochrany osobních údajů. Ve třídě jděte příkladem v ochraně soukromí.',
    },
    'educators-accounts-security': {
      title: 'Zabezpečte své školní účty',
      text: 'Pro školní systémy používejte silná, jedinečná hesla a dvoufázové ověření. Když odcházíte od stolu, zamkněte obrazovku, i kdyby jen na minutu.',
    },
    'educators-phishing': {
      title: 'Odhalujte phishing společně',
      text: 'Používejte ve výuce skutečné, anonymizované ukázky falešných e-mailů a zpráv. Nechte žáky hledat varovné signály, třeba podivné adresy odesílatele nebo tlak na rychlou reakci.',
    },
    'educators-wellbeing-balance': {
      title: 'Mluvte o rovnováze, ne jen o limitech',
      text: 'Proberte, jak se žáci cítí při různých činnostech online, a pomozte jim poznat, kdy si dát pauzu. Nepředstavujte veškerý čas u obrazovky jako škodlivý.',
    },
  },
} satisfies Translation;
