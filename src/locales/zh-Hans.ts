import type { Translation } from './schema.js';

export default {
  messages: {
    // The day's name: no established mainland name was found (a 2009 Xinhua report's 加强网络安全日 was not used again,
    // and 网络安全 means cybersecurity there; Taiwan's 全球網路安全日 reads the same way), so it is translated
    // faithfully, word for word: 更安全 (safer) 互联网 (internet) 日 (day); qimuai.cn's 2026 summary of Google's post
    // writes the same words, 更安全的互联网日. A child who reads no English can read it.
    dayName: '更安全互联网日',
    countdownUntil: '距离{name}（{date}）还有{duration}',
    countdownToday: '今天是{name}！',
    countdownHideSeconds: '隐藏秒数',
    countdownShowSeconds: '显示秒数',
    countdownEnded: '{name}已于{date}举行。',
    eventUntil: '距离{date}还有{duration}',
    eventToday: '就是今天！',
    eventEnded: '活动已于{date}举行。',
    globalTheme: '携手共创更好的互联网',
    bannerDay: '{year}年{name}',
    bannerMessage: '全球约190个国家和地区的学校、家庭和机构都在参与。看看附近有哪些活动吧。',
    bannerCta: '了解如何参与',
    bannerDismiss: '关闭{name}横幅',
    carouselLabel: '安全上网小贴士',
    carouselLabelFor: '给{audiences}的安全上网小贴士',
    carouselAudienceChildren: '小朋友',
    carouselAudienceTeens: '青少年',
    carouselAudienceParents: '家长和监护人',
    carouselAudienceEducators: '教师和教育工作者',
    carouselRole: '轮播',
    carouselSlideRole: '幻灯片',
    carouselSlide: '第{index}条，共{count}条',
    carouselPrevious: '上一条贴士',
    carouselNext: '下一条贴士',
    carouselStop: '停止自动轮播贴士',
    carouselStart: '开始自动轮播贴士',
    carouselChildren: '给小朋友',
    carouselTeens: '给青少年',
    carouselParents: '给家长和监护人',
    carouselEducators: '给教师和教育工作者',
    calendarLink: '添加到日历',
    helplineLine: '想找人聊聊吗？{helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: '告诉你信任的人',
      text: '如果网上的东西让你感到担心、难过或困惑，就告诉一个你信任的大人。你不会因为说出来而受到责怪。',
    },
    'children-password-secret': {
      title: '密码是秘密',
      text: '密码只有你自己知道，就算是最好的朋友也不要告诉。照顾你的大人可以帮你记住密码。',
    },
    'children-personal-info': {
      title: '保护好你的个人信息',
      text: '你的全名、家庭住址、学校和电话号码，都要自己保管好。在网上任何地方分享之前，先问问大人。',
    },
    'children-be-kind': {
      title: '在网上也要友善',
      text: '每块屏幕后面都是一个真实的人，也有真实的感受。只发那些你当面也愿意说的话。',
    },
    'children-strangers': {
      title: '对方不一定是他说的那个人',
      text: '有些人在网上会假装成别人。千万不要答应去见只在网上认识的人。',
    },
    'children-true-or-not': {
      title: '这是真的吗？',
      text: '网上看到的东西不一定都是真的，就算看起来很像真的。相信之前，先问问大人，或者去别的地方查一查。',
    },
    'children-free-prizes': {
      title: '免费奖品是骗人的',
      text: '如果有消息说你中奖了，那通常是骗人的。不要点开，而是拿给大人看。',
    },
    'children-screen-breaks': {
      title: '休息一下',
      text: '玩游戏、看视频很有趣，但你的眼睛和身体也需要休息。停下来歇一会儿，活动活动身体、去外面玩，或者看看书。',
    },
    'children-block-report': {
      title: '你可以拉黑和举报',
      text: '如果有人对你不友善，或者让你觉得不舒服，你可以拉黑对方并举报。然后把发生的事告诉大人。',
    },
    'children-photos': {
      title: '分享照片前想一想',
      text: '照片可能会被复制、转发给别人。分享别人的照片前，先问问对方；分享你自己的照片前，先问问大人。',
    },
    'children-ai-helpers': {
      title: '聊天机器人也会出错',
      text: '会和你聊天的电脑小助手也会出错，哪怕它们说得非常肯定。它们说的话，要和大人一起核对，或者查查书。',
    },
    'teens-digital-footprint': {
      title: '你发的内容会一直留着',
      text: '帖子删了，截图却可能还在。分享之前问问自己：五年后被人看到，你也能接受吗？',
    },
    'teens-two-step': {
      title: '开启两步验证',
      text: '给重要账号加上第二步验证，比如手机上收到的验证码。这样即使密码被盗，光有密码也登录不了。',
    },
    'teens-unique-passwords': {
      title: '一个账号一个密码',
      text: '如果某个网站泄露了你的密码，所有用这个密码的账号都有风险。密码管理器可以帮你记住所有密码。',
    },
    'teens-upstander': {
      title: '做挺身而出的人',
      text: '看到有人被欺负时，私下发一条支持的消息，对被欺负的人来说可能意义重大。举报欺凌行为，而不是转发它。',
    },
    'teens-nudes-pressure': {
      title: '有人逼你发私密照',
      text: '任何人都无权逼你发送私密照片。如果发生了这种事，或者你的照片被人传了出去，这都不是你的错。找你信任的人或求助热线聊一聊吧。',
    },
    'teens-deepfakes': {
      title: '假的也能很逼真',
      text: '人工智能可以伪造出以假乱真的照片、声音和视频。先看看是谁发的，再看看可靠的来源是否也报道了同样的事。',
    },
    'teens-sextortion-scams': {
      title: '威胁就是骗局',
      text: '如果有人威胁说，你不付钱就把你的照片发出去，那就不要再回复，不要付钱，保留证据，然后告诉大人或者举报。',
    },
    'teens-too-good': {
      title: '好得不像真的？',
      text: '便宜的游戏币、免费涨粉、轻松赚钱，这些往往是冲着你的账号或个人信息来的骗局。如果感觉被催着做决定，就先慢下来。',
    },
    'teens-feed-feelings': {
      title: '留意刷手机后的心情',
      text: '如果越刷心情越差，可以选择不看某些账号、取消关注，或者休息一下。看什么内容，由你自己做主。',
    },
    'teens-location': {
      title: '检查你的位置设置',
      text: '有些应用会在地图上或照片信息里显示你在哪里。除非真的需要，否则关闭位置共享；就算要开，也只和你认识的人共享。',
    },
    'teens-talk-it-through': {
      title: '你不必独自面对',
      text: '和朋友、家人、老师或求助热线聊一聊，都能让事情变得容易一些。开口求助，是坚强的表现。',
    },
    'parents-talk-early': {
      title: '尽早沟通，经常交流',
      text: '问问孩子在网上喜欢做什么，也问问有什么让他们担心。经常心平气和地交流，孩子遇到问题时会更愿意来找您。',
    },
    'parents-stay-calm': {
      title: '孩子告诉您时，保持冷静',
      text: '如果孩子告诉您让他们不安的事，首先要感谢他们愿意告诉您。没收手机等设备，可能会让孩子下次不太愿意再告诉您。',
    },
    'parents-settings-together': {
      title: '和孩子一起设置应用',
      text: '孩子开始用新的应用或游戏时，和他们一起检查隐私设置。向孩子解释每项设置为什么重要，让他们学会自己设置。',
    },
    'parents-parental-controls': {
      title: '把家长控制功能当作帮手',
      text: '内容过滤和使用时长限制很有帮助，尤其对年龄较小的孩子，但没有任何工具能拦住所有内容。要同时多和孩子沟通，并随着孩子长大逐步给予更多信任。',
    },
    'parents-family-agreement': {
      title: '一起商定家庭规则',
      text: '全家一起决定什么时候、在哪里可以用电子设备，比如吃饭时不看屏幕、晚上卧室里不用屏幕。大人也遵守的规则，更容易坚持下去。',
    },
    'parents-sharenting': {
      title: '发布孩子的内容前先想一想',
      text: '您今天分享的照片和故事，会成为孩子网络生活的一部分。如果孩子已经大一些，发布关于他们的内容前先征得他们同意，并避免透露学校名称等细节。',
    },
    'parents-scam-signs': {
      title: '了解诈骗的迹象',
      text: '催促、要求保密、索要验证码或付款，都是危险信号。让孩子看看您是怎样先核实消息、再决定怎么做的。',
    },
    'parents-in-app-purchases': {
      title: '管好应用内购买',
      text: '许多免费游戏靠游戏内购买赚钱。为付款设置密码，并和孩子聊聊这些优惠是怎样设计出来诱惑玩家的。',
    },
    'parents-ai-tools': {
      title: '一起探索人工智能工具',
      text: '和孩子一起试用聊天机器人或图片生成工具，聊聊它哪里做得对、哪里出了错。帮助孩子把它看作需要质疑的工具，而不是权威。',
    },
    'parents-model-habits': {
      title: '以身作则',
      text: '孩子会模仿他们看到的行为。家庭时间里把自己的手机放到一边，就是在让孩子看到健康的平衡是什么样子。',
    },
    'parents-bullied-online': {
      title: '如果孩子在网上遭到欺凌',
      text: '先倾听，再帮孩子保存截图、拉黑相关的人并举报。也要告知学校，并避免在气头上替孩子回复对方。',
    },
    'parents-account-security': {
      title: '保护好家庭账号',
      text: '每个账号使用不同的强密码，并为电子邮箱和应用商店开启两步验证。孩子有了自己的账号后，教他们也这样做。',
    },
    'parents-know-reporting': {
      title: '了解如何举报',
      text: '学会在孩子使用的应用上拉黑和举报，并了解全国性的求助热线和违法内容举报平台。提前了解，关键时刻能节省时间。',
    },
    'educators-teach-evaluating': {
      title: '教学生核查信息来源',
      text: '练习横向阅读：在评判一个说法之前，打开新的标签页，查清是谁在背后发布这个说法。简短、定期的练习比一堂长课更有效。',
    },
    'educators-ai-literacy': {
      title: '把人工智能纳入媒介素养教育',
      text: '给学生展示人工智能生成的文字和图片，包括其中的错误。讨论这些工具如何运作、数据从哪里来，以及什么时候使用它们是公平的。',
    },
    'educators-safe-space': {
      title: '让学生敢于开口',
      text: '让学生知道在学校可以找谁倾诉，而且他们的话会被认真倾听。提供一种不引人注意的举报方式，比如提问箱或一位指定的教职工。',
    },
    'educators-follow-procedure': {
      title: '按学生保护流程处理',
      text: '如果学生透露自己在网上受到伤害，要认真倾听，不要承诺保密，并立即转告学校指定的学生保护负责人。用学生自己的原话记录下所说的内容。',
    },
    'educators-cyberbullying-policy': {
      title: '把网上行为纳入学校制度',
      text: '确保防欺凌制度和行为规范涵盖网上发生的事情，包括发生在上课时间以外、但影响到学生的情况。还要把这些制度告知学生家庭。',
    },
    'educators-pupil-voice': {
      title: '让学生来主导',
      text: '年轻人往往最了解最新的应用和潮流。请他们参与策划安全上网课程，也请他们参与给低年级学生上课。',
    },
    'educators-privacy-classroom': {
      title: '保护学生的数据',
      text: '发布学生作品或照片前，先确认已获得同意，并使用学校批准、符合数据保护规定的工具。在课堂上以身作则，展示良好的隐私习惯。',
    },
    'educators-accounts-security': {
      title: '保护好学校账号',
      text: '学校系统要使用各不相同的强密码，并开启两步验证。离开座位时锁定屏幕，哪怕只离开一分钟。',
    },
    'educators-phishing': {
      title: '一起识别网络钓鱼',
      text: '在课堂上用经过匿名处理的真实案例，展示虚假的电子邮件和消息。让学生找出线索，比如奇怪的发件人地址、催促尽快行动的语气。',
    },
    'educators-wellbeing-balance': {
      title: '谈平衡，而不只是限制',
      text: '和学生讨论不同的网上活动给他们带来怎样的感受，帮助他们察觉什么时候该休息一下。避免把所有屏幕时间都说成有害的。',
    },
  },
} satisfies Translation;
