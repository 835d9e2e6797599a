import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: Presidential Proclamation No. 417 names the day in English (dilg.gov.ph): the English name is kept.
    dayName: 'Safer Internet Day',
    countdownUntil: '{duration} na lang bago ang {name}, {date}',
    countdownToday: 'Ngayong araw ang {name}!',
    countdownHideSeconds: 'Itago ang mga segundo',
    countdownShowSeconds: 'Ipakita ang mga segundo',
    countdownEnded: 'Ginanap ang {name} noong {date}.',
    eventUntil: '{duration} na lang bago ang {date}',
    eventToday: 'Ngayon na ang araw!',
    eventEnded: 'Ginanap ito noong {date}.',
    globalTheme: 'Sama-sama para sa mas mabuting internet',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Nakikilahok ang mga paaralan, pamilya at organisasyon sa humigit-kumulang 190 bansa. Maghanap ng aktibidad na malapit sa inyo.',
    bannerCta: 'Alamin kung paano makilahok',
    bannerDismiss: 'Isara ang paalala tungkol sa {name}',
    carouselLabel: 'Mga payo para maging ligtas sa internet',
    carouselLabelFor: 'Mga payo para sa {audiences} para maging ligtas sa internet',
    carouselAudienceChildren: 'mga bata',
    carouselAudienceTeens: 'mga tinedyer',
    carouselAudienceParents: 'mga magulang at tagapag-alaga',
    carouselAudienceEducators: 'mga guro at tagapagturo',
    carouselRole: 'karusel',
    carouselSlideRole: 'islayd',
    carouselSlide: '{index} sa {count}',
    carouselPrevious: 'Nakaraang payo',
    carouselNext: 'Susunod na payo',
    carouselStop: 'Itigil ang sunud-sunod na pagpapakita ng mga payo',
    carouselStart: 'Simulan ang sunud-sunod na pagpapakita ng mga payo',
    carouselChildren: 'Para sa mga bata',
    carouselTeens: 'Para sa mga tinedyer',
    carouselParents: 'Para sa mga magulang at tagapag-alaga',
    carouselEducators: 'Para sa mga guro at tagapagturo',
    calendarLink: 'Idagdag sa kalendaryo',
    helplineLine: 'Kailangan mo ba ng makakausap? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Magsabi sa taong pinagkakatiwalaan mo',
      text: 'Kapag nag-aalala, nalulungkot o nalilito ka dahil sa isang bagay sa internet, sabihin ito sa isang nakatatandang pinagkakatiwalaan mo. Hindi ka mapapagalitan dahil nagsabi ka.',
    },
    'children-password-secret': {
      title: 'Sikreto ang password',
      text: 'Huwag sabihin kaninuman ang mga password mo, kahit sa matalik mong kaibigan. Matutulungan ka ng mga nakatatandang nag-aalaga sa iyo na matandaan ang mga ito.',
    },
    'children-personal-info': {
      title: 'Ilihim ang iyong personal na impormasyon',
      text: 'Sa iyo lang dapat ang buo mong pangalan, tirahan, paaralan at numero ng telepono. Magtanong muna sa isang nakatatanda bago mo ibahagi ang mga ito saanman sa internet.',
    },
    'children-be-kind': {
      title: 'Maging mabait sa internet',
      text: 'May totoong tao na may totoong damdamin sa likod ng bawat screen. Magpadala lang ng mensaheng handa mo ring sabihin nang harapan.',
    },
    'children-strangers': {
      title: 'Hindi lahat ay nagsasabi ng totoo kung sino sila',
      text: 'Puwedeng magkunwaring ibang tao ang mga nakakausap mo sa internet. Huwag na huwag pumayag na makipagkita sa taong sa internet mo lang nakilala.',
    },
    'children-true-or-not': {
      title: 'Totoo ba talaga?',
      text: 'Hindi lahat ng nakikita mo sa internet ay totoo, kahit mukha itong tunay. Magtanong sa isang nakatatanda o tumingin sa ibang sanggunian bago ka maniwala.',
    },
    'children-free-prizes': {
      title: 'Panloloko ang libreng premyo',
      text: 'Kadalasang panloloko ang mensaheng nagsasabing may napanalunan ka. Huwag itong i-click, at ipakita na lang ito sa isang nakatatanda.',
    },
    'children-screen-breaks': {
      title: 'Magpahinga muna',
      text: 'Masaya ang maglaro at manood, pero kailangan ding magpahinga ng mga mata at katawan mo. Huminto muna sandali para gumalaw, maglaro sa labas o magbasa.',
    },
    'children-block-report': {
      title: 'Puwede kang mag-block at mag-ulat',
      text: 'Kapag may nang-aaway sa iyo o hindi ka komportable sa ginagawa ng isang tao, puwede mo siyang i-block at iulat ang ginawa niya. Pagkatapos, sabihin sa isang nakatatanda ang nangyari.',
    },
    'children-photos': {
      title: 'Mag-isip muna bago magbahagi ng litrato',
      text: 'Puwedeng kopyahin at ipasa sa iba ang isang litrato. Magpaalam muna bago magbahagi ng litrato ng ibang tao, at magtanong sa isang nakatatanda bago magbahagi ng litrato mo.',
    },
    'children-ai-helpers': {
      title: 'Puwedeng magkamali ang mga chatbot',
      text: 'Ang mga programa sa computer na nakikipag-usap sa iyo ay puwedeng magkamali, kahit parang siguradong-sigurado sila. Itanong sa isang nakatatanda o tingnan sa aklat kung tama ang sinasabi nila.',
    },
    'teens-digital-footprint': {
      title: 'Nananatili ang mga post mo',
      text: 'Nananatili ang mga screenshot kahit burado na ang post. Bago ka magbahagi, tanungin ang sarili: ayos lang ba sa iyo kung makikita pa ito makalipas ang limang taon?',
    },
    'teens-two-step': {
      title: 'I-on ang pag-verify sa dalawang hakbang',
      text: 'Magdagdag ng ikalawang hakbang, gaya ng code sa telepono mo, sa mahahalagang account mo. Sa ganoon, kahit manakaw ang password mo, hindi pa rin ito sapat para makapasok.',
    },
    'teens-unique-passwords': {
      title: 'Isang password sa bawat account',
      text: 'Kapag nabunyag ang password mo mula sa isang site, nanganganib ang lahat ng account na gumagamit nito. Kayang tandaan ng isang app na tagapamahala ng password ang lahat ng ito para sa iyo.',
    },
    'teens-upstander': {
      title: 'Manindigan para sa iba',
      text: 'Kapag may nakita kang binu-bully, malaki ang maitutulong ng isang pribadong mensahe ng suporta. Iulat ang pambu-bully sa halip na ikalat ito.',
    },
    'teens-nudes-pressure': {
      title: 'Kapag pinipilit kang magpadala ng litrato',
      text: 'Walang sinumang may karapatang pilitin kang magpadala ng maseselang litrato. Kapag nangyari ito, o kapag ibinahagi ang isang litrato mo, hindi mo ito kasalanan: kausapin ang taong pinagkakatiwalaan mo o ang isang hotline.',
    },
    'teens-deepfakes': {
      title: 'Puwedeng magmukhang totoo ang peke',
      text: 'Kayang gumawa ng AI ng pekeng litrato, boses at video na kapani-paniwala. Alamin muna kung sino ang nag-post nito at kung ganoon din ang sinasabi ng mga mapagkakatiwalaang sanggunian.',
    },
    'teens-sextortion-scams': {
      title: 'Panloloko ang pananakot',
      text: 'Kapag may nagbantang ikakalat niya ang mga litrato mo maliban kung magbabayad ka, huwag nang sumagot, huwag magbayad, itago ang ebidensya, at magsabi sa isang nakatatanda o iulat ito.',
    },
    'teens-too-good': {
      title: 'Masyadong maganda para maging totoo?',
      text: 'Ang murang pera sa laro, libreng tagasunod at alok ng madaling pera ay kadalasang panloloko para makuha ang account o impormasyon mo. Kapag parang minamadali ka, huminto muna at mag-isip.',
    },
    'teens-feed-feelings': {
      title: 'Pansinin ang epekto ng feed mo sa pakiramdam mo',
      text: 'Kapag mas sumasama ang pakiramdam mo pagkatapos mag-scroll, i-mute o i-unfollow ang ilang account, o magpahinga muna. Ikaw ang may kontrol sa nakikita mo.',
    },
    'teens-location': {
      title: 'Tingnan ang mga setting ng lokasyon mo',
      text: 'Ipinapakita ng ilang app kung nasaan ka sa mapa o sa datos ng litrato. Panatilihing nakapatay ang pagbabahagi ng lokasyon maliban kung talagang kailangan mo ito, at ibahagi lang ito sa mga taong kilala mo.',
    },
    'teens-talk-it-through': {
      title: 'Hindi mo kailangang harapin ito nang mag-isa',
      text: 'Puwedeng gumaan ang lahat kapag nakipag-usap ka sa isang kaibigan, kapamilya, guro o hotline. Tanda ng lakas ang paghingi ng tulong.',
    },
    'parents-talk-early': {
      title: 'Makipag-usap nang maaga at madalas',
      text: 'Tanungin ang inyong anak kung ano ang kinagigiliwan niya sa internet at kung ano ang ikinababahala niya. Sa regular at mahinahong pag-uusap, mas madali siyang lalapit sa inyo kapag may problema.',
    },
    'parents-stay-calm': {
      title: 'Manatiling kalmado kapag nagsabi siya',
      text: 'Kapag may ikinuwento ang inyong anak na nakababahala, pasalamatan muna siya dahil nagsabi siya sa inyo. Kapag kinuha ninyo ang kanyang mga gadget, baka hindi na siya magsabi sa inyo sa susunod.',
    },
    'parents-settings-together': {
      title: 'Sabay ninyong ayusin ang mga app',
      text: 'Suriin ang mga setting sa privacy kasama ang inyong anak kapag nagsimula siyang gumamit ng bagong app o laro. Ipaliwanag kung bakit mahalaga ang bawat setting, para matuto siyang gawin ito nang mag-isa.',
    },
    'parents-parental-controls': {
      title: 'Gamitin ang kontrol ng magulang bilang katuwang',
      text: 'Nakatutulong ang mga filter at limitasyon sa oras, lalo na sa mas maliliit na bata, pero walang kasangkapang nakahuhuli ng lahat. Samahan ito ng pag-uusap at ng unti-unting pagbibigay ng mas malaking tiwala habang lumalaki ang inyong anak.',
    },
    'parents-family-agreement': {
      title: 'Magkasundo sa mga patakaran ng pamilya',
      text: 'Pagpasyahan nang sama-sama kung kailan at saan gagamit ng gadget, gaya ng walang screen habang kumakain o sa kuwarto sa gabi. Mas madaling sundin ang mga patakarang sinusunod din ng matatanda.',
    },
    'parents-sharenting': {
      title: 'Mag-isip muna bago mag-post tungkol sa inyong anak',
      text: 'Nagiging bahagi ng buhay sa internet ng inyong anak ang mga litrato at kuwentong ibinabahagi ninyo ngayon. Magpaalam muna sa mas malalaking anak bago mag-post tungkol sa kanila, at iwasan ang mga detalye gaya ng pangalan ng paaralan.',
    },
    'parents-scam-signs': {
      title: 'Kilalanin ang mga senyales ng panloloko',
      text: 'Mga babala ang pagmamadali, paglilihim at paghingi ng code o bayad. Ipakita sa inyong anak kung paano ninyo sinusuri ang isang mensahe bago kumilos.',
    },
    'parents-in-app-purchases': {
      title: 'Kontrolin ang pagbili sa loob ng app',
      text: 'Maraming libreng laro ang kumikita mula sa mga binibili sa loob ng laro. Lagyan ng password ang mga pagbabayad, at pag-usapan kung paano ginagawa ang mga alok na ito para tuksuhin ang mga manlalaro.',
    },
    'parents-ai-tools': {
      title: 'Sabay ninyong subukan ang mga kasangkapang AI',
      text: 'Subukan kasama ang inyong anak ang isang chatbot o app na gumagawa ng larawan, at pag-usapan kung saan ito tama at saan ito mali. Tulungan siyang ituring ito bilang kasangkapang dapat suriin, hindi bilang awtoridad na laging tama.',
    },
    'parents-model-habits': {
      title: 'Maging halimbawa',
      text: 'Ginagaya ng mga bata ang nakikita nila. Kapag itinabi ninyo ang sarili ninyong telepono sa oras ng pamilya, naipapakita ninyo sa kanila kung ano ang malusog na balanse.',
    },
    'parents-bullied-online': {
      title: 'Kapag binu-bully ang inyong anak sa internet',
      text: 'Makinig muna, saka tulungan siyang mag-save ng mga screenshot, i-block ang mga sangkot at iulat ito. Ipaalam din sa paaralan, at iwasang sumagot nang galit sa ngalan ng inyong anak.',
    },
    'parents-account-security': {
      title: 'Protektahan ang mga account ng pamilya',
      text: 'Gumamit ng iba’t ibang matibay na password sa bawat account, at ng pag-verify sa dalawang hakbang para sa email at app store. Ipakita sa inyong anak kung paano ito gawin kapag may sarili na siyang mga account.',
    },
    'parents-know-reporting': {
      title: 'Alamin kung paano mag-ulat',
      text: 'Alamin kung paano mag-block at mag-ulat sa mga app na ginagamit ng inyong anak, at kung ano ang pambansang hotline para sa tulong at para sa pag-uulat ng mapanganib na nilalaman. Nakatitipid ng oras ang maagang kaalaman kapag kailangan na.',
    },
    'educators-teach-evaluating': {
      title: 'Ituro kung paano suriin ang mga sanggunian',
      text: 'Sanayin ang mga mag-aaral na magbukas ng mga bagong tab para alamin kung sino ang nasa likod ng isang pahayag bago ito husgahan. Mas epektibo ang maiikli at regular na pagsasanay kaysa sa isang mahabang aralin.',
    },
    'educators-ai-literacy': {
      title: 'Isama ang AI sa pagtuturo ng literasiya sa media',
      text: 'Ipakita sa mga mag-aaral ang mga halimbawa ng teksto at larawang gawa ng AI, kasama ang mga pagkakamali nito. Talakayin kung paano gumagana ang mga kasangkapang ito, saan nanggagaling ang kanilang datos, at kailan patas ang paggamit sa mga ito.',
    },
    'educators-safe-space': {
      title: 'Gawing madali ang pagsasabi ng problema',
      text: 'Ipaalam sa mga mag-aaral kung sino ang puwede nilang kausapin sa paaralan, at tiyakin sa kanila na pakikinggan sila. Magbigay ng pribadong paraan ng pag-uulat, gaya ng kahon ng mga tanong o isang itinalagang kawani.',
    },
    'educators-follow-procedure': {
      title: 'Sundin ang patakaran sa proteksyon ng bata',
      text: 'Kapag nagsabi ang isang mag-aaral na napinsala siya sa internet, makinig, huwag mangakong ililihim ito, at agad itong ipasa sa itinalagang tagapangasiwa ng proteksyon ng bata sa inyong paaralan. Itala ang sinabi niya gamit ang mismong mga salita niya.',
    },
    'educators-cyberbullying-policy': {
      title: 'Isama ang asal sa internet sa inyong mga patakaran',
      text: 'Tiyaking saklaw ng mga patakaran laban sa pambu-bully at tungkol sa asal ang nangyayari sa internet, pati sa labas ng oras ng klase kapag naaapektuhan ang mga mag-aaral. Ibahagi ang mga ito sa mga pamilya.',
    },
    'educators-pupil-voice': {
      title: 'Hayaang manguna ang mga mag-aaral',
      text: 'Kadalasan, ang kabataan ang pinakamaalam sa mga pinakabagong app at uso. Isali sila sa pagpaplano ng mga aralin sa kaligtasan sa internet at sa pagtuturo sa mas nakababatang mag-aaral.',
    },
    'educators-privacy-classroom': {
      title: 'Protektahan ang datos ng mga mag-aaral',
      text: 'Tiyaking may pahintulot bago mag-post ng gawa o litrato ng mga mag-aaral, at gumamit ng mga kasangkapang aprubado ng paaralan na sumusunod sa mga patakaran sa proteksyon ng datos. Ipakita sa klase ang mabubuting gawi sa pag-iingat ng personal na impormasyon.',
    },
    'educators-accounts-security': {
      title: 'Protektahan ang inyong mga account sa paaralan',
      text: 'Gumamit ng matitibay at magkakaibang password at ng pag-verify sa dalawang hakbang para sa mga sistema ng paaralan. I-lock ang inyong screen kapag umalis kayo sa inyong mesa, kahit isang minuto lang.',
    },
    'educators-phishing': {
      title: 'Sama-samang kilalanin ang phishing',
      text: 'Gumamit sa klase ng totoong halimbawa ng mga pekeng email at mensahe na tinanggalan ng personal na impormasyon. Ipahanap sa mga mag-aaral ang mga palatandaan, gaya ng kakaibang address ng nagpadala at pamimilit na kumilos agad.',
    },
    'educators-wellbeing-balance': {
      title: 'Pag-usapan ang balanse, hindi lang ang limitasyon',
      text: 'Talakayin kung ano ang nararamdaman ng mga mag-aaral sa iba’t ibang gawain sa internet, at tulungan silang mapansin kung kailan dapat magpahinga. Iwasang ipakitang masama ang lahat ng oras sa screen.',
    },
  },
} satisfies Translation;
