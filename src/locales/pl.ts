import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: NASK, co-organiser with Fundacja Dajemy Dzieciom Siłę in the Polish Safer Internet Centre (nask.pl, 2025).
    dayName: 'Dzień Bezpiecznego Internetu',
    countdownUntil: '{duration} do wydarzenia „{name}”, {date}',
    countdownToday: 'Dziś obchodzimy {name}!',
    countdownHideSeconds: 'Ukryj sekundy',
    countdownShowSeconds: 'Pokaż sekundy',
    countdownEnded: 'Wydarzenie „{name}” odbyło się: {date}.',
    eventUntil: '{duration} do wydarzenia, {date}',
    eventToday: 'To już dziś!',
    eventEnded: 'Wydarzenie odbyło się: {date}.',
    globalTheme: 'Razem na rzecz lepszego internetu',
    bannerDay: '{name} {year}',
    bannerMessage:
      'W obchodach biorą udział szkoły, rodziny i organizacje z około 190 krajów. Znajdź wydarzenie w pobliżu.',
    bannerCta: 'Zobacz, jak się przyłączyć',
    bannerDismiss: 'Zamknij komunikat o wydarzeniu „{name}”',
    carouselLabel: 'Wskazówki o bezpieczeństwie w sieci',
    carouselLabelFor: 'Wskazówki o bezpieczeństwie w sieci dla {audiences}',
    carouselAudienceChildren: 'dzieci',
    carouselAudienceTeens: 'nastolatków',
    carouselAudienceParents: 'rodziców i opiekunów',
    carouselAudienceEducators: 'nauczycieli',
    carouselRole: 'karuzela',
    carouselSlideRole: 'slajd',
    carouselSlide: '{index} z {count}',
    carouselPrevious: 'Poprzednia wskazówka',
    carouselNext: 'Następna wskazówka',
    carouselStop: 'Zatrzymaj automatyczne przełączanie wskazówek',
    carouselStart: 'Włącz automatyczne przełączanie wskazówek',
    carouselChildren: 'Dla dzieci',
    carouselTeens: 'Dla nastolatków',
    carouselParents: 'Dla rodziców i opiekunów',
    carouselEducators: 'Dla nauczycieli',
    calendarLink: 'Dodaj do kalendarza',
    helplineLine: 'Chcesz z kimś porozmawiać? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Powiedz komuś, komu ufasz',
      text: 'Jeśli coś w internecie cię martwi lub smuci albo nie wiesz, co o tym myśleć, powiedz o tym dorosłemu, któremu ufasz. Nie będziesz mieć kłopotów za to, że o tym powiesz.',
    },
    'children-password-secret': {
      title: 'Hasła to tajemnica',
      text: 'Nie zdradzaj nikomu swoich haseł, nawet najlepszemu przyjacielowi czy przyjaciółce. Dorośli, którzy się tobą opiekują, pomogą ci je zapamiętać.',
    },
    'children-personal-info': {
      title: 'Twoje dane są tylko twoje',
      text: 'Twoje imię i nazwisko, adres, szkoła i numer telefonu należą do ciebie. Zanim podasz je gdziekolwiek w internecie, zapytaj dorosłego.',
    },
    'children-be-kind': {
      title: 'Traktuj innych życzliwie',
      text: 'Po drugiej stronie ekranu jest prawdziwy człowiek z prawdziwymi uczuciami. Wysyłaj tylko takie wiadomości, które możesz śmiało powiedzieć komuś osobiście.',
    },
    'children-strangers': {
      title: 'Nie każdy jest tym, za kogo się podaje',
      text: 'Ludzie w internecie mogą udawać kogoś innego. Nigdy nie zgadzaj się na spotkanie z kimś, kogo znasz tylko z internetu.',
    },
    'children-true-or-not': {
      title: 'Czy to na pewno prawda?',
      text: 'Nie wszystko, co widzisz w internecie, jest prawdą, nawet jeśli wygląda na prawdziwe. Zanim w to uwierzysz, zapytaj dorosłego albo sprawdź w innym miejscu.',
    },
    'children-free-prizes': {
      title: 'Darmowe nagrody to podstęp',
      text: 'Wiadomość, że czeka na ciebie wygrana, to zwykle podstęp. Nie klikaj w nią, tylko pokaż ją dorosłemu.',
    },
    'children-screen-breaks': {
      title: 'Zrób sobie przerwę',
      text: 'Granie i oglądanie to świetna zabawa, ale twoje oczy i ciało też potrzebują odpoczynku. Zrób przerwę, żeby się poruszać, pobawić na dworze albo poczytać.',
    },
    'children-block-report': {
      title: 'Możesz zablokować i zgłosić',
      text: 'Jeśli ktoś jest dla ciebie niemiły albo czujesz się przez niego nieswojo, możesz go zablokować i to zgłosić. Potem opowiedz dorosłemu, co się stało.',
    },
    'children-photos': {
      title: 'Pomyśl, zanim udostępnisz zdjęcie',
      text: 'Zdjęcie można skopiować i przesłać dalej. Zanim udostępnisz czyjeś zdjęcie, zapytaj tę osobę o zgodę, a zanim udostępnisz swoje, zapytaj dorosłego.',
    },
    'children-ai-helpers': {
      title: 'Chatboty mogą się mylić',
      text: 'Komputerowi pomocnicy, którzy z tobą rozmawiają, mogą się mylić, a przy tym brzmieć bardzo pewnie. Sprawdź to, co mówią, z dorosłym albo w książce.',
    },
    'teens-digital-footprint': {
      title: 'Twoje posty zostają na dłużej',
      text: 'Zrzuty ekranu żyją dłużej niż usunięte posty. Zanim coś udostępnisz, zastanów się, czy nie przeszkadzałoby ci, gdyby ktoś zobaczył to za pięć lat.',
    },
    'teens-two-step': {
      title: 'Włącz weryfikację dwuetapową',
      text: 'Dodaj do swoich ważnych kont drugi krok logowania, na przykład kod z telefonu. Wtedy samo skradzione hasło nie wystarczy, żeby się do nich dostać.',
    },
    'teens-unique-passwords': {
      title: 'Jedno hasło na jedno konto',
      text: 'Jeśli z jednej strony wycieknie twoje hasło, zagrożone są wszystkie konta, na których go używasz. Menedżer haseł może zapamiętać je wszystkie za ciebie.',
    },
    'teens-upstander': {
      title: 'Nie stój z boku',
      text: 'Gdy widzisz, że ktoś jest gnębiony, prywatna wiadomość ze wsparciem może wiele dla niego znaczyć. Zgłoś nękanie, zamiast je udostępniać.',
    },
    'teens-nudes-pressure': {
      title: 'Presja, by wysłać zdjęcia',
      text: 'Nikt nie ma prawa wywierać na tobie presji, żeby skłonić cię do wysłania intymnych zdjęć. Jeśli tak się dzieje albo ktoś udostępnił twoje zdjęcie, to nie twoja wina: porozmawiaj z kimś, komu ufasz, albo skontaktuj się z telefonem zaufania.',
    },
    'teens-deepfakes': {
      title: 'Fałszywki mogą wyglądać jak prawdziwe',
      text: 'AI potrafi podrobić zdjęcia, głosy i filmy tak, że wyglądają przekonująco. Najpierw sprawdź, kto to opublikował i czy wiarygodne źródła podają to samo.',
    },
    'teens-sextortion-scams': {
      title: 'Groźby to oszustwo',
      text: 'Gdy ktoś żąda pieniędzy i grozi, że udostępni twoje zdjęcia, przestań mu odpisywać, nie płać, zachowaj dowody i powiedz o tym dorosłemu albo to zgłoś.',
    },
    'teens-too-good': {
      title: 'Zbyt piękne, żeby było prawdziwe?',
      text: 'Tania waluta do gier, darmowi obserwujący i łatwy zarobek to często oszustwa, które mają przejąć twoje konto lub dane. Jeśli czujesz presję czasu, zwolnij.',
    },
    'teens-feed-feelings': {
      title: 'Zauważ, jak działa na ciebie twój feed',
      text: 'Jeśli po przewijaniu czujesz się gorzej, wycisz konta, przestań je obserwować albo zrób sobie przerwę. To ty decydujesz, co oglądasz.',
    },
    'teens-location': {
      title: 'Sprawdź ustawienia lokalizacji',
      text: 'Niektóre aplikacje pokazują na mapie albo w danych zdjęć, gdzie jesteś. Zostaw udostępnianie lokalizacji wyłączone, chyba że naprawdę go potrzebujesz, i dziel się nią tylko z osobami, które znasz.',
    },
    'teens-talk-it-through': {
      title: 'Nie musisz radzić sobie w pojedynkę',
      text: 'Rozmowa z przyjacielem, kimś z rodziny, nauczycielem albo konsultantem telefonu zaufania może wiele ułatwić. Prośba o pomoc to oznaka siły.',
    },
    'parents-talk-early': {
      title: 'Rozmawiaj wcześnie i często',
      text: 'Pytaj dziecko, co lubi robić w internecie, a także co je w nim niepokoi. Regularne, spokojne rozmowy sprawiają, że łatwiej mu przyjść do ciebie, gdy coś pójdzie nie tak.',
    },
    'parents-stay-calm': {
      title: 'Zachowaj spokój, gdy dziecko się zwierza',
      text: 'Jeśli dziecko opowie ci o czymś przykrym, przede wszystkim podziękuj mu za to, że ci powiedziało. Zabieranie urządzeń może sprawić, że następnym razem będzie mniej skłonne się zwierzyć.',
    },
    'parents-settings-together': {
      title: 'Konfigurujcie aplikacje razem',
      text: 'Przejrzyj z dzieckiem ustawienia prywatności, gdy zaczyna korzystać z nowej aplikacji lub gry. Wyjaśnij, dlaczego każde ustawienie jest ważne, żeby nauczyło się robić to samodzielnie.',
    },
    'parents-parental-controls': {
      title: 'Traktuj kontrolę rodzicielską jako wsparcie',
      text: 'Filtry i limity czasu pomagają, zwłaszcza przy młodszych dzieciach, ale żadne narzędzie nie wychwyci wszystkiego. Łącz je z rozmową i obdarzaj dziecko coraz większym zaufaniem, w miarę jak dorasta.',
    },
    'parents-family-agreement': {
      title: 'Ustalcie rodzinne zasady',
      text: 'Wspólnie zdecydujcie, kiedy i gdzie korzystacie z urządzeń, na przykład bez ekranów przy posiłkach i w sypialniach w nocy. Zasad, które obowiązują też dorosłych, łatwiej przestrzegać.',
    },
    'parents-sharenting': {
      title: 'Pomyśl, zanim opublikujesz coś o dziecku',
      text: 'Zdjęcia i historie, które udostępniasz dziś, stają się częścią życia twojego dziecka w sieci. Pytaj starsze dzieci o zgodę, zanim coś o nich opublikujesz, i unikaj szczegółów, takich jak nazwa szkoły.',
    },
    'parents-scam-signs': {
      title: 'Poznaj sygnały oszustwa',
      text: 'Pośpiech, prośby o zachowanie tajemnicy oraz o kody lub płatności to sygnały ostrzegawcze. Pokaż dziecku, jak sprawdzasz wiadomość, zanim na nią zareagujesz.',
    },
    'parents-in-app-purchases': {
      title: 'Kontroluj zakupy w aplikacjach',
      text: 'Wiele darmowych gier zarabia na zakupach w grze. Ustaw hasło do płatności i porozmawiaj z dzieckiem o tym, jak te oferty są projektowane, żeby kusić graczy.',
    },
    'parents-ai-tools': {
      title: 'Poznawajcie razem narzędzia AI',
      text: 'Wypróbuj z dzieckiem chatbota lub generator obrazów i porozmawiaj z nim o tym, w czym narzędzie ma rację, a w czym się myli. Pomóż dziecku traktować je jako narzędzie, którego odpowiedzi warto kwestionować, a nie jako autorytet.',
    },
    'parents-model-habits': {
      title: 'Dawaj dobry przykład',
      text: 'Dzieci naśladują to, co widzą. Odkładając telefon, gdy spędzasz czas z rodziną, pokazujesz im, jak wygląda zdrowa równowaga.',
    },
    'parents-bullied-online': {
      title: 'Gdy twoje dziecko jest nękane w sieci',
      text: 'Najpierw wysłuchaj, potem pomóż dziecku zachować zrzuty ekranu, zablokować osoby, które w tym uczestniczą, i zgłosić sprawę. Poinformuj też szkołę i nie odpowiadaj w złości w imieniu dziecka.',
    },
    'parents-account-security': {
      title: 'Zabezpiecz konta całej rodziny',
      text: 'Używaj innego silnego hasła do każdego konta, a w poczcie i sklepach z aplikacjami włącz weryfikację dwuetapową. Pokaż dziecku, jak zrobić to samo, gdy założy własne konta.',
    },
    'parents-know-reporting': {
      title: 'Wiedz, jak zgłaszać',
      text: 'Sprawdź, jak blokować i zgłaszać w aplikacjach, z których korzysta twoje dziecko, i gdzie znaleźć krajowy telefon zaufania oraz punkt zgłaszania nielegalnych treści. Wiedząc to wcześniej, zaoszczędzisz czas, gdy będzie to ważne.',
    },
    'educators-teach-evaluating': {
      title: 'Ucz sprawdzania źródeł',
      text: 'Ćwicz z uczniami czytanie lateralne: otwierajcie nowe karty, aby sprawdzić, kto stoi za danym twierdzeniem, zanim je ocenicie. Krótkie, regularne ćwiczenia działają lepiej niż jedna długa lekcja.',
    },
    'educators-ai-literacy': {
      title: 'Włącz AI do edukacji medialnej',
      text: 'Pokaż uczniom przykłady tekstów i obrazów wygenerowanych przez AI, także z błędami. Omów z nimi, jak działają te narzędzia, skąd pochodzą ich dane i kiedy korzystanie z nich jest uczciwe.',
    },
    'educators-safe-space': {
      title: 'Ułatw uczniom mówienie o problemach',
      text: 'Powiedz uczniom, z kim mogą porozmawiać w szkole i że zostaną wysłuchani. Daj im dyskretny sposób zgłaszania, na przykład skrzynkę na pytania lub konkretną osobę z kadry.',
    },
    'educators-follow-procedure': {
      title: 'Stosuj procedury ochrony dzieci',
      text: 'Gdy uczeń zwierzy się z krzywdy doznanej w sieci, wysłuchaj go, nie obiecuj tajemnicy i od razu przekaż sprawę osobie wyznaczonej w szkole do ochrony dzieci. Zapisz, co powiedział, jego słowami.',
    },
    'educators-cyberbullying-policy': {
      title: 'Uwzględnij zachowania w sieci w zasadach szkoły',
      text: 'Zadbaj, by szkolne zasady przeciwdziałania przemocy rówieśniczej i zasady zachowania obejmowały też to, co dzieje się w sieci, także po lekcjach, jeśli ma to wpływ na uczniów. Udostępnij je rodzinom.',
    },
    'educators-pupil-voice': {
      title: 'Pozwól uczniom przejąć inicjatywę',
      text: 'Młodzi ludzie często najlepiej znają najnowsze aplikacje i trendy. Angażuj ich w planowanie lekcji o bezpieczeństwie w sieci i w uczenie młodszych uczniów.',
    },
    'educators-privacy-classroom': {
      title: 'Chroń dane uczniów',
      text: 'Zanim opublikujesz prace lub zdjęcia uczniów, sprawdź, czy masz zgodę, i korzystaj z zatwierdzonych przez szkołę narzędzi zgodnych z przepisami o ochronie danych. Pokazuj w klasie dobre nawyki dotyczące prywatności.',
    },
    'educators-accounts-security': {
      title: 'Zabezpiecz swoje konta szkolne',
      text: 'Używaj silnych, unikalnych haseł i weryfikacji dwuetapowej w systemach szkolnych. Blokuj ekran, gdy odchodzisz od biurka, nawet na minutę.',
    },
    'educators-phishing': {
      title: 'Rozpoznawajcie razem phishing',
      text: 'Korzystaj na lekcjach z prawdziwych, zanonimizowanych przykładów fałszywych e-maili i wiadomości. Poproś uczniów, by odszukali sygnały ostrzegawcze, takie jak dziwne adresy nadawców czy nacisk na szybkie działanie.',
    },
    'educators-wellbeing-balance': {
      title: 'Mów o równowadze, nie tylko o limitach',
      text: 'Rozmawiaj z uczniami o tym, jak się czują podczas różnych aktywności w sieci, i pomóż im zauważać, kiedy zrobić przerwę. Nie przedstawiaj całego czasu przed ekranem jako szkodliwego.',
    },
  },
} satisfies Translation;
