import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: No Vietnamese organiser's name was found (english.mic.gov.vn writes it in English): the English name is kept.
    dayName: 'Safer Internet Day',
    countdownUntil: 'Còn {duration} nữa là đến {name} ({date})',
    countdownToday: 'Hôm nay là {name}!',
    countdownHideSeconds: 'Ẩn giây',
    countdownShowSeconds: 'Hiện giây',
    countdownEnded: '{name} đã diễn ra vào {date}.',
    eventUntil: 'Còn {duration} nữa là đến {date}',
    eventToday: 'Chính là hôm nay!',
    eventEnded: 'Sự kiện đã diễn ra vào {date}.',
    globalTheme: 'Cùng nhau vì một Internet tốt đẹp hơn',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Các trường học, gia đình và tổ chức tại khoảng 190 quốc gia cùng tham gia. Hãy tìm một hoạt động gần bạn.',
    bannerCta: 'Tìm hiểu cách tham gia',
    bannerDismiss: 'Đóng biểu ngữ {name}',
    carouselLabel: 'Mẹo an toàn trên mạng',
    carouselLabelFor: 'Mẹo an toàn trên mạng dành cho {audiences}',
    carouselAudienceChildren: 'trẻ em',
    carouselAudienceTeens: 'thanh thiếu niên',
    carouselAudienceParents: 'cha mẹ và người chăm sóc trẻ',
    carouselAudienceEducators: 'giáo viên và nhà giáo dục',
    carouselRole: 'băng chuyền',
    carouselSlideRole: 'trang chiếu',
    carouselSlide: 'Mẹo {index} trong số {count}',
    carouselPrevious: 'Mẹo trước',
    carouselNext: 'Mẹo tiếp theo',
    carouselStop: 'Dừng tự động chuyển mẹo',
    carouselStart: 'Bật tự động chuyển mẹo',
    carouselChildren: 'Dành cho trẻ em',
    carouselTeens: 'Dành cho thanh thiếu niên',
    carouselParents: 'Dành cho cha mẹ và người chăm sóc trẻ',
    carouselEducators: 'Dành cho giáo viên và nhà giáo dục',
    calendarLink: 'Thêm vào lịch',
    helplineLine: 'Cần tìm ai đó để tâm sự? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Kể với người em tin tưởng',
      text: 'Nếu có điều gì trên mạng làm em lo lắng, buồn hay bối rối, hãy kể với một người lớn mà em tin tưởng. Em sẽ không bị mắng vì đã kể.',
    },
    'children-password-secret': {
      title: 'Mật khẩu là bí mật',
      text: 'Đừng cho ai biết mật khẩu của em, kể cả bạn thân nhất. Người lớn chăm sóc em có thể giúp em ghi nhớ mật khẩu.',
    },
    'children-personal-info': {
      title: 'Giữ kín thông tin của em',
      text: 'Họ tên đầy đủ, địa chỉ, trường học và số điện thoại là thông tin riêng, em hãy giữ cho mình. Trước khi chia sẻ những thông tin này ở bất cứ đâu trên mạng, hãy hỏi người lớn.',
    },
    'children-be-kind': {
      title: 'Hãy tử tế trên mạng',
      text: 'Sau mỗi màn hình là một người thật với cảm xúc thật. Em chỉ nên gửi những tin nhắn mà em cũng sẵn lòng nói khi gặp mặt.',
    },
    'children-strangers': {
      title: 'Không phải ai cũng như lời họ nói',
      text: 'Trên mạng, có người giả làm người khác. Đừng bao giờ đồng ý gặp người mà em chỉ quen qua mạng.',
    },
    'children-true-or-not': {
      title: 'Có thật không nhỉ?',
      text: 'Không phải mọi thứ em thấy trên mạng đều là thật, kể cả khi trông rất thật. Hãy hỏi người lớn hoặc kiểm tra ở nơi khác trước khi tin.',
    },
    'children-free-prizes': {
      title: 'Quà miễn phí là trò lừa',
      text: 'Tin nhắn báo em đã trúng thưởng thường là trò lừa. Đừng bấm vào, thay vào đó hãy cho người lớn xem.',
    },
    'children-screen-breaks': {
      title: 'Nghỉ ngơi một chút nhé',
      text: 'Chơi và xem trên màn hình rất vui, nhưng mắt và cơ thể em cũng cần nghỉ ngơi. Hãy dừng lại một lúc để vận động, ra ngoài chơi hoặc đọc sách.',
    },
    'children-block-report': {
      title: 'Em có thể chặn và báo cáo',
      text: 'Nếu ai đó xấu tính với em hoặc làm em thấy khó chịu, em có thể chặn họ và báo cáo. Sau đó hãy kể cho người lớn nghe chuyện đã xảy ra.',
    },
    'children-photos': {
      title: 'Nghĩ kỹ trước khi chia sẻ ảnh',
      text: 'Một bức ảnh có thể bị sao chép và gửi đi khắp nơi. Hãy hỏi ý người khác trước khi chia sẻ ảnh của họ, và hỏi người lớn trước khi chia sẻ ảnh của chính em.',
    },
    'children-ai-helpers': {
      title: 'Trợ lý ảo cũng có thể sai',
      text: 'Những trợ lý máy tính biết trò chuyện với em có thể mắc lỗi mà vẫn nói rất chắc chắn. Hãy cùng người lớn kiểm tra lại điều chúng nói, hoặc tra trong sách.',
    },
    'teens-digital-footprint': {
      title: 'Bài đăng tồn tại rất lâu',
      text: 'Bài đăng đã xóa nhưng ảnh chụp màn hình vẫn còn. Trước khi chia sẻ, hãy tự hỏi: nếu năm năm nữa có người xem lại, bạn có thấy ổn không?',
    },
    'teens-two-step': {
      title: 'Bật xác minh hai bước',
      text: 'Hãy thêm bước thứ hai, như mã gửi về điện thoại, cho các tài khoản quan trọng. Khi đó, kẻ gian chỉ có mật khẩu đánh cắp được thì không thể đăng nhập.',
    },
    'teens-unique-passwords': {
      title: 'Mỗi tài khoản một mật khẩu',
      text: 'Nếu một trang web làm lộ mật khẩu của bạn, mọi tài khoản dùng mật khẩu đó đều gặp rủi ro. Trình quản lý mật khẩu có thể ghi nhớ tất cả giúp bạn.',
    },
    'teens-upstander': {
      title: 'Hãy lên tiếng bênh vực',
      text: 'Khi thấy ai đó bị bắt nạt, một tin nhắn riêng để động viên có thể rất có ý nghĩa với họ. Hãy báo cáo hành vi bắt nạt thay vì chia sẻ nó.',
    },
    'teens-nudes-pressure': {
      title: 'Bị ép gửi ảnh nhạy cảm',
      text: 'Không ai có quyền ép bạn gửi ảnh riêng tư, nhạy cảm. Nếu chuyện đó xảy ra, hoặc ảnh của bạn bị phát tán, đó không phải lỗi của bạn. Hãy nói chuyện với người bạn tin tưởng hoặc gọi tổng đài hỗ trợ.',
    },
    'teens-deepfakes': {
      title: 'Đồ giả có thể trông như thật',
      text: 'Trí tuệ nhân tạo có thể làm giả ảnh, giọng nói và video rất thuyết phục. Trước tiên, hãy kiểm tra ai đã đăng, rồi xem các nguồn đáng tin cậy có đưa tin giống vậy không.',
    },
    'teens-sextortion-scams': {
      title: 'Đe dọa là lừa đảo',
      text: 'Nếu ai đó dọa phát tán ảnh của bạn trừ khi bạn trả tiền, hãy ngừng trả lời, đừng trả tiền, giữ lại bằng chứng và kể với người lớn hoặc báo cáo.',
    },
    'teens-too-good': {
      title: 'Tốt đến khó tin?',
      text: 'Tiền ảo trong trò chơi giá rẻ, người theo dõi miễn phí hay lời mời kiếm tiền dễ dàng thường là trò lừa đảo nhắm vào tài khoản hoặc thông tin của bạn. Nếu thấy bị hối thúc, hãy chậm lại.',
    },
    'teens-feed-feelings': {
      title: 'Để ý cảm xúc khi lướt bảng tin',
      text: 'Nếu lướt mạng khiến bạn thấy tệ hơn, hãy tắt tiếng, bỏ theo dõi hoặc nghỉ một lúc. Bạn là người quyết định mình xem gì.',
    },
    'teens-location': {
      title: 'Kiểm tra cài đặt vị trí',
      text: 'Một số ứng dụng hiển thị vị trí của bạn trên bản đồ hoặc trong dữ liệu ảnh. Hãy tắt chia sẻ vị trí trừ khi thật sự cần, và khi đó chỉ chia sẻ với người bạn quen biết.',
    },
    'teens-talk-it-through': {
      title: 'Bạn không phải đối mặt một mình',
      text: 'Nói chuyện với bạn bè, người thân, thầy cô hoặc tổng đài hỗ trợ có thể giúp mọi chuyện nhẹ nhàng hơn. Dám nhờ giúp đỡ là biểu hiện của sự mạnh mẽ.',
    },
    'parents-talk-early': {
      title: 'Trò chuyện sớm và thường xuyên',
      text: 'Hãy hỏi con thích gì trên mạng và điều gì khiến con lo lắng. Những cuộc trò chuyện bình tĩnh, đều đặn giúp con dễ tìm đến cha mẹ hơn khi có chuyện không ổn.',
    },
    'parents-stay-calm': {
      title: 'Bình tĩnh khi con kể',
      text: 'Nếu con kể về điều gì khiến con buồn phiền, trước hết hãy cảm ơn con đã chia sẻ. Tịch thu thiết bị có thể khiến lần sau con ngại kể hơn.',
    },
    'parents-settings-together': {
      title: 'Cùng con cài đặt ứng dụng',
      text: 'Hãy cùng con xem lại cài đặt quyền riêng tư khi con bắt đầu dùng một ứng dụng hoặc trò chơi mới. Giải thích vì sao từng cài đặt lại quan trọng để con học cách tự làm.',
    },
    'parents-parental-controls': {
      title: 'Dùng tính năng kiểm soát của phụ huynh làm trợ thủ',
      text: 'Bộ lọc và giới hạn thời gian rất hữu ích, nhất là với trẻ nhỏ, nhưng không công cụ nào ngăn được tất cả. Hãy kết hợp với việc trò chuyện cùng con và dần dần tin tưởng con hơn khi con lớn lên.',
    },
    'parents-family-agreement': {
      title: 'Thống nhất quy tắc gia đình',
      text: 'Cả nhà cùng quyết định dùng thiết bị khi nào và ở đâu, chẳng hạn không dùng màn hình trong bữa ăn hay trong phòng ngủ vào ban đêm. Quy tắc mà người lớn cũng tuân theo sẽ dễ giữ hơn.',
    },
    'parents-sharenting': {
      title: 'Nghĩ kỹ trước khi đăng về con',
      text: 'Những bức ảnh và câu chuyện cha mẹ chia sẻ hôm nay sẽ trở thành một phần cuộc sống trên mạng của con. Khi con đã lớn hơn, hãy hỏi ý kiến con trước khi đăng về con, và tránh những chi tiết như tên trường.',
    },
    'parents-scam-signs': {
      title: 'Nhận biết dấu hiệu lừa đảo',
      text: 'Sự hối thúc, yêu cầu giữ bí mật, đòi mã xác nhận hoặc đòi thanh toán là những dấu hiệu cảnh báo. Hãy cho con thấy cha mẹ kiểm tra một tin nhắn như thế nào trước khi làm theo.',
    },
    'parents-in-app-purchases': {
      title: 'Kiểm soát mua hàng trong ứng dụng',
      text: 'Nhiều trò chơi miễn phí kiếm tiền từ việc mua hàng trong trò chơi. Hãy đặt mật khẩu cho các khoản thanh toán và trò chuyện với con về cách những ưu đãi này được thiết kế để cám dỗ người chơi.',
    },
    'parents-ai-tools': {
      title: 'Cùng con khám phá trí tuệ nhân tạo',
      text: 'Hãy cùng con thử một trợ lý ảo hoặc công cụ tạo ảnh và bàn xem nó làm đúng, làm sai ở đâu. Giúp con coi đó là một công cụ cần được xem xét lại, chứ không phải một nguồn lúc nào cũng đúng.',
    },
    'parents-model-habits': {
      title: 'Làm gương cho con',
      text: 'Trẻ bắt chước những gì chúng thấy. Cất điện thoại của mình đi trong thời gian dành cho gia đình là cách cho con thấy thế nào là cân bằng lành mạnh.',
    },
    'parents-bullied-online': {
      title: 'Nếu con bị bắt nạt trên mạng',
      text: 'Trước hết hãy lắng nghe, rồi giúp con lưu ảnh chụp màn hình, chặn những người liên quan và báo cáo. Hãy báo cho cả nhà trường biết, và tránh thay con trả lời trong lúc nóng giận.',
    },
    'parents-account-security': {
      title: 'Bảo vệ tài khoản của cả nhà',
      text: 'Dùng một mật khẩu mạnh riêng cho mỗi tài khoản, kèm xác minh hai bước cho thư điện tử và kho ứng dụng. Hãy chỉ cho con cách làm tương tự khi con có tài khoản riêng.',
    },
    'parents-know-reporting': {
      title: 'Biết cách báo cáo',
      text: 'Hãy tìm hiểu cách chặn và báo cáo trên các ứng dụng con dùng, cũng như tổng đài hỗ trợ và kênh tiếp nhận báo cáo nội dung vi phạm của quốc gia. Biết trước sẽ giúp tiết kiệm thời gian khi cần.',
    },
    'educators-teach-evaluating': {
      title: 'Dạy cách kiểm tra nguồn tin',
      text: 'Hãy cho học sinh luyện đọc ngang: mở thẻ mới để tìm hiểu ai đứng sau một thông tin trước khi đánh giá nó. Các bài tập ngắn, thường xuyên hiệu quả hơn một tiết học dài.',
    },
    'educators-ai-literacy': {
      title: 'Đưa trí tuệ nhân tạo vào giáo dục truyền thông',
      text: 'Hãy cho học sinh xem ví dụ về văn bản và hình ảnh do trí tuệ nhân tạo tạo ra, kể cả những chỗ sai. Thảo luận cách các công cụ này hoạt động, dữ liệu của chúng từ đâu mà có và khi nào sử dụng chúng là công bằng.',
    },
    'educators-safe-space': {
      title: 'Giúp học sinh dễ lên tiếng',
      text: 'Hãy cho học sinh biết các em có thể tâm sự với ai trong trường và các em sẽ được lắng nghe. Tạo một cách báo cáo kín đáo, như hộp thư câu hỏi hoặc một giáo viên, nhân viên được phân công cụ thể.',
    },
    'educators-follow-procedure': {
      title: 'Tuân thủ quy trình bảo vệ học sinh',
      text: 'Nếu học sinh kể mình bị tổn hại trên mạng, hãy lắng nghe, đừng hứa giữ bí mật và chuyển ngay thông tin cho người phụ trách bảo vệ học sinh của trường. Ghi lại những gì học sinh nói bằng chính lời của các em.',
    },
    'educators-cyberbullying-policy': {
      title: 'Đưa hành vi trên mạng vào nội quy',
      text: 'Bảo đảm nội quy chống bắt nạt và quy định về hành vi áp dụng cho cả những gì xảy ra trên mạng, kể cả ngoài giờ học khi việc đó ảnh hưởng đến học sinh. Chia sẻ các quy định này với gia đình học sinh.',
    },
    'educators-pupil-voice': {
      title: 'Để học sinh dẫn dắt',
      text: 'Người trẻ thường hiểu rõ nhất các ứng dụng và xu hướng mới. Hãy mời các em cùng lên kế hoạch cho bài học an toàn trên mạng và cùng hướng dẫn các em nhỏ tuổi hơn.',
    },
    'educators-privacy-classroom': {
      title: 'Bảo vệ dữ liệu của học sinh',
      text: 'Kiểm tra xem đã có sự đồng ý chưa trước khi đăng bài làm hoặc ảnh của học sinh, và dùng công cụ được nhà trường phê duyệt, đáp ứng quy định bảo vệ dữ liệu. Làm gương về thói quen bảo vệ quyền riêng tư trong lớp học.',
    },
    'educators-accounts-security': {
      title: 'Bảo vệ tài khoản ở trường',
      text: 'Dùng mật khẩu mạnh, không trùng lặp và xác minh hai bước cho các hệ thống của trường. Khóa màn hình mỗi khi thầy cô rời bàn làm việc, dù chỉ một phút.',
    },
    'educators-phishing': {
      title: 'Cùng nhận diện thư giả mạo',
      text: 'Hãy dùng trên lớp các ví dụ thật, đã được ẩn danh, về thư điện tử và tin nhắn giả mạo. Yêu cầu học sinh tìm dấu hiệu, như địa chỉ người gửi lạ và áp lực phải hành động nhanh.',
    },
    'educators-wellbeing-balance': {
      title: 'Nói về cân bằng, không chỉ giới hạn',
      text: 'Thảo luận xem các hoạt động trên mạng khác nhau khiến học sinh cảm thấy thế nào, và giúp các em nhận ra khi nào cần nghỉ. Tránh coi mọi thời gian dùng màn hình đều có hại.',
    },
  },
} satisfies Translation;
