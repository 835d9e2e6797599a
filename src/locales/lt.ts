import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: elektronika.lt (2010), on the Seimas event co-organised by Lithuania's education ministry and RRT; also news.lt (2012).
    dayName: 'Saugesnio interneto diena',
    countdownUntil: 'Iki renginio „{name}“ liko {duration}, {date}',
    countdownToday: 'Šiandien – {name}!',
    countdownHideSeconds: 'Slėpti sekundes',
    countdownShowSeconds: 'Rodyti sekundes',
    countdownEnded: 'Renginys „{name}“ jau įvyko: {date}.',
    eventUntil: 'Iki renginio liko {duration}, {date}',
    eventToday: 'Šiandien – didžioji diena!',
    eventEnded: 'Renginys jau įvyko: {date}.',
    globalTheme: 'Kartu už geresnį internetą',
    bannerDay: '{name} {year}',
    bannerMessage: 'Dalyvauja mokyklos, šeimos ir organizacijos iš maždaug 190 šalių. Raskite renginį netoliese.',
    bannerCta: 'Sužinokite, kaip dalyvauti',
    bannerDismiss: 'Uždaryti pranešimą: {name}',
    carouselLabel: 'Patarimai, kaip saugiai naudotis internetu',
    carouselLabelFor: 'Patarimai {audiences}, kaip saugiai naudotis internetu',
    carouselAudienceChildren: 'vaikams',
    carouselAudienceTeens: 'paaugliams',
    carouselAudienceParents: 'tėvams ir globėjams',
    carouselAudienceEducators: 'mokytojams ir švietimo darbuotojams',
    carouselRole: 'karuselė',
    carouselSlideRole: 'skaidrė',
    carouselSlide: '{index} iš {count}',
    carouselPrevious: 'Ankstesnis patarimas',
    carouselNext: 'Kitas patarimas',
    carouselStop: 'Sustabdyti automatinį patarimų keitimą',
    carouselStart: 'Įjungti automatinį patarimų keitimą',
    carouselChildren: 'Vaikams',
    carouselTeens: 'Paaugliams',
    carouselParents: 'Tėvams ir globėjams',
    carouselEducators: 'Mokytojams ir švietimo darbuotojams',
    calendarLink: 'Pridėti prie kalendoriaus',
    helplineLine: 'Reikia su kuo nors pasikalbėti? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Pasakyk žmogui, kuriuo pasitiki',
      text: 'Jei kas nors internete tave neramina, liūdina ar glumina, pasakyk tai suaugusiajam, kuriuo pasitiki. Už tai, kad pasakei, tavęs niekas nebars.',
    },
    'children-password-secret': {
      title: 'Slaptažodis yra paslaptis',
      text: 'Niekam nesakyk savo slaptažodžių, net geriausiam draugui ar draugei. Suaugusieji, kurie tavimi rūpinasi, gali padėti juos prisiminti.',
    },
    'children-personal-info': {
      title: 'Savo duomenis saugok',
      text: 'Tavo vardas ir pavardė, adresas, mokykla ir telefono numeris priklauso tik tau. Paklausk suaugusiojo, ar gali jais kur nors internete pasidalyti.',
    },
    'children-be-kind': {
      title: 'Internete elkis draugiškai',
      text: 'Už kiekvieno ekrano yra tikras žmogus su tikrais jausmais. Siųsk tik tokias žinutes, kurias drąsiai pasakytum ir į akis.',
    },
    'children-strangers': {
      title: 'Ne visi yra tie, kuo prisistato',
      text: 'Internete žmonės gali apsimesti kuo nors kitu. Niekada nesutik susitikti su žmogumi, kurį pažįsti tik iš interneto.',
    },
    'children-true-or-not': {
      title: 'Ar tai tikrai tiesa?',
      text: 'Ne viskas, ką matai internete, yra tiesa, net jei atrodo tikra. Paklausk suaugusiojo arba pasitikrink kitur, o tik tada tikėk.',
    },
    'children-free-prizes': {
      title: 'Nemokami prizai – tai apgaulė',
      text: 'Žinutė, kad kažką laimėjai, dažniausiai yra apgaulė. Nieko joje nespausk, geriau parodyk ją suaugusiajam.',
    },
    'children-screen-breaks': {
      title: 'Padaryk pertrauką',
      text: 'Žaisti ir žiūrėti smagu, bet tavo akims ir kūnui irgi reikia poilsio. Kurį laiką sustok ir pajudėk, pažaisk lauke ar paskaityk.',
    },
    'children-block-report': {
      title: 'Gali užblokuoti ir pranešti',
      text: 'Jei kas nors su tavimi elgiasi piktai ar tau nuo to nejauku, gali tą žmogų užblokuoti ir apie jį pranešti. Tada papasakok suaugusiajam, kas nutiko.',
    },
    'children-photos': {
      title: 'Nuotraukomis dalykis apgalvotai',
      text: 'Nuotrauką galima nukopijuoti ir persiųsti kitiems. Jei nori pasidalyti kito žmogaus nuotrauka, pirma jo paklausk, o jei savo – paklausk suaugusiojo.',
    },
    'children-ai-helpers': {
      title: 'Pokalbių robotai gali klysti',
      text: 'Kompiuteriniai pagalbininkai, kurie su tavimi kalbasi, gali suklysti, nors ir kalba labai užtikrintai. Jų atsakymus patikrink su suaugusiuoju arba knygoje.',
    },
    'teens-digital-footprint': {
      title: 'Tavo įrašai išlieka',
      text: 'Ekrano nuotraukos gyvuoja ilgiau nei ištrinti įrašai. Prieš paskelbimą paklausk savęs: ar būtų gerai, jei tai kas nors pamatytų po penkerių metų?',
    },
    'teens-two-step': {
      title: 'Įjunk prisijungimą dviem žingsniais',
      text: 'Svarbioms paskyroms pridėk antrą žingsnį, pavyzdžiui, kodą telefone. Tada vien pavogto slaptažodžio nepakaks prisijungti.',
    },
    'teens-unique-passwords': {
      title: 'Kiekvienai paskyrai – savas slaptažodis',
      text: 'Jei iš vienos svetainės nutekės tavo slaptažodis, pavojuje atsidurs visos paskyros, kuriose jį naudoji. Slaptažodžių tvarkyklė gali juos visus atsiminti už tave.',
    },
    'teens-upstander': {
      title: 'Nelik nuošalyje',
      text: 'Kai matai, kad iš ko nors tyčiojamasi, privati palaikymo žinutė gali labai daug reikšti. Apie patyčias pranešk, o ne dalykis jomis.',
    },
    'teens-nudes-pressure': {
      title: 'Spaudimas siųsti nuotraukas',
      text: 'Niekas neturi teisės spausti tavęs siųsti intymių nuotraukų. Jei taip nutinka arba kas nors paskelbia tavo nuotrauką, tai ne tavo kaltė: pasikalbėk su žmogumi, kuriuo pasitiki, arba kreipkis į pagalbos liniją.',
    },
    'teens-deepfakes': {
      title: 'Klastotės gali atrodyti tikros',
      text: 'Dirbtinis intelektas gali sukurti įtikinamas netikras nuotraukas, balsus ir vaizdo įrašus. Pirma patikrink, kas tai paskelbė ir ar patikimi šaltiniai praneša tą patį.',
    },
    'teens-sextortion-scams': {
      title: 'Grasinimai – tai sukčiavimas',
      text: 'Jei kas nors reikalauja pinigų ir grasina kitaip paskelbti tavo nuotraukas, nustok atsakinėti, nemokėk, išsaugok įrodymus ir pasakyk suaugusiajam arba pranešk apie tai.',
    },
    'teens-too-good': {
      title: 'Per gerai, kad būtų tiesa?',
      text: 'Pigi žaidimų valiuta, nemokami sekėjai ir lengvo uždarbio pasiūlymai dažnai yra sukčių spąstai, kuriais siekiama tavo paskyros ar duomenų. Jei tave skubina, neskubėk.',
    },
    'teens-feed-feelings': {
      title: 'Pastebėk, kaip tave veikia naujienų srautas',
      text: 'Jei po naršymo jautiesi prasčiau, nutildyk, nebesek arba padaryk pertrauką. Tu sprendi, ką matai.',
    },
    'teens-location': {
      title: 'Patikrink vietos nustatymus',
      text: 'Kai kurios programėlės rodo, kur esi, žemėlapyje arba nuotraukų duomenyse. Vietos bendrinimą laikyk išjungtą, nebent jo tikrai reikia, ir bendrink tik su pažįstamais žmonėmis.',
    },
    'teens-talk-it-through': {
      title: 'Nebūtina su tuo tvarkytis be pagalbos',
      text: 'Pokalbis su draugu, šeimos nariu, mokytoju ar pagalbos linija gali palengvinti situaciją. Prašyti pagalbos – tai stiprybės ženklas.',
    },
    'parents-talk-early': {
      title: 'Kalbėkitės anksti ir dažnai',
      text: 'Paklauskite vaiko, kas jam patinka internete ir kas jį neramina. Reguliarūs, ramūs pokalbiai padeda jam lengviau kreiptis į jus, kai kas nors nutinka ne taip.',
    },
    'parents-stay-calm': {
      title: 'Išlikite ramūs, kai vaikas pasipasakoja',
      text: 'Jei vaikas papasakoja apie ką nors nemalonaus, pirmiausia padėkokite jam, kad pasakė. Atėmus įrenginius, kitą kartą jis gali nebeišdrįsti pasipasakoti.',
    },
    'parents-settings-together': {
      title: 'Programėles nustatykite kartu',
      text: 'Kai vaikas pradeda naudotis nauja programėle ar žaidimu, kartu peržiūrėkite privatumo nustatymus. Paaiškinkite, kodėl kiekvienas nustatymas svarbus, kad jis išmoktų tai daryti pats.',
    },
    'parents-parental-controls': {
      title: 'Tėvų kontrolė – tik pagalbininkė',
      text: 'Filtrai ir laiko ribos padeda, ypač mažesniems vaikams, bet jokia priemonė nesulaiko visko. Derinkite juos su pokalbiais ir vis didesniu pasitikėjimu vaikui augant.',
    },
    'parents-family-agreement': {
      title: 'Susitarkite dėl šeimos taisyklių',
      text: 'Kartu nuspręskite, kada ir kur naudojami įrenginiai, pavyzdžiui, jokių ekranų valgant ar miegamuosiuose naktį. Taisyklių, kurios galioja ir suaugusiesiems, lengviau laikytis.',
    },
    'parents-sharenting': {
      title: 'Pagalvokite prieš skelbdami apie vaiką',
      text: 'Šiandien skelbiamos nuotraukos ir istorijos tampa vaiko gyvenimo internete dalimi. Vyresnių vaikų paklauskite prieš skelbdami apie juos ir venkite tokių detalių kaip mokyklos pavadinimo.',
    },
    'parents-scam-signs': {
      title: 'Atpažinkite sukčiavimo ženklus',
      text: 'Skubinimas, slaptumas ir prašymai pateikti kodus ar sumokėti yra pavojaus ženklai. Parodykite vaikui, kaip patikrinate žinutę prieš ką nors darydami.',
    },
    'parents-in-app-purchases': {
      title: 'Kontroliuokite pirkimus programėlėse',
      text: 'Daug nemokamų žaidimų uždirba iš pirkimų žaidime. Nustatykite slaptažodį mokėjimams ir aptarkite, kaip šie pasiūlymai kuriami taip, kad viliotų žaidėjus.',
    },
    'parents-ai-tools': {
      title: 'Tyrinėkite DI įrankius kartu',
      text: 'Išbandykite su vaiku pokalbių robotą ar vaizdų generatorių ir aptarkite, kas jam pavyksta, o kur jis klysta. Padėkite vaikui suprasti, kad tai įrankis, kurio atsakymus reikia kritiškai vertinti, o ne autoritetas.',
    },
    'parents-model-habits': {
      title: 'Rodykite pavyzdį',
      text: 'Vaikai mėgdžioja tai, ką mato. Kai šeimos laiku atidedate savo telefoną, parodote vaikams, kaip atrodo sveika pusiausvyra.',
    },
    'parents-bullied-online': {
      title: 'Jei iš vaiko tyčiojamasi internete',
      text: 'Pirmiausia išklausykite, tada padėkite vaikui išsaugoti ekrano nuotraukas, užblokuoti susijusius asmenis ir pranešti apie tai. Informuokite ir mokyklą, o piktai atsakinėti vaiko vardu venkite.',
    },
    'parents-account-security': {
      title: 'Apsaugokite šeimos paskyras',
      text: 'Kiekvienai paskyrai naudokite vis kitą stiprų slaptažodį, o el. paštui ir programėlių parduotuvėms – prisijungimą dviem žingsniais. Parodykite vaikui, kaip tai padaryti, kai jis turės savo paskyrų.',
    },
    'parents-know-reporting': {
      title: 'Žinokite, kaip pranešti',
      text: 'Išsiaiškinkite, kaip blokuoti ir pranešti vaiko naudojamose programėlėse, ir kur rasti savo šalies pagalbos liniją bei pranešimų apie neteisėtą turinį tarnybą. Žinodami iš anksto sutaupysite laiko, kai to labiausiai reikės.',
    },
    'educators-teach-evaluating': {
      title: 'Mokykite tikrinti šaltinius',
      text: 'Praktikuokite šoninį skaitymą: atidarykite naujus skirtukus ir išsiaiškinkite, kas slypi už teiginio, prieš jį vertindami. Trumpos, reguliarios užduotys veiksmingesnės nei viena ilga pamoka.',
    },
    'educators-ai-literacy': {
      title: 'DI – medijų raštingumo dalis',
      text: 'Parodykite mokiniams DI sukurtų tekstų ir vaizdų pavyzdžių, taip pat ir su klaidomis. Aptarkite, kaip veikia šie įrankiai, iš kur gaunami jų duomenys ir kada juos naudoti sąžininga.',
    },
    'educators-safe-space': {
      title: 'Padėkite mokiniams prabilti',
      text: 'Praneškite mokiniams, su kuo mokykloje jie gali pasikalbėti ir kad jie bus išklausyti. Pasiūlykite diskretišką būdą pranešti, pavyzdžiui, klausimų dėžutę ar konkretų darbuotoją.',
    },
    'educators-follow-procedure': {
      title: 'Laikykitės vaiko apsaugos tvarkos',
      text: 'Jei mokinys atskleidžia, kad internete jam buvo pakenkta, išklausykite, nežadėkite išlaikyti paslapties ir nedelsdami praneškite už vaiko apsaugą atsakingam darbuotojui. Užrašykite, ką jis pasakė, jo paties žodžiais.',
    },
    'educators-cyberbullying-policy': {
      title: 'Įtraukite elgesį internete į mokyklos tvarkas',
      text: 'Pasirūpinkite, kad patyčių prevencijos ir elgesio tvarkos apimtų tai, kas vyksta internete, taip pat ir po pamokų, jei tai paliečia mokinius. Supažindinkite su jomis šeimas.',
    },
    'educators-pupil-voice': {
      title: 'Leiskite mokiniams vadovauti',
      text: 'Jaunimas dažnai geriausiai išmano naujausias programėles ir tendencijas. Įtraukite mokinius į saugumo internete pamokų planavimą ir jaunesnių mokinių mokymą.',
    },
    'educators-privacy-classroom': {
      title: 'Saugokite mokinių duomenis',
      text: 'Prieš skelbdami mokinių darbus ar nuotraukas, įsitikinkite, kad turite sutikimą, ir naudokite mokyklos patvirtintus įrankius, atitinkančius duomenų apsaugos taisykles. Klasėje rodykite gerų privatumo įpročių pavyzdį.',
    },
    'educators-accounts-security': {
      title: 'Apsaugokite mokyklos paskyras',
      text: 'Mokyklos sistemoms naudokite stiprius, unikalius slaptažodžius ir prisijungimą dviem žingsniais. Užrakinkite ekraną, kai paliekate darbo vietą, net ir minutei.',
    },
    'educators-phishing': {
      title: 'Kartu atpažinkite apgaulingus laiškus',
      text: 'Per pamokas naudokite tikrus, anonimizuotus netikrų el. laiškų ir žinučių pavyzdžius. Paprašykite mokinių rasti požymius, pavyzdžiui, keistus siuntėjų adresus ar raginimą skubiai veikti.',
    },
    'educators-wellbeing-balance': {
      title: 'Kalbėkite apie pusiausvyrą, ne tik apie ribas',
      text: 'Aptarkite, kaip skirtinga veikla internete veikia mokinių savijautą, ir padėkite jiems pastebėti, kada reikia pertraukos. Nevaizduokite viso laiko prie ekrano kaip žalingo.',
    },
  },
} satisfies Translation;
