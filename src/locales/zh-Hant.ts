import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: Taiwan's Ministry of Education, 2026 release (CNA: udn.com/news/story/6885/9320440; news.ltn.com.tw/news/life/breakingnews/5338508, 2026-02-10).
    dayName: '全球網路安全日',
    countdownUntil: '距離{name}（{date}）還有{duration}',
    countdownToday: '今天就是{name}！',
    countdownHideSeconds: '隱藏秒數',
    countdownShowSeconds: '顯示秒數',
    countdownEnded: '{name}已於{date}舉行。',
    eventUntil: '距離{date}還有{duration}',
    eventToday: '就是今天！',
    eventEnded: '活動已於{date}舉行。',
    globalTheme: '共同創造更好的網路',
    bannerDay: '{year}年{name}',
    bannerMessage: '全球約190個國家和地區的學校、家庭與機構都一起參與。找找看附近有什麼活動吧！',
    bannerCta: '看看如何參加',
    bannerDismiss: '關閉{name}橫幅',
    carouselLabel: '網路安全小撇步',
    carouselLabelFor: '給{audiences}的網路安全小撇步',
    carouselAudienceChildren: '小朋友',
    carouselAudienceTeens: '青少年',
    carouselAudienceParents: '家長與照顧者',
    carouselAudienceEducators: '老師與教育工作者',
    carouselRole: '輪播',
    carouselSlideRole: '投影片',
    carouselSlide: '第{index}則，共{count}則',
    carouselPrevious: '上一則小撇步',
    carouselNext: '下一則小撇步',
    carouselStop: '停止自動輪播小撇步',
    carouselStart: '開始自動輪播小撇步',
    carouselChildren: '給小朋友',
    carouselTeens: '給青少年',
    carouselParents: '給家長與照顧者',
    carouselEducators: '給老師與教育工作者',
    calendarLink: '加入行事曆',
    helplineLine: '想找人聊聊嗎？{helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: '告訴你信任的人',
      text: '如果網路上的東西讓你覺得擔心、難過或困惑，就告訴你信任的大人。說出來，你不會因此被罵。',
    },
    'children-password-secret': {
      title: '密碼是祕密',
      text: '密碼要自己保管好，就算是最好的朋友也不能說。照顧你的大人可以幫你記住密碼。',
    },
    'children-personal-info': {
      title: '個人資料要保護好',
      text: '你的全名、地址、學校和電話號碼都是你自己的，要好好保管。在網路上任何地方分享之前，先問問大人。',
    },
    'children-be-kind': {
      title: '在網路上也要友善',
      text: '每個螢幕後面，都是一個真實的人，也有真實的感受。只傳你當面也願意說出口的訊息。',
    },
    'children-strangers': {
      title: '對方不一定是他說的那個人',
      text: '有些人在網路上會假裝成別人。絕對不要答應和只在網路上認識的人見面。',
    },
    'children-true-or-not': {
      title: '真的是這樣嗎？',
      text: '網路上看到的東西不一定都是真的，就算看起來很真也一樣。相信之前，先問問大人，或到其他地方查證一下。',
    },
    'children-free-prizes': {
      title: '免費獎品是陷阱',
      text: '說你中獎的訊息，通常都是騙人的陷阱。不要點進去，拿給大人看就對了。',
    },
    'children-screen-breaks': {
      title: '休息一下',
      text: '玩遊戲、看影片很好玩，但眼睛和身體也需要休息。停下來一會兒，動一動、到外面玩，或看看書吧。',
    },
    'children-block-report': {
      title: '你可以封鎖和檢舉',
      text: '如果有人對你很壞，或讓你覺得不舒服，你可以封鎖對方並檢舉。然後把發生的事告訴大人。',
    },
    'children-photos': {
      title: '分享照片前想一想',
      text: '照片可能被複製、轉傳出去。要分享別人的照片，先問過對方；要分享自己的照片，先問過大人。',
    },
    'children-ai-helpers': {
      title: '聊天機器人也會出錯',
      text: '會跟你聊天的電腦小幫手也會出錯，就算它們講得非常肯定也一樣。它們說的話，要跟大人一起確認，或查查書本。',
    },
    'teens-digital-footprint': {
      title: '貼文會一直留著',
      text: '貼文刪掉了，截圖可能還在。分享之前先想想：五年後被人看到，你也不介意嗎？',
    },
    'teens-two-step': {
      title: '開啟兩步驟驗證',
      text: '幫重要的帳號加上第二道驗證，例如手機收到的驗證碼。這樣就算密碼被盜，光靠密碼也登入不了。',
    },
    'teens-unique-passwords': {
      title: '一個帳號一組密碼',
      text: '只要有一個網站外洩你的密碼，所有用同一組密碼的帳號都會有風險。密碼管理工具可以幫你記住所有密碼。',
    },
    'teens-upstander': {
      title: '當個挺身而出的人',
      text: '看到有人被欺負時，私下傳一則支持的訊息，對被欺負的人可能意義重大。檢舉霸凌，而不是把它轉傳出去。',
    },
    'teens-nudes-pressure': {
      title: '被逼傳私密照',
      text: '沒有人有權利逼你傳私密照片。如果發生這種事，或你的照片被散布出去，那都不是你的錯。找你信任的人或求助專線聊聊吧。',
    },
    'teens-deepfakes': {
      title: '假的也能很逼真',
      text: '人工智慧可以做出以假亂真的照片、聲音和影片。先查查是誰發的，再看看可信的來源有沒有報導同樣的事。',
    },
    'teens-sextortion-scams': {
      title: '威脅就是詐騙',
      text: '如果有人威脅說，你不付錢就要散布你的照片，那就別再回覆、不要付錢、保留證據，並告訴大人或檢舉。',
    },
    'teens-too-good': {
      title: '好到不像真的？',
      text: '便宜的遊戲點數、免費粉絲、輕鬆賺錢的機會，常常是想騙你帳號或個資的詐騙。如果覺得被催促，就先慢下來。',
    },
    'teens-feed-feelings': {
      title: '留意滑動態時的心情',
      text: '如果越滑心情越差，可以把某些帳號設為靜音、取消追蹤，或休息一下。要看什麼，由你決定。',
    },
    'teens-location': {
      title: '檢查定位設定',
      text: '有些應用程式會在地圖上或照片資訊裡顯示你在哪裡。除非真的需要，否則把位置分享關掉；要分享，也只分享給你認識的人。',
    },
    'teens-talk-it-through': {
      title: '你不用一個人扛',
      text: '跟朋友、家人、老師或求助專線聊聊，都能讓事情好過一些。開口求助，是很堅強的表現。',
    },
    'parents-talk-early': {
      title: '及早聊、經常聊',
      text: '問問孩子在網路上喜歡做什麼，也問問有什麼讓他擔心。經常心平氣和地聊，孩子遇到問題時會更願意來找您。',
    },
    'parents-stay-calm': {
      title: '孩子開口時，請保持冷靜',
      text: '孩子跟您說了讓他不安的事，請先謝謝他願意告訴您。沒收手機或平板，可能會讓孩子下次比較不願意告訴您。',
    },
    'parents-settings-together': {
      title: '陪孩子一起設定應用程式',
      text: '孩子開始使用新的應用程式或遊戲時，陪他一起檢查隱私設定。說明每項設定為什麼重要，讓孩子學會自己設定。',
    },
    'parents-parental-controls': {
      title: '把家長監護功能當成幫手',
      text: '過濾功能和使用時間限制很有幫助，尤其是對年紀較小的孩子，但沒有任何工具能擋下所有內容。請搭配親子溝通，並隨著孩子長大，逐步給予更多信任。',
    },
    'parents-family-agreement': {
      title: '一起訂定家庭規則',
      text: '全家一起決定什麼時候、在哪裡可以使用手機、平板等裝置，例如吃飯時不看螢幕、晚上不在房間裡用。大人也一起遵守的規則，比較容易做到。',
    },
    'parents-sharenting': {
      title: '分享孩子的生活前先想想',
      text: '您今天分享的照片和故事，會成為孩子網路生活的一部分。孩子大一點了，要貼跟他有關的內容之前，先問過他的意見，也避免透露學校名稱等細節。',
    },
    'parents-scam-signs': {
      title: '認識詐騙的警訊',
      text: '催促、要求保密、索取驗證碼或要求付款，都是警訊。示範給孩子看，您是怎麼先查證訊息，再決定怎麼做。',
    },
    'parents-in-app-purchases': {
      title: '管好遊戲內購',
      text: '很多免費遊戲靠遊戲內購賺錢。請設定付款時必須輸入密碼，並和孩子聊聊這些優惠是如何設計來誘惑玩家的。',
    },
    'parents-ai-tools': {
      title: '一起認識人工智慧工具',
      text: '和孩子一起試用聊天機器人或圖片生成工具，聊聊它哪裡做得好、哪裡出錯。幫助孩子把它當成需要提出質疑的工具，而不是權威。',
    },
    'parents-model-habits': {
      title: '以身作則',
      text: '孩子會模仿他們看到的一切。家庭時間裡把自己的手機收起來，就是讓孩子看見健康的平衡是什麼樣子。',
    },
    'parents-bullied-online': {
      title: '如果孩子遭到網路霸凌',
      text: '先傾聽，再協助孩子保留截圖、封鎖相關的人並檢舉。也要讓學校知道，並避免在氣頭上代替孩子回覆對方。',
    },
    'parents-account-security': {
      title: '保護全家人的帳號',
      text: '每個帳號都使用不同的高強度密碼，電子郵件和應用程式商店也要開啟兩步驟驗證。孩子有了自己的帳號後，教他也這樣做。',
    },
    'parents-know-reporting': {
      title: '知道怎麼檢舉',
      text: '先學會在孩子使用的應用程式上封鎖和檢舉，也查好國內的求助專線和檢舉熱線。事先知道，緊要關頭就能節省時間。',
    },
    'educators-teach-evaluating': {
      title: '教學生查證資訊來源',
      text: '練習橫向閱讀：在判斷一則說法之前，開新分頁查查是誰在背後。簡短而定期的練習，比一堂長長的課更有效。',
    },
    'educators-ai-literacy': {
      title: '把人工智慧納入媒體素養教育',
      text: '給學生看人工智慧生成的文字和圖片範例，包括其中的錯誤。討論這些工具如何運作、資料從哪裡來，以及什麼時候使用才算公平。',
    },
    'educators-safe-space': {
      title: '讓學生敢開口',
      text: '讓學生知道在學校可以找誰談，而且一定會有人好好聽他們說。提供不引人注意的檢舉管道，例如提問箱或指定的師長。',
    },
    'educators-follow-procedure': {
      title: '遵守兒少保護通報流程',
      text: '如果學生透露自己在網路上受到傷害，請仔細傾聽，不要答應保密，並立即轉知學校指定的兒少保護負責人。用學生自己的話記錄他說的內容。',
    },
    'educators-cyberbullying-policy': {
      title: '把網路行為納入校規',
      text: '確認校園霸凌防制與學生行為的相關規範涵蓋網路上發生的事，包括在上課時間以外發生、但影響到學生的情況。也要和家長分享這些規範。',
    },
    'educators-pupil-voice': {
      title: '讓學生帶頭',
      text: '年輕人往往最懂最新的應用程式和流行趨勢。讓他們參與規劃網路安全課程，也請他們一起教學弟妹。',
    },
    'educators-privacy-classroom': {
      title: '保護學生的個資',
      text: '張貼學生作品或照片前，先確認已取得同意，並使用學校核可、符合個資保護規範的工具。在課堂上以身作則，展現良好的隱私習慣。',
    },
    'educators-accounts-security': {
      title: '保護學校帳號',
      text: '學校系統請使用高強度且不重複的密碼，並開啟兩步驟驗證。離開座位時記得鎖定螢幕，即使只離開一分鐘。',
    },
    'educators-phishing': {
      title: '一起揪出網路釣魚',
      text: '在課堂上用去識別化的真實案例，讓學生看看假冒的電子郵件和訊息。請學生找出破綻，例如奇怪的寄件者地址，或催促趕快行動的語氣。',
    },
    'educators-wellbeing-balance': {
      title: '談平衡，不只談限制',
      text: '和學生聊聊不同的網路活動帶給他們什麼感受，幫助他們察覺什麼時候該休息。避免把所有螢幕時間都說成有害。',
    },
  },
} satisfies Translation;
