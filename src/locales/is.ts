import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: Barnaheill, a SAFT partner (barnaheill.is, 2021), and Fjölmiðlanefnd (fjolmidlanefnd.is, 2025).
    dayName: 'Alþjóðlegi netöryggisdagurinn',
    countdownUntil: '{duration} þar til {name} rennur upp, {date}',
    countdownToday: 'Í dag er {name}!',
    countdownHideSeconds: 'Fela sekúndurnar',
    countdownShowSeconds: 'Sýna sekúndurnar',
    countdownEnded: '{name} er liðinn. Hann var {date}.',
    eventUntil: '{duration} þar til viðburðurinn hefst, {date}',
    eventToday: 'Í dag er stóri dagurinn!',
    eventEnded: 'Viðburðinum er lokið. Dagsetning: {date}.',
    globalTheme: 'Saman fyrir betra net',
    bannerDay: '{name} {year}',
    bannerMessage: 'Skólar, fjölskyldur og samtök í um 190 löndum taka þátt. Finndu viðburð nálægt þér.',
    bannerCta: 'Kynntu þér hvernig þú getur tekið þátt',
    bannerDismiss: 'Loka tilkynningunni um „{name}“',
    carouselLabel: 'Góð ráð um öryggi á netinu',
    carouselLabelFor: 'Góð ráð um öryggi á netinu fyrir {audiences}',
    carouselAudienceChildren: 'börn',
    carouselAudienceTeens: 'unglinga',
    carouselAudienceParents: 'foreldra og forráðamenn',
    carouselAudienceEducators: 'kennara og starfsfólk skóla',
    carouselRole: 'hringekja',
    carouselSlideRole: 'glæra',
    carouselSlide: '{index} af {count}',
    carouselPrevious: 'Fyrra ráð',
    carouselNext: 'Næsta ráð',
    carouselStop: 'Hætta að skipta sjálfkrafa um ráð',
    carouselStart: 'Byrja að skipta sjálfkrafa um ráð',
    carouselChildren: 'Fyrir börn',
    carouselTeens: 'Fyrir unglinga',
    carouselParents: 'Fyrir foreldra og forráðamenn',
    carouselEducators: 'Fyrir kennara og starfsfólk skóla',
    calendarLink: 'Bæta við dagatal',
    helplineLine: 'Viltu tala við einhvern? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Segðu einhverjum sem þú treystir',
      text: 'Ef eitthvað á netinu veldur þér áhyggjum, hryggir þig eða ruglar þig, segðu þá fullorðnum sem þú treystir frá því. Þú lendir ekki í vandræðum fyrir að segja frá.',
    },
    'children-password-secret': {
      title: 'Lykilorð eru leyndarmál',
      text: 'Ekki segja neinum lykilorðin þín, ekki einu sinni besta vini þínum. Fullorðna fólkið sem hugsar um þig getur hjálpað þér að muna þau.',
    },
    'children-personal-info': {
      title: 'Passaðu upplýsingarnar þínar',
      text: 'Fullt nafn, heimilisfang, skóli og símanúmer eru upplýsingar sem þú átt að halda fyrir þig. Spurðu fullorðinn áður en þú deilir þeim einhvers staðar á netinu.',
    },
    'children-be-kind': {
      title: 'Sýndu góðvild á netinu',
      text: 'Á bak við hvern skjá er alvöru manneskja með alvöru tilfinningar. Sendu bara skilaboð sem þú myndir hiklaust segja við manneskjuna augliti til auglitis.',
    },
    'children-strangers': {
      title: 'Ekki segja allir satt um sig',
      text: 'Fólk á netinu getur þóst vera einhver annar. Samþykktu aldrei að hitta einhvern sem þú þekkir bara af netinu.',
    },
    'children-true-or-not': {
      title: 'Er þetta virkilega satt?',
      text: 'Ekki er allt satt sem þú sérð á netinu, jafnvel þótt það líti út fyrir að vera ekta. Spurðu fullorðinn eða athugaðu annars staðar áður en þú trúir því.',
    },
    'children-free-prizes': {
      title: 'Ókeypis vinningar eru gabb',
      text: 'Skilaboð sem segja að þú hafir unnið eitthvað eru yfirleitt gabb. Ekki smella á þau, sýndu þau frekar fullorðnum.',
    },
    'children-screen-breaks': {
      title: 'Taktu þér pásu',
      text: 'Það er gaman að spila og horfa, en augun og líkaminn þurfa líka hvíld. Hættu í smástund til að hreyfa þig, leika úti eða lesa.',
    },
    'children-block-report': {
      title: 'Þú getur lokað á og tilkynnt',
      text: 'Ef einhver er leiðinlegur við þig eða lætur þér líða óþægilega geturðu lokað á viðkomandi og tilkynnt það. Segðu svo fullorðnum frá því sem gerðist.',
    },
    'children-photos': {
      title: 'Hugsaðu áður en þú deilir mynd',
      text: 'Það er hægt að afrita mynd og senda hana áfram. Spurðu fyrst áður en þú deilir mynd af einhverjum öðrum, og spurðu fullorðinn áður en þú deilir mynd af þér.',
    },
    'children-ai-helpers': {
      title: 'Spjallmenni geta gert mistök',
      text: 'Tölvuhjálparar sem spjalla við þig geta gert mistök en samt hljómað alveg handvissir. Athugaðu það sem þeir segja með hjálp fullorðinna eða í bók.',
    },
    'teens-digital-footprint': {
      title: 'Færslurnar þínar lifa áfram',
      text: 'Skjáskot lifa lengur en færslur sem er eytt. Áður en þú deilir einhverju skaltu spyrja þig hvort þér væri sama þótt það sæist eftir fimm ár.',
    },
    'teens-two-step': {
      title: 'Kveiktu á tveggja þrepa innskráningu',
      text: 'Bættu við öðru skrefi, til dæmis kóða í símanum, þegar þú skráir þig inn á mikilvæga aðganga. Þá dugar stolið lykilorð eitt og sér ekki til að komast inn.',
    },
    'teens-unique-passwords': {
      title: 'Eitt lykilorð fyrir hvern aðgang',
      text: 'Ef lykilorðið þitt lekur frá einni síðu eru allir aðgangar sem nota það í hættu. Lykilorðastjóri getur munað þau öll fyrir þig.',
    },
    'teens-upstander': {
      title: 'Stattu með þeim sem lendir í einelti',
      text: 'Þegar þú sérð einhvern lagðan í einelti geta einkaskilaboð með stuðningi skipt miklu máli. Tilkynntu eineltið í stað þess að deila því.',
    },
    'teens-nudes-pressure': {
      title: 'Þrýstingur um að senda myndir',
      text: 'Enginn hefur rétt á að þrýsta á þig að senda nektarmyndir. Ef það gerist, eða mynd af þér er dreift, er það ekki þér að kenna: talaðu við einhvern sem þú treystir eða hafðu samband við hjálparsíma.',
    },
    'teens-deepfakes': {
      title: 'Falsanir geta virst ekta',
      text: 'Gervigreind getur falsað myndir, raddir og myndbönd sem virka sannfærandi. Athugaðu fyrst hver birti efnið og hvort traustar heimildir segi frá því sama.',
    },
    'teens-sextortion-scams': {
      title: 'Hótanir eru svikabragð',
      text: 'Ef einhver hótar að dreifa myndum nema þú borgir skaltu hætta að svara, ekki borga, geyma sönnunargögnin og segja fullorðnum frá eða tilkynna það.',
    },
    'teens-too-good': {
      title: 'Of gott til að vera satt?',
      text: 'Tilboð um ódýran leikjagjaldmiðil, ókeypis fylgjendur og auðfengið fé eru oft svik til að ná í aðganginn þinn eða upplýsingarnar þínar. Ef verið er að reka á eftir þér skaltu hægja á þér.',
    },
    'teens-feed-feelings': {
      title: 'Hvernig líður þér eftir skrunið?',
      text: 'Ef þér líður verr eftir að hafa skrunað skaltu þagga niður í aðgöngum, hætta að fylgja þeim eða taka pásu. Þú ræður hvað þú sérð.',
    },
    'teens-location': {
      title: 'Athugaðu staðsetningarstillingar',
      text: 'Sum forrit sýna hvar þú ert á korti eða í gögnum mynda. Hafðu slökkt á deilingu staðsetningar nema þú þurfir virkilega á henni að halda, og þá bara með fólki sem þú þekkir.',
    },
    'teens-talk-it-through': {
      title: 'Þú þarft ekki að glíma við þetta upp á eigin spýtur',
      text: 'Það getur létt á að tala við vin, einhvern í fjölskyldunni, kennara eða hjálparsíma. Það ber vott um styrk að biðja um hjálp.',
    },
    'parents-talk-early': {
      title: 'Ræddu málin snemma og oft',
      text: 'Spurðu barnið þitt hvað því finnst skemmtilegt á netinu og hvað veldur því áhyggjum. Regluleg og róleg samtöl auðvelda því að leita til þín þegar eitthvað fer úrskeiðis.',
    },
    'parents-stay-calm': {
      title: 'Haltu ró þinni þegar barnið segir frá',
      text: 'Ef barnið þitt segir þér frá einhverju sem kom því í uppnám skaltu fyrst af öllu þakka því fyrir að segja frá. Ef þú tekur af því tækin er ólíklegra að það segi þér frá næst.',
    },
    'parents-settings-together': {
      title: 'Settu forritin upp með barninu',
      text: 'Farðu yfir persónuverndarstillingar með barninu þegar það byrjar að nota nýtt forrit eða leik. Útskýrðu af hverju hver stilling skiptir máli svo það læri að gera þetta sjálft.',
    },
    'parents-parental-controls': {
      title: 'Foreldrastillingar eru hjálpartæki',
      text: 'Síur og tímamörk gagnast, sérstaklega yngri börnum, en ekkert tól stöðvar allt. Notaðu þau samhliða samtölum og smám saman meira trausti eftir því sem barnið eldist.',
    },
    'parents-family-agreement': {
      title: 'Settu fjölskyldureglur í sameiningu',
      text: 'Ákveddu með fjölskyldunni hvenær og hvar tækin eru notuð, til dæmis engir skjáir við matarborðið eða í svefnherbergjum á nóttunni. Auðveldara er að halda reglur sem gilda líka um fullorðna.',
    },
    'parents-sharenting': {
      title: 'Hugsaðu áður en þú birtir efni um barnið',
      text: 'Myndir og sögur sem þú deilir í dag verða hluti af lífi barnsins á netinu. Spurðu eldri börn áður en þú birtir eitthvað um þau og slepptu upplýsingum eins og nafni skólans.',
    },
    'parents-scam-signs': {
      title: 'Þekktu merki um svik',
      text: 'Tímapressa, leynd og beiðnir um kóða eða greiðslu eru viðvörunarmerki. Sýndu barninu hvernig þú kannar skilaboð áður en þú bregst við þeim.',
    },
    'parents-in-app-purchases': {
      title: 'Stýrðu kaupum í forritum',
      text: 'Margir ókeypis leikir græða á kaupum inni í leiknum. Gerðu lykilorð að skilyrði fyrir greiðslum og ræddu hvernig þessi tilboð eru hönnuð til að freista leikmanna.',
    },
    'parents-ai-tools': {
      title: 'Kannaðu gervigreindartól með barninu',
      text: 'Prófaðu með barninu spjallmenni eða tól sem býr til myndir og ræddu við það hvað tólið gerir rétt og hvað rangt. Hjálpaðu barninu að líta á þetta sem tól sem má efast um, ekki sem yfirvald.',
    },
    'parents-model-habits': {
      title: 'Vertu fyrirmynd',
      text: 'Börn herma eftir því sem þau sjá. Þegar þú leggur símann frá þér í samverustundum fjölskyldunnar sýnirðu þeim hvernig heilbrigt jafnvægi lítur út.',
    },
    'parents-bullied-online': {
      title: 'Ef barnið verður fyrir einelti á netinu',
      text: 'Hlustaðu fyrst, hjálpaðu svo barninu að geyma skjáskot, loka á þá sem eiga í hlut og tilkynna það. Láttu skólann líka vita og forðastu að svara í reiði fyrir hönd barnsins.',
    },
    'parents-account-security': {
      title: 'Tryggðu aðganga fjölskyldunnar',
      text: 'Notaðu sterkt og ólíkt lykilorð fyrir hvern aðgang og tveggja þrepa innskráningu á tölvupósti og forritaverslunum. Sýndu barninu hvernig það gerir slíkt hið sama þegar það fær eigin aðganga.',
    },
    'parents-know-reporting': {
      title: 'Vittu hvernig á að tilkynna',
      text: 'Kynntu þér hvernig á að loka á og tilkynna í forritunum sem barnið notar, og hvar innlendan hjálparsíma og ábendingalínu er að finna. Það sparar tíma þegar á reynir að vita þetta fyrir fram.',
    },
    'educators-teach-evaluating': {
      title: 'Kenndu að meta heimildir',
      text: 'Æfðu hliðarlestur: opnaðu nýja flipa til að komast að því hver stendur á bak við fullyrðingu áður en hún er metin. Stuttar, reglulegar æfingar virka betur en ein löng kennslustund.',
    },
    'educators-ai-literacy': {
      title: 'Gerðu gervigreind að hluta miðlalæsis',
      text: 'Sýndu nemendum dæmi um texta og myndir sem gervigreind hefur búið til, þar á meðal mistök. Ræddu við nemendur hvernig tólin virka, hvaðan þau fá gögnin sín og hvenær sanngjarnt er að nota þau.',
    },
    'educators-safe-space': {
      title: 'Auðveldaðu nemendum að segja frá',
      text: 'Láttu nemendur vita við hvern þeir geta talað í skólanum og að á þá verði hlustað. Bjóddu upp á óáberandi leið til að láta vita, til dæmis spurningakassa eða tiltekinn starfsmann.',
    },
    'educators-follow-procedure': {
      title: 'Fylgdu verklagi um barnavernd',
      text: 'Ef nemandi segir frá skaða á netinu skaltu hlusta, ekki lofa að þegja yfir því og koma málinu strax til þess sem ber ábyrgð á barnavernd í skólanum. Skráðu það sem sagt var með orðum nemandans.',
    },
    'educators-cyberbullying-policy': {
      title: 'Láttu reglurnar ná til netsins',
      text: 'Gættu þess að eineltisáætlun og skólareglur nái líka til þess sem gerist á netinu, einnig utan skólatíma þegar það hefur áhrif á nemendur. Kynntu þær fyrir fjölskyldum.',
    },
    'educators-pupil-voice': {
      title: 'Leyfðu nemendum að leiða',
      text: 'Ungt fólk þekkir oft nýjustu forritin og tískustraumana best. Fáðu nemendur með í að skipuleggja kennslu um netöryggi og að kenna yngri nemendum.',
    },
    'educators-privacy-classroom': {
      title: 'Verndaðu gögn nemenda',
      text: 'Gakktu úr skugga um samþykki áður en þú birtir verk eða myndir nemenda og notaðu tól sem skólinn viðurkennir og sem uppfylla persónuverndarreglur. Sýndu gott fordæmi í persónuvernd í kennslustofunni.',
    },
    'educators-accounts-security': {
      title: 'Tryggðu aðganga þína í skólanum',
      text: 'Notaðu sterk lykilorð, ólík fyrir hvert kerfi, og tveggja þrepa innskráningu í kerfum skólans. Læstu skjánum þegar þú ferð frá borðinu, þó ekki sé nema í eina mínútu.',
    },
    'educators-phishing': {
      title: 'Komdu auga á vefveiðar með nemendum',
      text: 'Notaðu raunveruleg, nafnhreinsuð dæmi um falska tölvupósta og skilaboð í kennslu. Biddu nemendur að finna vísbendingarnar, eins og skrýtin netföng sendenda og þrýsting um að bregðast hratt við.',
    },
    'educators-wellbeing-balance': {
      title: 'Ræddu jafnvægi, ekki bara takmörk',
      text: 'Ræddu hvernig nemendum líður við ólíka netnotkun og hjálpaðu þeim að taka eftir hvenær gott er að taka pásu. Forðastu að lýsa öllum skjátíma sem skaðlegum.',
    },
  },
  // CLDR's patterns, for browsers whose Intl has no data for this language (Chromium has none)
  intl: {
    date: '{weekday}, {day}. {month} {year}',
    dateTime: '{weekday}, {day}. {month} {year} kl. {hour}:{minute}',
    weekdays: ['sunnudagur', 'mánudagur', 'þriðjudagur', 'miðvikudagur', 'fimmtudagur', 'föstudagur', 'laugardagur'],
    months: [
      'janúar',
      'febrúar',
      'mars',
      'apríl',
      'maí',
      'júní',
      'júlí',
      'ágúst',
      'september',
      'október',
      'nóvember',
      'desember',
    ],
    list: '{0} og {1}',
    units: {
      day: {
        long: { other: '{n} dagar', one: '{n} dagur' },
        short: { other: '{n} dagar', one: '{n} dagur' },
        narrow: '{n} d.',
      },
      hour: { long: { other: '{n} klukkustundir', one: '{n} klukkustund' }, short: '{n} klst.', narrow: '{n} klst.' },
      minute: { long: { other: '{n} mínútur', one: '{n} mínúta' }, short: '{n} mín.', narrow: '{n} mín.' },
      second: { long: { other: '{n} sekúndur', one: '{n} sekúnda' }, short: '{n} sek.', narrow: '{n} sek.' },
    },
  },
} satisfies Translation;
