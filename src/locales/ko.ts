import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: ChildFund Korea (childfund.or.kr) and the National Center for the Rights of the Child (lib.ncrc.or.kr); usage, no committee.
    dayName: '안전한 인터넷의 날',
    countdownUntil: '{name}({date})까지 {duration} 남았습니다',
    countdownToday: '오늘은 {name}입니다!',
    countdownHideSeconds: '초 숨기기',
    countdownShowSeconds: '초 표시하기',
    countdownEnded: '{name}은 {date}이었습니다.',
    eventUntil: '{date}까지 {duration} 남았습니다',
    eventToday: '드디어 오늘입니다!',
    eventEnded: '이 행사는 {date}에 열렸습니다.',
    globalTheme: '더 나은 인터넷을 위해 함께',
    bannerDay: '{year} {name}',
    bannerMessage: '약 190개국의 학교, 가정, 단체가 참여합니다. 가까운 곳에서 열리는 활동을 찾아보세요.',
    bannerCta: '참여 방법 알아보기',
    bannerDismiss: '{name} 배너 닫기',
    carouselLabel: '온라인 안전 팁',
    carouselLabelFor: '{audiences}용 온라인 안전 팁',
    carouselAudienceChildren: '어린이',
    carouselAudienceTeens: '청소년',
    carouselAudienceParents: '부모·보호자',
    carouselAudienceEducators: '교사·교육자',
    carouselRole: '캐러셀',
    carouselSlideRole: '슬라이드',
    carouselSlide: '{count}개 중 {index}번째',
    carouselPrevious: '이전 팁',
    carouselNext: '다음 팁',
    carouselStop: '팁 자동 넘기기 멈추기',
    carouselStart: '팁 자동 넘기기 시작하기',
    carouselChildren: '어린이용',
    carouselTeens: '청소년용',
    carouselParents: '부모·보호자용',
    carouselEducators: '교사·교육자용',
    calendarLink: '캘린더에 추가하기',
    helplineLine: '누군가와 이야기하고 싶어요? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: '믿을 수 있는 어른에게 말해요',
      text: '인터넷에서 무언가 때문에 걱정되거나 슬프거나 헷갈리면, 믿을 수 있는 어른에게 말해요. 말했다고 혼나지 않아요.',
    },
    'children-password-secret': {
      title: '비밀번호는 비밀이에요',
      text: '비밀번호는 가장 친한 친구에게도 알려 주지 말아요. 나를 돌봐 주는 어른이 비밀번호를 기억하도록 도와줄 수 있어요.',
    },
    'children-personal-info': {
      title: '내 정보는 소중히 지켜요',
      text: '내 이름, 주소, 다니는 학교, 전화번호는 나만 알고 있어야 하는 정보예요. 인터넷 어디에든 알려 주기 전에 먼저 어른에게 물어봐요.',
    },
    'children-be-kind': {
      title: '인터넷에서도 친절하게',
      text: '화면 너머에는 진짜 마음을 가진 진짜 사람이 있어요. 얼굴을 마주하고도 편하게 할 수 있는 말만 메시지로 보내요.',
    },
    'children-strangers': {
      title: '상대가 말하는 그 사람이 아닐 수도 있어요',
      text: '인터넷에서는 다른 사람인 척하는 사람도 있어요. 인터넷으로만 아는 사람과는 절대로 만나기로 약속하지 말아요.',
    },
    'children-true-or-not': {
      title: '정말 사실일까요?',
      text: '인터넷에서 보는 것이 모두 사실은 아니에요. 진짜처럼 보여도 믿기 전에 어른에게 물어보거나 다른 곳에서도 확인해요.',
    },
    'children-free-prizes': {
      title: '공짜 선물은 속임수예요',
      text: '무언가에 당첨되었다는 메시지는 대부분 속임수예요. 누르지 말고, 어른에게 보여 줘요.',
    },
    'children-screen-breaks': {
      title: '잠깐 쉬어요',
      text: '게임하고 영상 보는 건 재미있지만, 눈과 몸도 쉬어야 해요. 잠시 멈추고 몸을 움직이거나, 밖에서 놀거나, 책을 읽어요.',
    },
    'children-block-report': {
      title: '차단하고 신고할 수 있어요',
      text: '누군가 못되게 굴거나 마음을 불편하게 하면, 그 사람을 차단하고 신고할 수 있어요. 그다음에 어떤 일이 있었는지 어른에게 말해요.',
    },
    'children-photos': {
      title: '사진을 공유하기 전에 생각해요',
      text: '사진은 복사되어 다른 사람에게 퍼질 수 있어요. 다른 사람이 나온 사진은 공유하기 전에 그 사람에게 먼저 물어보고, 내 사진은 공유하기 전에 어른에게 물어봐요.',
    },
    'children-ai-helpers': {
      title: '챗봇도 틀릴 수 있어요',
      text: '나와 대화하는 컴퓨터 도우미도 실수를 할 수 있어요. 틀린 말도 아주 자신 있게 할 수 있어요. 챗봇이 한 말은 어른에게 묻거나 책에서 찾아 확인해요.',
    },
    'teens-digital-footprint': {
      title: '게시물은 남아요',
      text: '게시물을 지워도 캡처는 남아요. 공유하기 전에, 5년 뒤에 누가 이걸 봐도 괜찮을지 스스로 물어봐요.',
    },
    'teens-two-step': {
      title: '2단계 인증을 켜요',
      text: '중요한 계정에는 휴대폰으로 받는 코드 같은 두 번째 단계를 추가해요. 그러면 비밀번호를 도둑맞아도 비밀번호만으로는 다른 사람이 로그인할 수 없어요.',
    },
    'teens-unique-passwords': {
      title: '계정마다 다른 비밀번호',
      text: '한 사이트에서 비밀번호가 유출되면, 같은 비밀번호를 쓰는 모든 계정이 위험해져요. 비밀번호 관리자를 쓰면 전부 대신 기억해 줘요.',
    },
    'teens-upstander': {
      title: '모른 척하지 말아요',
      text: '누군가 괴롭힘당하는 걸 보면, 응원하는 개인 메시지 하나가 큰 힘이 될 수 있어요. 괴롭힘을 퍼뜨리지 말고 신고해요.',
    },
    'teens-nudes-pressure': {
      title: '사진을 보내라는 압박',
      text: '누구도 나에게 성적인 사진을 보내라고 강요할 권리는 없어요. 그런 일이 생기거나 내 사진이 퍼지더라도 내 잘못이 아니에요. 믿을 수 있는 사람이나 상담전화에 이야기해요.',
    },
    'teens-deepfakes': {
      title: '가짜도 진짜처럼 보여요',
      text: 'AI는 진짜 같은 가짜 사진, 목소리, 영상을 만들 수 있어요. 먼저 누가 올렸는지, 믿을 만한 출처에서도 같은 내용을 전하는지 확인해요.',
    },
    'teens-sextortion-scams': {
      title: '협박은 사기예요',
      text: '돈을 보내지 않으면 사진을 퍼뜨리겠다고 협박받으면, 답장을 멈추고, 돈은 보내지 말고, 증거를 남긴 뒤 어른에게 말하거나 신고해요.',
    },
    'teens-too-good': {
      title: '너무 좋은 제안, 진짜일까요?',
      text: '싼 게임 머니, 공짜 팔로워, 쉽게 돈 버는 방법 같은 제안은 내 계정이나 개인정보를 노리는 사기인 경우가 많아요. 재촉받는 느낌이 들면 일단 멈추고 천천히 생각해요.',
    },
    'teens-feed-feelings': {
      title: '피드를 보고 어떤 기분이 드는지 살펴봐요',
      text: '스크롤하고 나서 기분이 더 나빠진다면 뮤트하거나, 팔로우를 끊거나, 잠시 쉬어요. 무엇을 볼지는 내가 정해요.',
    },
    'teens-location': {
      title: '위치 설정을 확인해요',
      text: '어떤 앱은 지도나 사진 정보로 내가 있는 곳을 보여 줘요. 꼭 필요할 때가 아니면 위치 공유를 꺼 두고, 공유하더라도 아는 사람하고만 해요.',
    },
    'teens-talk-it-through': {
      title: '혼자 감당하지 않아도 돼요',
      text: '친구, 가족, 선생님, 상담전화에 이야기하면 한결 나아질 수 있어요. 도움을 청할 줄 아는 것도 힘이에요.',
    },
    'parents-talk-early': {
      title: '일찍부터 자주 이야기하세요',
      text: '자녀에게 인터넷에서 무엇이 즐거운지, 또 무엇이 걱정되는지 물어보세요. 평소에 차분하게 자주 대화하면, 문제가 생겼을 때 자녀가 더 쉽게 먼저 이야기를 꺼낼 수 있습니다.',
    },
    'parents-stay-calm': {
      title: '자녀가 털어놓으면 침착하게',
      text: '자녀가 속상한 일을 이야기하면, 무엇보다 먼저 말해 줘서 고맙다고 전하세요. 기기를 빼앗으면 다음에는 이야기하지 않게 될 수 있습니다.',
    },
    'parents-settings-together': {
      title: '앱 설정은 함께 하세요',
      text: '자녀가 새 앱이나 게임을 쓰기 시작할 때 개인정보 보호 설정을 함께 살펴보세요. 설정마다 왜 중요한지 설명해 주면 자녀가 스스로 설정하는 법을 배웁니다.',
    },
    'parents-parental-controls': {
      title: '자녀 보호 기능은 보조 수단으로',
      text: '필터와 사용 시간 제한은 특히 어린 자녀에게 도움이 되지만, 모든 것을 걸러 주는 도구는 없습니다. 대화와 함께 활용하고, 자녀가 자라는 만큼 조금씩 더 믿고 맡기세요.',
    },
    'parents-family-agreement': {
      title: '가족 규칙을 함께 정하세요',
      text: '식사 중이나 밤에 침실에서는 화면을 보지 않기처럼, 언제 어디서 기기를 쓸지 가족이 함께 정하세요. 어른도 함께 지키는 규칙이 더 지키기 쉽습니다.',
    },
    'parents-sharenting': {
      title: '자녀에 관한 게시물은 올리기 전에 생각하세요',
      text: '오늘 공유한 사진과 이야기는 자녀의 온라인 삶의 일부가 됩니다. 어느 정도 큰 자녀에게는 올리기 전에 먼저 물어보고, 학교 이름 같은 자세한 정보는 올리지 마세요.',
    },
    'parents-scam-signs': {
      title: '사기의 신호를 알아 두세요',
      text: '서두르게 하거나, 비밀로 하라고 하거나, 인증번호나 돈을 요구하는 것은 위험 신호입니다. 메시지에 응하기 전에 어떻게 확인하는지 자녀에게 직접 보여 주세요.',
    },
    'parents-in-app-purchases': {
      title: '앱 내 구매를 관리하세요',
      text: '무료 게임 중 상당수는 게임 안에서 하는 구매로 돈을 법니다. 결제할 때 비밀번호를 입력하도록 설정하고, 이런 상품이 이용자가 사고 싶어지도록 어떻게 만들어지는지 자녀와 이야기해 보세요.',
    },
    'parents-ai-tools': {
      title: 'AI 도구를 함께 써 보세요',
      text: '자녀와 함께 챗봇이나 이미지 생성 도구를 써 보고, 어떤 점이 맞고 어떤 점이 틀리는지 이야기해 보세요. AI를 무조건 믿을 권위가 아니라 따져 보며 쓰는 도구로 여기도록 도와주세요.',
    },
    'parents-model-habits': {
      title: '본보기가 되어 주세요',
      text: '아이들은 보는 대로 따라 합니다. 가족과 함께하는 시간에 먼저 휴대폰을 내려놓으면, 건강한 균형이 어떤 것인지 보여 줄 수 있습니다.',
    },
    'parents-bullied-online': {
      title: '자녀가 온라인에서 괴롭힘을 당한다면',
      text: '먼저 이야기를 들어 주고, 화면을 캡처해 두고, 관련된 사람을 차단하고 신고하도록 도와주세요. 학교에도 알리고, 자녀 대신 화가 난 채로 답장하는 일은 피하세요.',
    },
    'parents-account-security': {
      title: '가족 계정을 안전하게 지키세요',
      text: '계정마다 서로 다른 강력한 비밀번호를 쓰고, 이메일과 앱 스토어에는 2단계 인증을 설정하세요. 자녀가 자기 계정을 갖게 되면 똑같이 하는 방법을 알려 주세요.',
    },
    'parents-know-reporting': {
      title: '신고 방법을 알아 두세요',
      text: '자녀가 쓰는 앱에서 차단하고 신고하는 방법과, 국내 상담전화와 불법 정보 신고센터가 어디인지 알아 두세요. 미리 알아 두면 꼭 필요한 순간에 시간을 아낄 수 있습니다.',
    },
    'educators-teach-evaluating': {
      title: '출처 확인하는 법을 가르치세요',
      text: '수평적 읽기를 연습하세요. 어떤 주장을 판단하기 전에 새 탭을 열어 그 주장의 출처가 누구인지 알아보는 방법입니다. 긴 수업 한 번보다 짧은 연습을 꾸준히 하는 것이 더 효과적입니다.',
    },
    'educators-ai-literacy': {
      title: 'AI를 미디어 리터러시 교육에 포함하세요',
      text: '학생들에게 AI가 만든 글과 이미지의 예시를 오류가 있는 것까지 포함해 보여 주세요. 이런 도구가 어떻게 작동하는지, 데이터는 어디에서 오는지, 언제 사용하는 것이 공정한지 함께 토론하세요.',
    },
    'educators-safe-space': {
      title: '쉽게 말할 수 있는 분위기를 만드세요',
      text: '학교에서 누구에게 이야기할 수 있는지, 그리고 이야기하면 귀 기울여 들어 준다는 것을 학생들에게 알려 주세요. 질문함이나 담당 교직원 지정처럼 남의 눈에 띄지 않게 신고할 수 있는 방법을 마련하세요.',
    },
    'educators-follow-procedure': {
      title: '학교의 아동 보호 절차를 따르세요',
      text: '학생이 온라인에서 피해를 입었다고 털어놓으면 잘 들어 주고, 비밀을 지키겠다고 약속하지 말고, 곧바로 지정된 아동 보호 담당자에게 전달하세요. 학생이 한 말은 그 표현 그대로 기록하세요.',
    },
    'educators-cyberbullying-policy': {
      title: '학교 규정에 온라인 행동도 포함하세요',
      text: '학교폭력 예방 규정과 생활 규정이 온라인에서 일어나는 일도 다루는지 확인하세요. 학생에게 영향을 준다면 수업 시간 외에 일어난 일도 포함됩니다. 이 규정을 가정과도 공유하세요.',
    },
    'educators-pupil-voice': {
      title: '학생들이 앞장서게 하세요',
      text: '최신 앱과 유행은 젊은 세대가 가장 잘 아는 경우가 많습니다. 온라인 안전 수업을 계획하고 더 어린 학생들을 가르치는 일에 학생들을 참여시키세요.',
    },
    'educators-privacy-classroom': {
      title: '학생의 개인정보를 보호하세요',
      text: '학생의 작품이나 사진을 올리기 전에 동의를 확인하고, 개인정보 보호 규정을 지키는 학교 승인 도구를 사용하세요. 수업 시간에 올바른 개인정보 보호 습관을 직접 보여 주세요.',
    },
    'educators-accounts-security': {
      title: '학교 계정을 안전하게 지키세요',
      text: '학교 시스템에는 강력하고 다른 곳에서 쓰지 않는 비밀번호와 2단계 인증을 사용하세요. 자리를 비울 때는 1분이라도 화면을 잠그세요.',
    },
    'educators-phishing': {
      title: '피싱을 알아보는 법을 함께 익히세요',
      text: '수업에서 개인정보를 지운 실제 피싱 이메일과 메시지 사례를 활용하세요. 이상한 발신자 주소나 빨리 행동하라는 압박 같은 단서를 학생들이 직접 찾아보게 하세요.',
    },
    'educators-wellbeing-balance': {
      title: '제한만이 아니라 균형을 이야기하세요',
      text: '여러 가지 온라인 활동을 할 때 학생들이 어떤 기분이 드는지 이야기 나누고, 언제 쉬어야 하는지 알아차리도록 도와주세요. 화면 사용 시간을 모두 해로운 것처럼 말하지 마세요.',
    },
  },
} satisfies Translation;
