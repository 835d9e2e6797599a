import type { Translation } from './schema.js';

export default {
  messages: {
    // The day's name: no source found for a name in Finnish; a faithful translation of "Safer Internet Day" (genitive 'day of the safe internet', the usual Finnish pattern for such days; KAVI runs the day as Mediataitoviikko and otherwise uses the English name).
    dayName: 'Turvallisen internetin päivä',
    countdownUntil: '{duration} jäljellä: {name}, {date}',
    countdownToday: 'Tänään on {name}!',
    countdownHideSeconds: 'Piilota sekunnit',
    countdownShowSeconds: 'Näytä sekunnit',
    countdownEnded: '{name} oli {date}.',
    eventUntil: '{duration} jäljellä: {date}',
    eventToday: 'Tänään on se päivä!',
    eventEnded: 'Tapahtuma on jo ohi ({date}).',
    globalTheme: 'Yhdessä parempaan internetiin',
    bannerDay: '{name} {year}',
    bannerMessage: 'Mukana on kouluja, perheitä ja järjestöjä noin 190 maasta. Löydä tapahtuma läheltäsi.',
    bannerCta: 'Katso, miten voit osallistua',
    bannerDismiss: 'Sulje ilmoitus: {name}',
    carouselLabel: 'Vinkkejä turvalliseen netinkäyttöön',
    carouselLabelFor: 'Vinkkejä {audiences} turvalliseen netinkäyttöön',
    carouselAudienceChildren: 'lapsille',
    carouselAudienceTeens: 'nuorille',
    carouselAudienceParents: 'vanhemmille',
    carouselAudienceEducators: 'opettajille',
    carouselRole: 'karuselli',
    carouselSlideRole: 'dia',
    carouselSlide: '{index} / {count}',
    carouselPrevious: 'Edellinen vinkki',
    carouselNext: 'Seuraava vinkki',
    carouselStop: 'Pysäytä vinkkien automaattinen vaihtuminen',
    carouselStart: 'Käynnistä vinkkien automaattinen vaihtuminen',
    carouselChildren: 'Lapsille',
    carouselTeens: 'Nuorille',
    carouselParents: 'Vanhemmille',
    carouselEducators: 'Opettajille',
    calendarLink: 'Lisää kalenteriin',
    helplineLine: 'Haluatko jutella jonkun kanssa? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Kerro aikuiselle, johon luotat',
      text: 'Jos jokin netissä huolettaa, surettaa tai hämmentää sinua, kerro siitä aikuiselle, johon luotat. Et joudu pulaan siitä, että kerroit.',
    },
    'children-password-secret': {
      title: 'Salasanat ovat salaisia',
      text: 'Pidä salasanasi omana tietonasi – älä kerro niitä edes parhaalle kaverillesi. Sinusta huolehtivat aikuiset voivat auttaa sinua muistamaan ne.',
    },
    'children-personal-info': {
      title: 'Pidä tietosi omanasi',
      text: 'Koko nimesi, osoitteesi, koulusi ja puhelinnumerosi kuuluvat vain sinulle. Kysy aikuiselta ennen kuin kerrot niitä missään netissä.',
    },
    'children-be-kind': {
      title: 'Ole kiltti netissä',
      text: 'Jokaisen ruudun takana on oikea ihminen, jolla on oikeat tunteet. Lähetä vain sellaisia viestejä, jotka voisit hyvillä mielin sanoa myös kasvokkain.',
    },
    'children-strangers': {
      title: 'Kaikki eivät ole sitä, mitä sanovat olevansa',
      text: 'Netissä ihmiset voivat esittää jotakuta toista. Älä koskaan suostu tapaamaan ketään, jonka tunnet vain netistä.',
    },
    'children-true-or-not': {
      title: 'Onko se varmasti totta?',
      text: 'Kaikki, mitä näet netissä, ei ole totta, vaikka se näyttäisi aidolta. Kysy aikuiselta tai tarkista jostain muualta ennen kuin uskot sen.',
    },
    'children-free-prizes': {
      title: 'Ilmaiset palkinnot ovat huijausta',
      text: 'Viesti, jonka mukaan olet voittanut jotain, on yleensä huijaus. Älä klikkaa sitä, vaan näytä se aikuiselle.',
    },
    'children-screen-breaks': {
      title: 'Pidä tauko',
      text: 'Pelaaminen ja videoiden katsominen on kivaa, mutta silmäsi ja kehosi tarvitsevat myös lepoa. Pidä välillä taukoa ja liiku, leiki ulkona tai lue.',
    },
    'children-block-report': {
      title: 'Voit estää ja ilmoittaa',
      text: 'Jos joku on ilkeä tai saa sinulle epämukavan olon, voit estää hänet ja ilmoittaa siitä. Kerro sitten aikuiselle, mitä tapahtui.',
    },
    'children-photos': {
      title: 'Mieti ennen kuin jaat kuvan',
      text: 'Kuvan voi kopioida ja lähettää eteenpäin. Kysy lupa ennen kuin jaat kuvan jostakusta toisesta, ja kysy aikuiselta ennen kuin jaat kuvan itsestäsi.',
    },
    'children-ai-helpers': {
      title: 'Chatbotit voivat erehtyä',
      text: 'Tietokoneohjelmat, jotka juttelevat kanssasi, voivat tehdä virheitä ja kuulostaa silti tosi varmoilta. Tarkista, mitä ne sanovat, aikuiselta tai kirjasta.',
    },
    'teens-digital-footprint': {
      title: 'Julkaisusi jäävät elämään',
      text: 'Kuvakaappaukset säilyvät, vaikka julkaisu poistettaisiin. Mieti ennen jakamista, olisiko sinulle ok, että se nähdään vielä viiden vuoden päästä.',
    },
    'teens-two-step': {
      title: 'Ota kaksivaiheinen tunnistautuminen käyttöön',
      text: 'Lisää tärkeisiin tileihisi toinen vaihe, kuten puhelimeen tuleva koodi. Silloin pelkällä varastetulla salasanalla ei pääse sisään.',
    },
    'teens-unique-passwords': {
      title: 'Oma salasana jokaiselle tilille',
      text: 'Jos yksi palvelu vuotaa salasanasi, jokainen tili, jossa käytät samaa salasanaa, on vaarassa. Salasanojen hallintaohjelma voi muistaa ne kaikki puolestasi.',
    },
    'teens-upstander': {
      title: 'Älä jää sivustakatsojaksi',
      text: 'Kun näet, että jotakuta kiusataan, kannustava yksityisviesti voi merkitä hänelle paljon. Ilmoita kiusaamisesta sen sijaan, että jakaisit sitä.',
    },
    'teens-nudes-pressure': {
      title: 'Painostus lähettää kuvia',
      text: 'Kenelläkään ei ole oikeutta painostaa sinua lähettämään intiimejä kuvia. Jos niin käy tai kuvaasi jaetaan, se ei ole sinun vikasi: puhu jollekulle, johon luotat, tai ota yhteyttä auttavaan puhelimeen.',
    },
    'teens-deepfakes': {
      title: 'Väärennös voi näyttää aidolta',
      text: 'Tekoälyllä voi tehdä uskottavia valekuvia, -ääniä ja -videoita. Tarkista ensin, kuka sen julkaisi ja kertovatko luotettavat lähteet samaa.',
    },
    'teens-sextortion-scams': {
      title: 'Uhkailu on huijausta',
      text: 'Jos joku uhkaa jakaa kuvia, ellet maksa, lopeta vastaaminen, älä maksa, tallenna todisteet ja kerro aikuiselle tai tee ilmoitus.',
    },
    'teens-too-good': {
      title: 'Liian hyvää ollakseen totta?',
      text: 'Halpa pelivaluutta, ilmaiset seuraajat ja helpon rahan tarjoukset ovat usein huijauksia, joilla yritetään saada tilisi tai tietosi. Jos sinua hoputetaan, hidasta.',
    },
    'teens-feed-feelings': {
      title: 'Huomaa, millaisen olon feedi sinulle jättää',
      text: 'Jos selaaminen saa olosi huonommaksi, mykistä, lopeta seuraaminen tai pidä tauko. Sinä päätät, mitä näet.',
    },
    'teens-location': {
      title: 'Tarkista sijaintiasetukset',
      text: 'Jotkin sovellukset näyttävät sijaintisi kartalla tai kuvien tiedoissa. Pidä sijainnin jakaminen pois päältä, ellet todella tarvitse sitä, ja jaa se vain tuttujen kanssa.',
    },
    'teens-talk-it-through': {
      title: 'Sinun ei tarvitse pärjätä yksin',
      text: 'Puhuminen kaverin, perheenjäsenen, opettajan tai auttavan puhelimen kanssa voi helpottaa. Avun pyytäminen on vahvuutta.',
    },
    'parents-talk-early': {
      title: 'Juttele ajoissa ja usein',
      text: 'Kysy lapseltasi, mistä hän pitää netissä ja mikä häntä huolettaa. Säännöllisten, rauhallisten keskustelujen ansiosta hänen on helpompi tulla luoksesi, kun jokin menee pieleen.',
    },
    'parents-stay-calm': {
      title: 'Pysy rauhallisena, kun lapsi kertoo',
      text: 'Jos lapsesi kertoo jostain ikävästä, kiitä häntä ensin siitä, että hän kertoi. Jos otat laitteet häneltä pois, hän ei ehkä kerro sinulle ensi kerralla yhtä helposti.',
    },
    'parents-settings-together': {
      title: 'Tehkää asetukset yhdessä',
      text: 'Käy tietosuoja-asetukset läpi lapsesi kanssa, kun hän alkaa käyttää uutta sovellusta tai peliä. Selitä, miksi kukin asetus on tärkeä, jotta hän oppii tekemään sen itse.',
    },
    'parents-parental-controls': {
      title: 'Lapsilukko on apuväline',
      text: 'Suodattimet ja aikarajat auttavat etenkin pienempiä lapsia, mutta mikään työkalu ei pysäytä kaikkea. Yhdistä niihin keskustelua ja luottamusta, joka kasvaa lapsen kasvaessa.',
    },
    'parents-family-agreement': {
      title: 'Sopikaa perheen säännöistä',
      text: 'Päättäkää yhdessä, milloin ja missä laitteita käytetään, esimerkiksi ei ruutuja ruokapöydässä eikä makuuhuoneissa öisin. Säännöt, jotka koskevat myös aikuisia, on helpompi pitää.',
    },
    'parents-sharenting': {
      title: 'Mieti ennen kuin julkaiset lapsestasi',
      text: 'Tänään jakamasi kuvat ja tarinat tulevat osaksi lapsesi elämää netissä. Kysy isommilta lapsilta lupa ennen kuin julkaiset heistä mitään, ja vältä kertomasta yksityiskohtia, kuten koulun nimeä.',
    },
    'parents-scam-signs': {
      title: 'Tunnista huijauksen merkit',
      text: 'Kiire, salailu ja koodien tai maksujen pyytäminen ovat varoitusmerkkejä. Näytä lapsellesi, miten tarkistat viestin ennen kuin toimit sen mukaan.',
    },
    'parents-in-app-purchases': {
      title: 'Hallitse sovelluksen sisäisiä ostoja',
      text: 'Monet ilmaiset pelit tienaavat pelin sisäisillä ostoilla. Vaadi maksuihin salasana ja puhu lapsesi kanssa siitä, miten tarjoukset on suunniteltu houkuttelemaan pelaajia.',
    },
    'parents-ai-tools': {
      title: 'Tutustukaa tekoälyyn yhdessä',
      text: 'Kokeile chatbottia tai kuvageneraattoria yhdessä lapsesi kanssa ja pohdi hänen kanssaan, missä se onnistuu ja missä erehtyy. Auta lasta näkemään se työkaluna, jota saa kyseenalaistaa, eikä auktoriteettina.',
    },
    'parents-model-habits': {
      title: 'Näytä esimerkkiä',
      text: 'Lapset matkivat sitä, mitä näkevät. Kun laitat oman puhelimesi pois perheen yhteisten hetkien ajaksi, näytät heille, miltä terve tasapaino näyttää.',
    },
    'parents-bullied-online': {
      title: 'Jos lastasi kiusataan netissä',
      text: 'Kuuntele ensin. Auta sitten lasta tallentamaan kuvakaappaukset, estämään kiusaajat ja ilmoittamaan asiasta. Kerro myös koululle, äläkä vastaa vihaisena lapsesi puolesta.',
    },
    'parents-account-security': {
      title: 'Suojaa perheen tilit',
      text: 'Käytä jokaisessa tilissä eri vahvaa salasanaa, ja ota sähköpostissa ja sovelluskaupoissa käyttöön kaksivaiheinen tunnistautuminen. Näytä lapsellesi, miten sama tehdään, kun hän saa omia tilejä.',
    },
    'parents-know-reporting': {
      title: 'Tiedä, miten ilmoitetaan',
      text: 'Opettele estämään ja ilmoittamaan sovelluksissa, joita lapsesi käyttää, ja selvitä maasi auttava puhelin ja ilmoituspalvelu. Kun tiedät etukäteen, säästät aikaa silloin, kun sillä on väliä.',
    },
    'educators-teach-evaluating': {
      title: 'Opeta arvioimaan lähteitä',
      text: 'Harjoitelkaa sivuttaislukemista: avatkaa uusia välilehtiä ja selvittäkää, kuka väitteen takana on, ennen kuin arvioitte sitä. Lyhyet, säännölliset harjoitukset toimivat paremmin kuin yksi pitkä oppitunti.',
    },
    'educators-ai-literacy': {
      title: 'Tee tekoälystä osa medialukutaitoa',
      text: 'Näytä oppilaille esimerkkejä tekoälyn tuottamista teksteistä ja kuvista, myös virheistä. Keskustele heidän kanssaan siitä, miten työkalut toimivat, mistä niiden data tulee ja milloin niiden käyttö on reilua.',
    },
    'educators-safe-space': {
      title: 'Tee puhumisesta helppoa',
      text: 'Kerro oppilaille, kenelle he voivat koulussa puhua ja että heitä kuunnellaan. Tarjoa huomaamaton tapa ilmoittaa, kuten kysymyslaatikko tai nimetty aikuinen.',
    },
    'educators-follow-procedure': {
      title: 'Noudata koulusi toimintamallia',
      text: 'Jos oppilas kertoo kokeneensa netissä jotain vahingollista, kuuntele, älä lupaa pitää asiaa salassa ja vie asia heti eteenpäin nimetylle vastuuhenkilölle. Kirjaa ylös, mitä hän sanoi, hänen omin sanoinaan.',
    },
    'educators-cyberbullying-policy': {
      title: 'Ota netti mukaan koulun ohjeisiin',
      text: 'Varmista, että kiusaamisen vastainen suunnitelma ja järjestyssäännöt kattavat myös sen, mitä netissä tapahtuu, kouluajan ulkopuolellakin, kun se vaikuttaa oppilaisiin. Jaa ne perheille.',
    },
    'educators-pupil-voice': {
      title: 'Anna oppilaiden johtaa',
      text: 'Nuoret tuntevat usein uusimmat sovellukset ja ilmiöt parhaiten. Ota heidät mukaan suunnittelemaan nettiturvallisuustunteja ja opettamaan nuorempia oppilaita.',
    },
    'educators-privacy-classroom': {
      title: 'Suojaa oppilaiden tiedot',
      text: 'Varmista lupa ennen kuin julkaiset oppilaiden töitä tai kuvia, ja käytä koulun hyväksymiä työkaluja, jotka täyttävät tietosuojavaatimukset. Näytä luokassa mallia hyvistä tietosuojatavoista.',
    },
    'educators-accounts-security': {
      title: 'Suojaa koulun tunnuksesi',
      text: 'Käytä koulun järjestelmissä vahvoja, yksilöllisiä salasanoja ja kaksivaiheista tunnistautumista. Lukitse näyttö, kun lähdet työpisteeltäsi, vaikka vain minuutiksi.',
    },
    'educators-phishing': {
      title: 'Tunnistakaa kalasteluviestit yhdessä',
      text: 'Käytä tunnilla aitoja, anonymisoituja esimerkkejä huijaussähköposteista ja -viesteistä. Pyydä oppilaita etsimään vihjeitä, kuten oudot lähettäjäosoitteet ja painostus toimimaan nopeasti.',
    },
    'educators-wellbeing-balance': {
      title: 'Puhu tasapainosta, älä vain rajoista',
      text: 'Keskustele oppilaiden kanssa siitä, millaisia tunteita erilainen netin käyttö heissä herättää, ja auta heitä huomaamaan, milloin on tauon paikka. Vältä esittämästä kaikkea ruutuaikaa haitallisena.',
    },
  },
} satisfies Translation;
