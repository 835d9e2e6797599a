import type { Tip } from './tips.js';

/**
 * The built-in tips, written for sid-widgets. `id`s are stable: translations key their words by them, so an id never
 * changes once published. Topics follow the headings of common online-safety frameworks (privacy, passwords,
 * kindness, misinformation and AI, scams, screen time and wellbeing, getting help); no sentence comes from a source.
 */
export const tips: Tip[] = [
  // Children, about 7 to 11
  { id: 'children-trusted-adult', audience: 'children', topic: 'help', title: 'Tell someone you trust', text: 'If something online makes you feel worried, sad or confused, tell a grown-up you trust. You will not be in trouble for telling.' },
  { id: 'children-password-secret', audience: 'children', topic: 'passwords', title: 'Passwords are secrets', text: 'Keep your passwords to yourself, even from your best friend. The grown-ups who look after you can help you remember them.' },
  { id: 'children-personal-info', audience: 'children', topic: 'privacy', title: 'Keep your details private', text: 'Your full name, address, school and phone number are yours to keep. Ask a grown-up before you share them anywhere online.' },
  { id: 'children-be-kind', audience: 'children', topic: 'kindness', title: 'Be kind online', text: 'Behind every screen is a real person with real feelings. Only send messages you would be happy to say face to face.' },
  { id: 'children-strangers', audience: 'children', topic: 'privacy', title: 'Not everyone is who they say', text: 'People online can pretend to be someone else. Never agree to meet someone you only know from the internet.' },
  { id: 'children-true-or-not', audience: 'children', topic: 'misinformation', title: 'Is it really true?', text: 'Not everything you see online is true, even if it looks real. Ask a grown-up or check another place before you believe it.' },
  { id: 'children-free-prizes', audience: 'children', topic: 'scams', title: 'Free prizes are a trick', text: 'A message that says you have won something is usually a trick. Do not click on it, and show a grown-up instead.' },
  { id: 'children-screen-breaks', audience: 'children', topic: 'wellbeing', title: 'Take a break', text: 'Playing and watching is fun, but your eyes and body need rest too. Stop for a while to move, play outside or read.' },
  { id: 'children-block-report', audience: 'children', topic: 'help', title: 'You can block and report', text: 'If someone is mean or makes you uncomfortable, you can block them and report it. Then tell a grown-up what happened.' },
  { id: 'children-photos', audience: 'children', topic: 'privacy', title: 'Think before you share a photo', text: 'A photo can be copied and passed on. Ask first before sharing a picture of someone else, and ask a grown-up before sharing one of you.' },
  { id: 'children-ai-helpers', audience: 'children', topic: 'misinformation', title: 'Chatbots can get things wrong', text: 'Computer helpers that chat with you can make mistakes and sound very sure. Check what they say with a grown-up or a book.' },

  // Teens, about 12 to 18
  { id: 'teens-digital-footprint', audience: 'teens', topic: 'privacy', title: 'Your posts last', text: 'Screenshots outlive deleted posts. Before you share, ask yourself if you would be fine with it being seen in five years.' },
  { id: 'teens-two-step', audience: 'teens', topic: 'passwords', title: 'Turn on two-step login', text: 'Add a second step, like a code on your phone, to your important accounts. A stolen password alone is then not enough to get in.' },
  { id: 'teens-unique-passwords', audience: 'teens', topic: 'passwords', title: 'One password per account', text: 'If one site leaks your password, every account that uses it is at risk. A password manager can remember them all for you.' },
  { id: 'teens-upstander', audience: 'teens', topic: 'kindness', title: 'Be an upstander', text: 'When you see someone being picked on, a private message of support can mean a lot. Report the bullying instead of sharing it.' },
  { id: 'teens-nudes-pressure', audience: 'teens', topic: 'help', title: 'Pressure to send images', text: 'No one has the right to pressure you into sending intimate photos. If it happens, or an image of you is shared, it is not your fault: talk to someone you trust or a helpline.' },
  { id: 'teens-deepfakes', audience: 'teens', topic: 'misinformation', title: 'Fakes can look real', text: 'AI can fake photos, voices and videos that look convincing. Check who posted it first and whether trusted sources report the same thing.' },
  { id: 'teens-sextortion-scams', audience: 'teens', topic: 'scams', title: 'Threats are a scam', text: 'If someone threatens to share images unless you pay, stop replying, do not pay, keep the evidence and tell an adult or report it.' },
  { id: 'teens-too-good', audience: 'teens', topic: 'scams', title: 'Too good to be true?', text: 'Cheap game currency, free followers and easy money offers are often scams after your account or your details. If it feels rushed, slow down.' },
  { id: 'teens-feed-feelings', audience: 'teens', topic: 'wellbeing', title: 'Notice how your feed makes you feel', text: 'If scrolling leaves you feeling worse, mute, unfollow or take a break. You are in charge of what you see.' },
  { id: 'teens-location', audience: 'teens', topic: 'privacy', title: 'Check your location settings', text: 'Some apps show where you are on a map or in photo data. Keep location sharing off unless you really need it, and only with people you know.' },
  { id: 'teens-talk-it-through', audience: 'teens', topic: 'help', title: 'You do not have to deal with it alone', text: 'Talking to a friend, a family member, a teacher or a helpline can make things easier. Asking for help is a strong thing to do.' },

  // Parents and carers
  { id: 'parents-talk-early', audience: 'parents', topic: 'help', title: 'Talk early and often', text: 'Ask your child what they enjoy online as well as what worries them. Regular, calm conversations make it easier for them to come to you when something goes wrong.' },
  { id: 'parents-stay-calm', audience: 'parents', topic: 'help', title: 'Stay calm when they tell you', text: 'If your child tells you about something upsetting, thank them for telling you before anything else. Taking away devices can make them less likely to tell you next time.' },
  { id: 'parents-settings-together', audience: 'parents', topic: 'privacy', title: 'Set up apps together', text: 'Go through privacy settings with your child when they start using a new app or game. Explain why each setting matters, so they learn to do it themselves.' },
  { id: 'parents-parental-controls', audience: 'parents', topic: 'wellbeing', title: 'Use parental controls as a helper', text: 'Filters and time limits help, especially for younger children, but no tool catches everything. Combine them with conversation and gradually more trust as your child grows.' },
  { id: 'parents-family-agreement', audience: 'parents', topic: 'wellbeing', title: 'Agree on family rules', text: 'Decide together when and where devices are used, such as no screens at meals or in bedrooms at night. Rules that apply to adults too are easier to keep.' },
  { id: 'parents-sharenting', audience: 'parents', topic: 'privacy', title: 'Think before posting about your child', text: 'Photos and stories you share today become part of your child\'s online life. Ask older children before posting about them and avoid details such as school names.' },
  { id: 'parents-scam-signs', audience: 'parents', topic: 'scams', title: 'Know the signs of a scam', text: 'Urgency, secrecy and requests for codes or payment are warning signs. Show your child how you check a message before acting on it.' },
  { id: 'parents-in-app-purchases', audience: 'parents', topic: 'scams', title: 'Control in-app purchases', text: 'Many free games make money from purchases inside the game. Require a password for payments and talk about how these offers are designed to tempt players.' },
  { id: 'parents-ai-tools', audience: 'parents', topic: 'misinformation', title: 'Explore AI tools together', text: 'Try a chatbot or image generator with your child and talk about what it gets right and wrong. Help them see it as a tool to question, not an authority.' },
  { id: 'parents-model-habits', audience: 'parents', topic: 'wellbeing', title: 'Be the example', text: 'Children copy what they see. Putting your own phone away during family time shows them what a healthy balance looks like.' },
  { id: 'parents-know-reporting', audience: 'parents', topic: 'help', title: 'Know how to report', text: 'Learn how to block and report on the apps your child uses, and where your national helpline and hotline are. Knowing in advance saves time when it matters.' },

  // Teachers and educators
  { id: 'educators-teach-evaluating', audience: 'educators', topic: 'misinformation', title: 'Teach how to check sources', text: 'Practise lateral reading: open new tabs to find out who is behind a claim before judging it. Short, regular exercises work better than one long lesson.' },
  { id: 'educators-ai-literacy', audience: 'educators', topic: 'misinformation', title: 'Make AI part of media literacy', text: 'Show pupils examples of AI-generated text and images, including mistakes. Discuss how these tools work, where their data comes from and when using them is fair.' },
  { id: 'educators-safe-space', audience: 'educators', topic: 'help', title: 'Make it easy to speak up', text: 'Let pupils know who they can talk to in school and that they will be listened to. Offer a discreet way to report, such as a question box or a named staff member.' },
  { id: 'educators-follow-procedure', audience: 'educators', topic: 'help', title: 'Follow your safeguarding procedure', text: 'If a pupil discloses harm online, listen, do not promise secrecy, and pass it on to your designated safeguarding lead straight away. Record what was said in their words.' },
  { id: 'educators-cyberbullying-policy', audience: 'educators', topic: 'kindness', title: 'Include online behaviour in your policies', text: 'Make sure anti-bullying and behaviour policies cover what happens online, including outside school hours when it affects pupils. Share them with families.' },
  { id: 'educators-pupil-voice', audience: 'educators', topic: 'kindness', title: 'Let pupils lead', text: 'Young people often know the newest apps and trends best. Involve them in planning online-safety lessons and in teaching younger pupils.' },
  { id: 'educators-privacy-classroom', audience: 'educators', topic: 'privacy', title: 'Protect pupils\' data', text: 'Check consent before posting pupils\' work or photos, and use school-approved tools that meet data protection rules. Model good privacy habits in class.' },
  { id: 'educators-accounts-security', audience: 'educators', topic: 'passwords', title: 'Secure your school accounts', text: 'Use strong, unique passwords and two-step login for school systems. Lock your screen when you leave your desk, even for a minute.' },
  { id: 'educators-phishing', audience: 'educators', topic: 'scams', title: 'Spot phishing together', text: 'Use real, anonymised examples of fake emails and messages in class. Ask pupils to find the clues, such as odd sender addresses and pressure to act fast.' },
  { id: 'educators-wellbeing-balance', audience: 'educators', topic: 'wellbeing', title: 'Talk about balance, not just limits', text: 'Discuss how different online activities make pupils feel, and help them notice when to take a break. Avoid presenting all screen time as harmful.' },
];
