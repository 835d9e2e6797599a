import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: European Commission, digital-strategy.ec.europa.eu/ga (2022), headline 'Lá Idirlín Níos Sábháilte 2022'.
    dayName: 'Lá Idirlín Níos Sábháilte',
    countdownUntil: '{duration} go dtí {name}, {date}',
    countdownToday: 'Is inniu {name}!',
    countdownHideSeconds: 'Folaigh na soicindí',
    countdownShowSeconds: 'Taispeáin na soicindí',
    countdownEnded: 'Bhí {name} ar siúl {date}.',
    eventUntil: '{duration} go dtí {date}',
    eventToday: 'Is inniu an lá!',
    eventEnded: 'Bhí an ócáid ar siúl {date}.',
    globalTheme: 'Le chéile ar son idirlín níos fearr',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Tá scoileanna, teaghlaigh agus eagraíochtaí i dtimpeall 190 tír páirteach. Aimsigh imeacht in aice leat.',
    bannerCta: 'Faigh amach conas páirt a ghlacadh',
    bannerDismiss: 'Dún an fógra faoi {name}',
    carouselLabel: 'Leideanna sábháilteachta ar líne',
    carouselLabelFor: 'Leideanna sábháilteachta ar líne le haghaidh {audiences}',
    carouselAudienceChildren: 'páistí',
    carouselAudienceTeens: 'déagóirí',
    carouselAudienceParents: 'tuismitheoirí agus cúramóirí',
    carouselAudienceEducators: 'múinteoirí agus oideachasóirí',
    carouselRole: 'timpeallán',
    carouselSlideRole: 'sleamhnán',
    carouselSlide: '{index} as {count}',
    carouselPrevious: 'An leid roimhe seo',
    carouselNext: 'An chéad leid eile',
    carouselStop: 'Stop na leideanna ag athrú leo féin',
    carouselStart: 'Tosaigh na leideanna ag athrú leo féin',
    carouselChildren: 'Do pháistí',
    carouselTeens: 'Do dhéagóirí',
    carouselParents: 'Do thuismitheoirí agus do chúramóirí',
    carouselEducators: "Do mhúinteoirí agus d'oideachasóirí",
    calendarLink: 'Cuir leis an bhféilire',
    helplineLine: 'An bhfuil tú ag iarraidh labhairt le duine éigin? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Inis do dhuine a bhfuil muinín agat as',
      text: 'Má chuireann rud éigin ar líne imní, brón nó mearbhall ort, inis do dhuine fásta a bhfuil muinín agat as. Ní bheidh tú i dtrioblóid as é a insint.',
    },
    'children-password-secret': {
      title: 'Is rúin iad pasfhocail',
      text: 'Ná hinis do phasfhocail do dhuine ar bith, fiú do do chara is fearr. Is féidir leis na daoine fásta a thugann aire duit cabhrú leat cuimhneamh orthu.',
    },
    'children-personal-info': {
      title: 'Coinnigh do shonraí agat féin',
      text: "D'ainm iomlán, do sheoladh, do scoil agus d'uimhir fóin: coinnigh agat féin iad. Fiafraigh de dhuine fásta sula roinneann tú iad áit ar bith ar líne.",
    },
    'children-be-kind': {
      title: 'Bí cineálta ar líne',
      text: 'Tá duine fíor taobh thiar de gach scáileán, agus tá mothúcháin fhíora aige. Ná seol ach teachtaireachtaí a bheifeá sásta a rá aghaidh ar aghaidh.',
    },
    'children-strangers': {
      title: 'Ligeann daoine orthu féin uaireanta',
      text: 'Is féidir le daoine ar líne ligean orthu gur duine eile iad. Ná haontaigh riamh bualadh le duine nach bhfuil aithne agat air ach ón idirlíon.',
    },
    'children-true-or-not': {
      title: 'An bhfuil sé fíor i ndáiríre?',
      text: 'Ní bhíonn gach rud a fheiceann tú ar líne fíor, fiú má tá cuma fhíor air. Fiafraigh de dhuine fásta nó seiceáil áit eile sula gcreideann tú é.',
    },
    'children-free-prizes': {
      title: 'Is cleas iad duaiseanna saor in aisce',
      text: 'Teachtaireacht a deir gur bhuaigh tú rud éigin, is cleas í de ghnáth. Ná cliceáil uirthi, ach taispeáin do dhuine fásta í.',
    },
    'children-screen-breaks': {
      title: 'Glac sos',
      text: 'Is mór an spórt a bheith ag imirt agus ag féachaint, ach teastaíonn sos ó do shúile agus ó do chorp freisin. Stop tamall le bogadh, le súgradh amuigh nó le léamh.',
    },
    'children-block-report': {
      title: 'Is féidir leat blocáil agus tuairisciú',
      text: 'Má bhíonn duine gránna leat nó má chuireann sé míshuaimhneas ort, is féidir leat é a bhlocáil agus é a thuairisciú. Ansin inis do dhuine fásta cad a tharla.',
    },
    'children-photos': {
      title: 'Smaoinigh sula roinneann tú grianghraf',
      text: 'Is féidir grianghraf a chóipeáil agus a chur ar aghaidh. Iarr cead sula roinneann tú pictiúr de dhuine eile, agus fiafraigh de dhuine fásta sula roinneann tú pictiúr díot féin.',
    },
    'children-ai-helpers': {
      title: 'Is féidir le róbait chomhrá dul amú',
      text: 'Is féidir le cúntóirí ríomhaire a dhéanann comhrá leat botúin a dhéanamh, fiú nuair a bhíonn siad an-chinnte díobh féin. Seiceáil a bhfuil á rá acu le duine fásta nó i leabhar.',
    },
    'teens-digital-footprint': {
      title: 'Maireann do phostálacha',
      text: 'Maireann gabhálacha scáileáin níos faide ná postálacha a scriostar. Sula roinneann tú rud éigin, fiafraigh díot féin an mbeifeá sásta é a bheith le feiceáil i gceann cúig bliana.',
    },
    'teens-two-step': {
      title: 'Cuir fíordheimhniú dhá chéim ar siúl',
      text: 'Cuir dara céim, cosúil le cód ar do ghuthán, le do chuntais thábhachtacha. Ansin ní leor pasfhocal goidte leis féin chun logáil isteach.',
    },
    'teens-unique-passwords': {
      title: 'Pasfhocal difriúil do gach cuntas',
      text: 'Má sceitheann suíomh amháin do phasfhocal, tá gach cuntas a úsáideann é i mbaol. Is féidir le bainisteoir pasfhocal iad go léir a choinneáil i gcuimhne duit.',
    },
    'teens-upstander': {
      title: 'Seas le daoine eile',
      text: 'Nuair a fheiceann tú bulaíocht á déanamh ar dhuine, is féidir go gciallódh teachtaireacht phríobháideach tacaíochta a lán. Tuairiscigh an bhulaíocht in áit í a roinnt.',
    },
    'teens-nudes-pressure': {
      title: 'Brú chun íomhánna a sheoladh',
      text: 'Níl sé de cheart ag aon duine brú a chur ort grianghraif phríobháideacha a sheoladh. Má tharlaíonn sé, nó má roinntear íomhá díot, ní ortsa atá an locht: labhair le duine a bhfuil muinín agat as nó le líne chabhrach.',
    },
    'teens-deepfakes': {
      title: 'Cuma fhíor ar rudaí bréige',
      text: 'Is féidir le hintleacht shaorga grianghraif, guthanna agus físeáin bhréige a chruthú a bhfuil cuma chreidiúnach orthu. Seiceáil ar dtús cé a phostáil é agus an bhfuil foinsí iontaofa ag tuairisciú an ruda chéanna.',
    },
    'teens-sextortion-scams': {
      title: 'Is camscéim iad bagairtí',
      text: 'Má bhagraíonn duine go roinnfidh sé íomhánna mura n-íocann tú, stop ag freagairt, ná híoc, coinnigh an fhianaise agus inis do dhuine fásta nó tuairiscigh é.',
    },
    'teens-too-good': {
      title: 'Rómhaith le bheith fíor?',
      text: 'Is minic gur camscéimeanna ar thóir do chuntais nó do shonraí iad airgead cluiche ar phraghas íseal, leantóirí saor in aisce agus tairiscintí airgid éasca. Má bhraitheann tú brú ort, tóg go bog é.',
    },
    'teens-feed-feelings': {
      title: "Tabhair faoi deara an tionchar atá ag d'fhotha ort",
      text: 'Má mhothaíonn tú níos measa tar éis scrollú, cuir cuntais ar balbh, stop á leanúint nó glac sos. Is tusa atá i gceannas ar a bhfeiceann tú.',
    },
    'teens-location': {
      title: 'Seiceáil do shocruithe suímh',
      text: 'Taispeánann roinnt aipeanna cá bhfuil tú ar léarscáil nó i sonraí grianghraf. Coinnigh comhroinnt suímh múchta mura bhfuil gá agat leis i ndáiríre, agus ná roinn é ach le daoine a bhfuil aithne agat orthu.',
    },
    'teens-talk-it-through': {
      title: "Ní gá duit déileáil leis i d'aonar",
      text: 'Bíonn rudaí níos éasca nuair a labhraíonn tú le cara, le duine den teaghlach, le múinteoir nó le líne chabhrach. Is comhartha misnigh é cabhair a iarraidh.',
    },
    'parents-talk-early': {
      title: 'Labhair go luath agus go minic',
      text: 'Fiafraigh de do pháiste cad a thaitníonn leis ar líne agus cad a chuireann imní air. Le comhráite rialta, socair, is fusa dó teacht chugat nuair a bhíonn rud éigin cearr.',
    },
    'parents-stay-calm': {
      title: 'Fan socair nuair a insíonn do pháiste duit',
      text: 'Má insíonn do pháiste duit faoi rud éigin a chuir isteach air, gabh buíochas leis as é a insint sula ndéanann tú aon rud eile. Má bhaineann tú a ghléasanna de, is lú an seans go n-inseoidh sé duit an chéad uair eile.',
    },
    'parents-settings-together': {
      title: 'Socraigh aipeanna in éineacht le do pháiste',
      text: 'Téigh trí na socruithe príobháideachais le do pháiste nuair a thosaíonn sé ag úsáid aipe nó cluiche nua. Mínigh cén fáth a bhfuil gach socrú tábhachtach, ionas go bhfoghlaimeoidh sé é a dhéanamh é féin.',
    },
    'parents-parental-controls': {
      title: 'Úsáid rialuithe tuismitheoirí mar chúnamh',
      text: 'Cabhraíonn scagairí agus teorainneacha ama, go háirithe le páistí níos óige, ach ní stopann aon uirlis gach rud. Bain úsáid astu in éineacht le comhrá, agus tabhair níos mó muiníne de réir mar a fhásann do pháiste.',
    },
    'parents-family-agreement': {
      title: 'Aontaigh ar rialacha le do theaghlach',
      text: 'Socraigh le do theaghlach cathain agus cá n-úsáidtear gléasanna, mar shampla gan scáileáin ag am béile ná sna seomraí leapa istoíche. Is fusa cloí le rialacha a bhaineann le daoine fásta freisin.',
    },
    'parents-sharenting': {
      title: 'Smaoinigh sula bpostálann tú faoi do pháiste',
      text: 'Beidh na grianghraif agus na scéalta a roinneann tú inniu mar chuid de shaol do pháiste ar líne. Iarr cead ar pháistí níos sine sula bpostálann tú fúthu, agus seachain sonraí ar nós ainm na scoile.',
    },
    'parents-scam-signs': {
      title: 'Aithin comharthaí camscéime',
      text: 'Is comharthaí rabhaidh iad práinn, rúndacht agus iarratais ar chóid nó ar íocaíocht. Taispeáin do do pháiste conas a sheiceálann tú teachtaireacht sula ndéanann tú aon rud faoi.',
    },
    'parents-in-app-purchases': {
      title: "Rialaigh ceannacháin laistigh d'aipeanna",
      text: "Déanann go leor cluichí saor in aisce airgead as ceannacháin laistigh den chluiche. Bíodh pasfhocal ag teastáil d'íocaíochtaí agus labhair faoin gcaoi a ndeartar na tairiscintí seo chun imreoirí a mhealladh.",
    },
    'parents-ai-tools': {
      title: 'Bain triail as uirlisí IS le do pháiste',
      text: 'Bain triail as róbat comhrá nó as gineadóir íomhánna le do pháiste agus labhair faoin méid a dhéanann an uirlis i gceart agus go mícheart. Cabhraigh leis í a fheiceáil mar uirlis le ceistiú, ní mar údarás.',
    },
    'parents-model-habits': {
      title: 'Bí i do dhea-shampla',
      text: 'Déanann páistí aithris ar a bhfeiceann siad. Má chuireann tú do ghuthán féin i leataobh nuair a bhíonn an teaghlach le chéile, feiceann siad cén chuma atá ar chothromaíocht shláintiúil.',
    },
    'parents-bullied-online': {
      title: 'Má dhéantar bulaíocht ar do pháiste ar líne',
      text: 'Éist ar dtús, ansin cabhraigh leis gabhálacha scáileáin a choinneáil, na daoine atá i gceist a bhlocáil agus an bhulaíocht a thuairisciú. Cuir an scoil ar an eolas freisin, agus ná tabhair freagra feargach thar ceann do pháiste.',
    },
    'parents-account-security': {
      title: 'Cosain cuntais an teaghlaigh',
      text: 'Úsáid pasfhocal láidir difriúil do gach cuntas, agus fíordheimhniú dhá chéim don ríomhphost agus do na siopaí aipeanna. Taispeáin do do pháiste conas an rud céanna a dhéanamh nuair a bhíonn cuntais dá chuid féin aige.',
    },
    'parents-know-reporting': {
      title: 'Bí eolach ar thuairisciú',
      text: 'Foghlaim conas blocáil agus tuairisciú a dhéanamh sna haipeanna a úsáideann do pháiste, agus cá bhfuil an líne chabhrach agus an líne tuairiscithe náisiúnta. Sábhálann eolas roimh ré am nuair a bhíonn práinn leis.',
    },
    'educators-teach-evaluating': {
      title: 'Múin conas foinsí a sheiceáil',
      text: "Cleacht léamh cliathánach: oscail cluaisíní nua le fáil amach cé atá taobh thiar d'éileamh sula dtugtar breith air. Is fearr cleachtaí gearra rialta ná ceacht fada amháin.",
    },
    'educators-ai-literacy': {
      title: 'Cuir IS san áireamh sa litearthacht meán',
      text: "Taispeáin do dhaltaí samplaí de théacs agus d'íomhánna a chruthaigh IS, botúin san áireamh. Pléigh conas a oibríonn na huirlisí seo, cá as a dtagann a gcuid sonraí agus cathain is cóir iad a úsáid.",
    },
    'educators-safe-space': {
      title: 'Éascaigh do dhaltaí labhairt amach',
      text: 'Cuir in iúl do dhaltaí cé leis ar féidir leo labhairt ar scoil agus go n-éistfear leo. Tairg bealach discréideach chun tuairisc a dhéanamh, mar bhosca ceisteanna nó ball foirne ainmnithe.',
    },
    'educators-follow-procedure': {
      title: 'Lean an nós imeachta cosanta leanaí',
      text: 'Má insíonn dalta duit gur baineadh díobháil dó ar líne, éist, ná geall rúndacht, agus cuir ar aghaidh é láithreach chuig an duine ainmnithe don chosaint leanaí. Taifead an méid a dúirt sé ina fhocail féin.',
    },
    'educators-cyberbullying-policy': {
      title: 'Cuir iompar ar líne i do pholasaithe',
      text: "Cinntigh go gclúdaíonn na polasaithe frithbhulaíochta agus iompair an méid a tharlaíonn ar líne, taobh amuigh d'uaireanta scoile freisin nuair a théann sé i bhfeidhm ar dhaltaí. Roinn iad le teaghlaigh.",
    },
    'educators-pupil-voice': {
      title: 'Lig do dhaltaí ceannas a ghlacadh',
      text: 'Is minic gurb iad na daoine óga is mó eolas ar na haipeanna agus na treochtaí is déanaí. Tabhair páirt dóibh i bpleanáil ceachtanna sábháilteachta ar líne agus i múineadh daltaí níos óige.',
    },
    'educators-privacy-classroom': {
      title: 'Cosain sonraí na ndaltaí',
      text: 'Seiceáil go bhfuil toiliú ann sula bpostálann tú obair nó grianghraif daltaí, agus úsáid uirlisí atá ceadaithe ag an scoil a chomhlíonann rialacha cosanta sonraí. Bí i do dhea-shampla sa rang maidir le príobháideachas.',
    },
    'educators-accounts-security': {
      title: 'Cosain do chuntais scoile',
      text: 'Úsáid pasfhocail láidre uathúla agus fíordheimhniú dhá chéim do chórais na scoile. Cuir glas ar do scáileán nuair a fhágann tú do dheasc, fiú ar feadh nóiméid.',
    },
    'educators-phishing': {
      title: 'Aimsigh an fhioscaireacht le do dhaltaí',
      text: 'Úsáid samplaí fíora, anaithnidithe de ríomhphoist agus de theachtaireachtaí bréige sa rang. Iarr ar dhaltaí na leideanna a aimsiú, mar sheoltaí seoltóra aisteacha agus brú chun gníomhú go tapa.',
    },
    'educators-wellbeing-balance': {
      title: 'Labhair faoi chothromaíocht, ní faoi theorainneacha amháin',
      text: 'Pléigh conas a mhothaíonn daltaí tar éis gníomhaíochtaí éagsúla ar líne, agus cabhraigh leo a aithint cathain is ceart sos a ghlacadh. Ná tabhair le fios go bhfuil am scáileáin ar fad díobhálach.',
    },
  },
  // CLDR's patterns, for browsers whose Intl has no data for this language (Chromium has none)
  intl: {
    date: '{weekday} {day} {month} {year}',
    dateTime: '{weekday} {day} {month} {year} ag {hour}:{minute}',
    weekdays: ['Dé Domhnaigh', 'Dé Luain', 'Dé Máirt', 'Dé Céadaoin', 'Déardaoin', 'Dé hAoine', 'Dé Sathairn'],
    months: [
      'Eanáir',
      'Feabhra',
      'Márta',
      'Aibreán',
      'Bealtaine',
      'Meitheamh',
      'Iúil',
      'Lúnasa',
      'Meán Fómhair',
      'Deireadh Fómhair',
      'Samhain',
      'Nollaig',
    ],
    list: '{0} agus {1}',
    units: {
      day: { long: '{n} lá', short: '{n} lá', narrow: '{n}l' },
      hour: { long: { other: '{n} uair', few: '{n} huaire', many: '{n} n-uaire' }, short: '{n} u', narrow: '{n}u' },
      minute: { long: '{n} nóiméad', short: '{n} nóim', narrow: '{n}n' },
      second: {
        long: { other: '{n} soicind', two: '{n} shoicind', few: '{n} shoicind' },
        short: { other: '{n} soic', two: '{n} shoic', few: '{n} shoic' },
        narrow: '{n}s',
      },
    },
  },
} satisfies Translation;
