"""holdout45, part F: forwarded mails and more pages of the older kinds — a brush association's
mail, a tugboat company's reply chain, a net factory's forwarded request, a stele society's 范文
page, a bridge plan on a paid preview cut by page markers, a county speech, a wrapped news text, a
peanut forum thread, a joiner's blog, a watch-repair account, a Q&A and a print view. Invented."""

CASES = [
    dict(
        slug="mail-zihao-brush-fair-invitation",
        site="协会邮箱转发 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:mishuchu@zhbx.example.org.cn#msg-20250912",
        title="关于邀请参加紫毫县首届毛笔文化节的函",
        record_title="转发：关于邀请参加紫毫县首届毛笔文化节的函",
        date="2025-09-10",
        date_also=["2025-09-12"],
        notes="a forwarded mail: the mail's own header lines (发件人/收件人/时间/主题) chrome, the mail's 附件 header (chrome) next to the letter's own 附件 line (kept); the letter's 成文日期 expected, the send date accepted",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：紫毫县毛笔行业协会 <mishuchu@zhbx.example.org.cn>
!m 发送时间：2025年9月12日 星期五 10:26
!m 收件人：各会员单位
!m 主题：转发：关于邀请参加紫毫县首届毛笔文化节的函
!m 附件：文化节参展回执.docx（21KB）
{BODY}
!d 此邮件由紫毫县毛笔行业协会群发，如不希望再收到，请回复“退订”。
!a 回复　　全部回复　　转发
""",
        body="""
各会员单位：
紫毫县首届毛笔文化节定于2025年10月19日至21日在笔工坊老街举办，诚邀各会员单位参展。
请于9月30日前将参展回执发送至协会邮箱，展位按报名先后安排。
联系人：秘书处　姚慧，电话：0577-8860123。
附件：文化节参展回执
紫毫县毛笔行业协会
2025年9月10日
""",
    ),
    dict(
        slug="mail-lanwan-tug-reply-chain",
        site="港务集团邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="https://mail.lwport.example.com/read?mid=ZC0021993",
        title="关于更换缆港拖3号主机的请示",
        record_title="答复：Re: 关于更换缆港拖3号主机的请示.docx",
        date="2025-04-08",
        date_also=["2025-04-09"],
        notes="a reply chain: the replies (chrome) above the quoted request, a mail's 'original message' separator, a file-name record title inside 答复：Re:; the request's 成文日期 expected, the reply's date accepted",
        page="""
!m 发件人：集团设备部　刘建平
!m 日期：2025-04-09 15:40
!l 同意按程序报批，请财务部一并审核。——刘建平
!m -----原始邮件-----
!m 发件人："拖轮公司办公室" <bgs@lwtug.example.com>
!m 发送时间：2025-04-08 17:02
!t 主题：关于更换缆港拖3号主机的请示
{BODY}
!d 本邮件及附件含有港务集团保密信息，仅限收件人使用。
""",
        body="""
集团公司：
缆港拖3号拖轮于2006年投入使用，主机已运行六万余小时，近一年故障停航十一次，维修费用逐年增加。
经专业机构评估，该主机已无大修价值，建议整体更换，预计费用三百二十万元。
妥否，请批示。
缆湾港拖轮有限公司
2025年4月8日
""",
    ),
    dict(
        slug="mail-guxi-net-forward-notice-oneline",
        site="园区管委会邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:glwyh@gxnet-park.example.cn#2025-0617",
        title="关于开展织网企业夏季用电安全检查的通知",
        record_title="Fwd: 关于开展织网企业夏季用电安全检查的通知",
        date="2025-06-16",
        notes="a forwarded mail with the notice's body on one line (paragraphs separated by an indent); the forwarder's note above (chrome); a 'sent from my phone' line",
        oneline=True,
        indent="    ",
        page="""
!l 请各企业安全员注意查收，按时完成自查。——园区安监办 小罗
!m Begin forwarded message:
!m From: 罟溪织网工业园管委会 <glwyh@gxnet-park.example.cn>
!m Date: 2025年6月16日 16:20
!t Subject: 关于开展织网企业夏季用电安全检查的通知
{BODY}
!m 发自我的手机
""",
        body="""
各织网企业：
入夏以来，园区用电负荷持续攀升，为防范电气火灾，管委会决定开展夏季用电安全检查。
一、6月20日前，各企业对照检查表完成自查。
二、6月下旬，管委会会同供电所开展抽查，重点检查织网机线路老化和私拉乱接情况。
罟溪织网工业园管委会
2025年6月16日
""",
    ),
    dict(
        slug="fanwen-beitang-rubbing-summary-markers-wrapped",
        site="碑塘范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.btfanwen.example.com/zj/2025/3121.html",
        title="碑拓研究会2025年上半年工作总结",
        record_title="碑拓研究会2025年上半年工作总结（通用2篇）_碑塘范文网",
        date="2025-07-05",
        notes="a 范文 page: hard-wrapped at 60 columns and cut by ⸌2⸍ markers glued to the continuation line; a ghost-writing line at the end; 成文日期",
        wrap=60,
        indent="　　",
        pages=dict(fmt="⸌{n}⸍", every=140, start=2, glue=True),
        page="""
!m 碑塘范文网　›　工作总结　›　半年总结
!t 碑拓研究会2025年上半年工作总结（通用2篇）_碑塘范文网
!m 篇一
{BODY}
!w 需要原创材料？碑塘范文网专业写手在线，QQ 3309127455
!l 篇二：碑拓研究会2025年下半年工作计划（点击查看）
""",
        body="""
上半年，研究会围绕碑刻普查和拓片整理两项重点工作，组织会员开展活动十二次，各项工作有序推进。
一是完成南乡片区碑刻普查，新发现明清碑刻九通，全部登记建档并拍照存档。
二是整理馆藏拓片四百余张，按朝代和类别分类装盒，编制了拓片目录。
三是举办拓印技艺培训两期，新培养会员拓工十一名，会员总数达到八十六人。
下半年，研究会将重点做好北乡片区普查，筹备碑拓作品展。
碑塘县碑拓研究会
2025年7月5日
""",
    ),
    dict(
        slug="wenku-gongling-bridge-speech-markers",
        site="拱岭文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wk.gongling.example.com/view/b21e0c44.html",
        title="在全县古桥保护工作推进会上的讲话",
        record_title="在全县古桥保护工作推进会上的讲话（精选范本）",
        date="2025-05-26",
        notes="a paid preview cut by ⦑2⦒ markers on lines of their own; a 'pay to read the rest' prompt glued after a sentence; the date under the speech title; speaker line neutral",
        pages=dict(fmt="⦑{n}⦒", every=70, start=2),
        page="""
!m 拱岭文库 · 精品文档
!t 在全县古桥保护工作推进会上的讲话（精选范本）
!m 页数：4　阅读：321　评分：4.6
县文旅局局长　蔡宏
（2025年5月26日）
{BODY}
!a 全文共4页，当前预览2页，支付2.8元阅读全文
!l 相关推荐：文物安全工作会议讲话 / 古村落保护工作汇报
""",
        body="""
同志们：
今天召开全县古桥保护工作推进会，主要任务是总结去年工作，部署今年古桥保护重点任务。
去年以来，全县完成永济桥、迎仙桥等五座古桥的抢险加固，建立了古桥巡查台账。
但我们也要看到，部分乡镇对古桥保护重视不够，重型车辆违规过桥的现象仍时有发生。⟦a 【付费内容，解锁后查看】⟧
今年，各乡镇要全面落实桥长制，县文旅局将每季度通报一次巡查情况。
""",
    ),
    dict(
        slug="gov-zhenyuan-peanut-speech-cn-date",
        site="榛垣县人民政府 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.zhenyuanxian.example.gov.cn/ldjh/2025/0915/221.html",
        title="在全县花生产业高质量发展大会上的讲话",
        record_title="在全县花生产业高质量发展大会上的讲话_领导讲话_榛垣县人民政府",
        date="2025-09-15",
        notes="a county portal: the date under the speech title in Chinese numerals, speaker line neutral; a text-size row and 'print/close' row; a 'related speeches' list",
        page="""
!m 榛垣县人民政府　www.zhenyuanxian.example.gov.cn
!m 首页 ＞ 政务公开 ＞ 领导讲话
!t 在全县花生产业高质量发展大会上的讲话_领导讲话_榛垣县人民政府
!a 【字号：大　中　小】　【打印】　【关闭】
县委副书记、县长　冯建新
（二〇二五年九月十五日）
{BODY}
!l 相关讲话：在全县秋粮收购工作会议上的讲话 ｜ 在乡村振兴推进会上的讲话
!m 主办：榛垣县人民政府办公室　联系电话：0536-4400001
""",
        body="""
同志们：
花生是我县的传统优势产业，全县种植面积常年稳定在二十万亩以上。
今年以来，全县新建花生压榨企业三家，花生油产能比去年翻了一番。
下一步，我们要抓好良种推广，抓好精深加工，抓好品牌营销，推动花生产业提质增效。
""",
    ),
    dict(
        slug="news-zhongbu-watch-contest-wrapped",
        site="钟埠新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zbnews.example.cn/bd/2025-11/24/1103.shtml",
        title="钟埠县举办首届钟表维修技能大赛",
        record_title="钟埠县举办首届钟表维修技能大赛",
        date="2025-11-23",
        date_also=["2025-11-24"],
        notes="a news text hard-wrapped at 68 columns; a byline whose 发布时间 is the page date; the event date differs; a results table kept; editor line glued after the last paragraph",
        wrap=68,
        page="""
!m 钟埠新闻网　本地新闻
{T}
!m 发布时间：2025-11-24 08:15　来源：钟埠日报
{BODY}
!l 【我要纠错】　【推荐给朋友】
""",
        body="""
11月23日，钟埠县首届钟表维修技能大赛在县职业技能鉴定所举行，全县二十八名钟表维修工同台竞技。
比赛分理论考试和实操两部分，实操要求选手在九十分钟内完成一只机械表的拆装和走时校准。
名次　姓名　单位
一等奖　程思远　老街钟表店
二等奖　邵琪　县百货公司维修部
县钟表维修行业协会会长蒋立昌表示，大赛为年轻技师搭建了展示平台。⟦m （编辑：韩雪）⟧
""",
    ),
    dict(
        slug="forum-zhenyuan-peanut-growers-junk",
        site="花生种植交流论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.huasheng-zz.example.com/viewthread.php?tid=7731",
        title="种了二十年花生的一点经验",
        record_title="种了二十年花生的一点经验 - 种植技术 - 花生种植交流论坛",
        date=None,
        notes="a growers' forum: junk lines and junk glued after 。; relative post time (no date); a 'hidden content for members' line between paragraphs; floors",
        junk=dict(lines=2, glued=2),
        page="""
!m 花生种植交流论坛 » 种植技术
!t 种了二十年花生的一点经验
!m 榛垣老韩　发表于 6 天前　|　只看楼主　|　倒序浏览
{BODY}
!l 2楼　东岭小伙：学习了，明年试试单粒播
!l 3楼　花生迷：楼主说的轮作太重要了
!a 登录后可回复，还没有账号？立即注册
""",
        body="""
我在榛垣种花生二十年了，跟大家说几点实在的经验。
第一，一定要轮作。同一块地连种三年花生，病害就多，产量明显下降。
⟦a 【本帖隐藏的内容需要回复才可以浏览】⟧
第二，播种别贪早。地温不到十五度就播，种子容易烂在地里。
第三，结荚期要控旺。秧子长得太旺，果子反而结得少。
""",
    ),
    dict(
        slug="blog-shunping-joiner-notes-glued-title",
        site="木作日记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://muzuo-riji.example.com/post/2025/10/12",
        title="带徒弟做第一张方凳",
        record_title=None,
        date="2025-10-12",
        notes="no record title: a blog title line with the post date glued after it; a 'likes/comments' line and 'newer/older posts' at the end; content speaks of 分享 photos",
        page="""
!m 木作日记 ｜ 一个榫卯匠人的日常
⟦t 带徒弟做第一张方凳⟧ ⟦m 2025-10-12⟧
{BODY}
!l ♥ 12　💬 3
!l « 较新文章　　较旧文章 »
""",
        body="""
今天学徒小唐终于做好了他的第一张方凳，四条腿落地平平稳稳。
从划线、开榫到凿卯，他一共用了九天，中间废了两根料。
我跟他说，做木工最要紧的是心静，一刀一刀下去，急不得。
晚上他把方凳的照片分享到了学徒群里，大家都给他点赞。
""",
    ),
    dict(
        slug="wechat-beitang-rubbing-notice-mirror-text",
        site="碑塘文博 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://weixin.jingxiang.example.net/a/btwb-20251102",
        title="关于碑林拓片专题展延期开放的公告",
        record_title="关于碑林拓片专题展延期开放的公告",
        date="2025-11-02",
        notes="a WeChat mirror in text: an account line with an IP place, a '在看/分享' row, a mirror disclaimer; the notice's own 咨询电话 kept",
        page="""
!m 碑塘文博　　2025年11月02日 11:05　四川
{T}
!a 点击上方“碑塘文博”，设为星标，第一时间看展讯
{BODY}
!l 分享　　收藏　　在看 17　　赞 40
!d 【镜像声明】本文转载自公众号“碑塘文博”，如有侵权请联系删除
""",
        body="""
各位观众：
原定于11月8日开幕的碑林拓片专题展，因展柜改造未完成，延期至11月22日开放。
已预约11月8日至21日参观的观众，预约自动取消，请重新预约。
咨询电话：0831-5566021。
碑塘市碑林博物馆
2025年11月2日
""",
    ),
    dict(
        slug="qa-gongling-volunteer-thanks-letter",
        site="写作问答 (invented)",
        style="问答社区",
        genre="感谢信",
        kind="letter",
        form="text",
        source="https://wenda.xiezuo.example.com/q/59124",
        title="给古桥义务巡护员的感谢信怎么写",
        record_title="给古桥义务巡护员的感谢信怎么写？",
        date=None,
        notes="a Q&A with a sample letter: ××× placeholders and a '年 月 日' line (no date); an answerer's badge; a 'write an answer' button and an ad between paragraphs",
        page="""
!m 写作问答 / 公文写作
!t 给古桥义务巡护员的感谢信怎么写？
!m 题主：桥边人　·　昨天
!m 优质回答者　笔耕不辍　回答：
{BODY}
!l 👍 赞同 9　　💬 评论 1　　⭐ 收藏
!a 写回答
""",
        body="""
感谢信要写清楚感谢谁、为什么感谢、表达什么期望。可以参考下面的写法：
尊敬的×××同志：
一年来，您坚持每周巡查古桥，及时报告险情，为保护我县古桥作出了贡献，在此表示衷心感谢！
⟦w 【广告】文书代写，当天出稿，私信“代写”领取优惠⟧
希望您继续关心支持古桥保护工作。
拱岭县古桥保护所
年　月　日
""",
    ),
    dict(
        slug="print-lanwan-tug-typhoon-plan-print",
        site="缆湾港拖轮公司 打印页 (invented)",
        style="打印页",
        genre="应急预案",
        kind="plan",
        form="text",
        source="http://www.lwtug.example.com/print.aspx?aid=3021",
        title="拖轮防台风应急预案",
        record_title="打印 - 拖轮防台风应急预案",
        date="2025-05-30",
        notes="a print page: a print header with the site and URL, a running footer 'Page 1 of 1' (page class), a print stamp; decimal headings 2.1 2.2 and a duty-boat table kept",
        page="""
!m 缆湾港拖轮有限公司　http://www.lwtug.example.com
!m 打印日期：2025/6/3
{T}
{BODY}
!p Page 1 of 1
!a [ 打印 ]　[ 关闭窗口 ]
""",
        body="""
1 总则。为做好拖轮防台风工作，保障船舶和人员安全，制定本预案。
2.1 接到台风蓝色预警后，各拖轮做好防台准备，检查系泊缆绳。
2.2 接到台风橙色预警后，除值班拖轮外，其余拖轮进入避风锚地。
拖轮　避风锚地
缆港拖3　北湾锚地
缆港拖5　北湾锚地
3 本预案自印发之日起施行。
缆湾港拖轮有限公司
2025年5月30日
""",
    ),
]
