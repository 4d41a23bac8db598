"""holdout182, part f: hair clips (发夹) — a hair-accessory town, makers, school dress codes,
child safety, product checks and handicraft classes. Everything invented."""

CASES = [
    dict(
        slug="community-cihu-elderly-hairclip-craft-class",
        site="粢湖街道柳岸社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://liuan.cihu-jd.example.cn/hdyg/2025-0318.html",
        title="关于举办“巧手做发夹”老年手工课的通知",
        record_title="关于举办“巧手做发夹”老年手工课的通知",
        date="2025-03-18",
        notes="residents' site text: weather line, grid box, property hotline vs the community's own 报名电话 kept; a sentence to 扫码 sign up kept; date in the document",
        page="""
!m 粢湖 晴 12~21℃ 空气质量：良
!m 柳岸社区 · 邻里服务平台
!m 首页 > 活动预告
{T}
!m 发布：柳岸社区居委会　浏览 286
{BODY}
!m 网格服务：第三网格 龚丽 139 5012 7746
!m 物业服务热线：0579-8562230
!l 上一条：社区春季义诊活动通知
""",
        body="""
各位居民朋友：
为丰富辖区老年人的精神文化生活，社区将联合粢湖手艺人协会举办“巧手做发夹”老年手工课。
活动时间：3月25日（周二）下午2:30至4:30。
活动地点：社区党群服务中心二楼活动室。
参加对象：辖区60周岁以上居民，限额20人，材料由社区免费提供。
请扫描社区公告栏上的二维码报名，或拨打报名电话0579-8561124。
柳岸社区居民委员会
2025年3月18日
""",
    ),
    dict(
        slug="blog-wrap-hairclip-maker-diary",
        site="阿雯的手作小屋 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://awen-shouzuo.example.com/2025/05/hairclip-stall.html",
        title="摆摊卖发夹的第一百天",
        record_title="摆摊卖发夹的第一百天 | 阿雯的手作小屋",
        date="2025-05-20",
        notes="blog text hard-wrapped at 64 columns; bracketed post time as the date; tags, a comment prompt, an archive list",
        wrap=64,
        indent="  ",
        page="""
!m 阿雯的手作小屋 — 一针一线，慢慢生活
{T}
!m 【2025-05-20 22:13】 分类：摆摊日记
{BODY}
!l 标签：#发夹 #摆摊 #手作
!l 共 23 条评论，点击展开
!l 归档：2025年5月(9) 2025年4月(12) 2025年3月(7)
""",
        body="""
今天是我在粹城夜市摆摊卖手工发夹的第一百天，收摊回来想记录一下。
一开始我只做了三十个布艺发夹，摆在一块小桌布上，一晚上只卖出去两个，还是隔壁摊主可怜我买的。
后来我发现，来夜市的大多是带孩子的妈妈，就改做小碎花和卡通造型，价格定在十元以内，生意慢慢好了起来。
一百天下来，我一共卖出了一千二百多个发夹，还认识了好多回头客。明天开始，我想试试做一些适合上班族的简约款。
""",
    ),
    dict(
        slug="localforum-html-school-hairclip-rule-jammer",
        site="糈口论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="https://bbs.xukou.example.com/thread-1120933-1-1.html",
        title="学校不让戴带亮片的发夹，大家怎么看？",
        record_title="学校不让戴带亮片的发夹，大家怎么看？ - 教育话题 - 糈口论坛",
        date=None,
        notes="county forum HTML: jammer fonts, a weather widget, sticky badge, relative post time; a quoted school rule kept; no date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>学校不让戴带亮片的发夹，大家怎么看？ - 教育话题 - 糈口论坛</title>
<style>font.jammer{display:none}</style></head><body>
<div class="topbar">⟦m 糈口论坛 — 糈口人自己的网上家园⟧ ⟦m 糈口 小雨 9℃⟧</div>
<div class="bread">⟦m 糈口论坛 » 教育话题 » 帖子详情⟧</div>
<div class="sticky">⟦l [置顶] 教育话题版规及举报方式⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 橙子妈妈　发表于 前天 19:48　楼主⟧</div>
<div class="message">
{BODY}
</div>
<div class="reply">⟦l 快速回复　发表回复　回帖奖励⟧</div>
<div class="ft">⟦m 糈口论坛 客服QQ群：55120877⟧</div>
</body></html>
""",
        body="""
女儿上四年级，今天回来说学校发了新的仪容仪表要求，其中一条是“不佩戴带亮片、闪光或夸张造型的发夹”。
她很喜欢一个带亮片的蝴蝶结发夹，回家哭了半天，说同学们都戴。
我理解学校希望孩子们朴素一点、少攀比，但觉得这种细节管得有点多了，只要不影响上课，戴个好看的发夹也没什么。
各位家长怎么看？你们孩子的学校有类似的规定吗？
""",
    ),
    dict(
        slug="docshare-pages-hairclip-factory-plan",
        site="文档云 (invented)",
        style="文档分享",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://www.wendangyun.example.com/doc/55120318.html",
        title="美饰发饰厂2026年工作计划",
        record_title="美饰发饰厂2026年工作计划.pdf",
        date="2025-12-18",
        notes="document-sharing text: converter markers ⸭n⸭ glued to the continuation; uploader line with a date (upload stamp), 成文日期 in the document expected",
        indent="\u3000\u3000",
        pages=dict(fmt="⸭{n}⸭", every=75, start=2, glue=True),
        page="""
!m 文档云 · 分享你的知识
!m 美饰发饰厂2026年工作计划.pdf
!m 上传者：ms_office　上传于 2025-12-22　共3页
!a 立即下载　收藏　分享给好友
{BODY}
!a 已预览到最后一页，下载原文件可编辑
!d 文档云平台只提供存储空间，文档版权归上传者所有
""",
        body="""
2026年，我厂将围绕“提质量、拓渠道、创品牌”的目标，重点做好以下几方面工作。
一、提升产品质量。全面推行金属发夹电镀层厚度抽检制度，对儿童发夹逐批开展小零件拉力测试，力争客户退货率降到0.5%以下。
二、拓展销售渠道。在巩固义乌、广州批发市场的基础上，开设两家网店，全年线上销售额力争突破300万元。
三、培育自主品牌。申请注册“美饰”商标，开发国风系列发夹，参加全国小商品博览会。
粲原县美饰发饰厂
2025年12月18日
""",
    ),
    dict(
        slug="portal-wrap-lintian-hairclip-spotcheck-news",
        site="粼田县人民政府网 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lintianxian.example.gov.cn/xwdt/bmdt/202506/t20250609_7712.html",
        title="县市场监管局开展儿童发饰质量专项检查",
        record_title="县市场监管局开展儿童发饰质量专项检查_部门动态_粼田县人民政府网",
        date="2025-06-09",
        notes="county portal news hard-wrapped at 58 columns; 信息来源/发布时间 byline as the date; font-size row; related list",
        wrap=58,
        indent="\u3000\u3000",
        page="""
!m 粼田县人民政府网
!m 首页 > 新闻动态 > 部门动态
{T}
!m 信息来源：县市场监管局　发布时间：2025-06-09 15:20
!a 字体：[大 中 小]　[打印] [关闭]
{BODY}
!l 相关信息：县市场监管局开展校园周边食品安全检查｜六一前夕玩具市场专项整治
!m 主办单位：粼田县人民政府办公室　网站标识码：4402290007
""",
        body="""
六一前夕，县市场监管局组织执法人员对城区商场、文具店和小商品市场开展儿童发饰质量专项检查。
执法人员重点检查了儿童发夹、发箍等产品的标识标签、3C认证和进货查验记录，现场抽取发夹样品12批次送检，检测铅、镉等重金属含量和小零件脱落风险。
此次共检查经营户46户，责令下架标识不全的儿童发夹230余件。
县市场监管局提醒家长，选购儿童发夹时要认准正规厂家，检查边缘是否光滑、装饰物是否牢固。
""",
    ),
    dict(
        slug="mail-fwd-kindergarten-hairclip-safety",
        site="粹城幼教邮件系统 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mail.cc-youjiao.example.cn/readmail?id=20251105-3310",
        title="关于幼儿入园佩戴发饰安全的温馨提示",
        record_title="转发：关于幼儿入园佩戴发饰安全的温馨提示",
        date="2025-11-04",
        date_also=["2025-11-05"],
        notes="forwarded mail: headers, forwarder's note, the original header; a 回执 to 打印 and sign kept; the notice's own 联系电话; 成文日期 differs from the send date",
        page="""
!m 发件人：园办 徐老师
!m 收件人：小一班家长群邮箱; 小二班家长群邮箱
!m 日期：2025年11月5日 周三 07:52
!m 主题：转发：关于幼儿入园佩戴发饰安全的温馨提示
!w 各位家长早上好，园里的提示转给大家，请仔细阅读。
!m ------------------ 原始邮件 ------------------
!m 发件人："粹城实验幼儿园保健室"
{T}
{BODY}
!d 本邮件由邮件系统自动发送，请勿直接回复。
""",
        body="""
各位家长：
近期，我园保健室在晨检中发现，有幼儿佩戴的发夹装饰珠松动脱落，个别幼儿有把小珠子放进嘴里的情况。
为保障幼儿安全，请家长注意：
1. 给孩子选择一体式、无小装饰物的发夹或软质发圈，不佩戴尖头金属发夹。
2. 每天入园前检查发夹是否牢固。
3. 午睡前，老师会帮助幼儿取下发夹，放入个人收纳袋，起床后再帮助佩戴。
请家长打印附件中的回执，签字后于11月7日前交给班主任。
联系电话：保健室 0592-5570163。
粹城实验幼儿园
2025年11月4日
""",
    ),
    dict(
        slug="qa-html-hairclip-slipping-best-answer",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliao-ask.example.com/q/8812045",
        title="头发又细又软，发夹总是往下滑，有什么办法？",
        record_title=None,
        date=None,
        notes="Q&A HTML: question as the title (no record title), best-answer badge, a relative answer time; no date",
        page="""
<html><head><meta charset="utf-8"><title>头发又细又软，发夹总是往下滑，有什么办法？ - 知了问答</title></head><body>
<div class="hd">⟦m 知了问答⟧ ⟦a 提问　登录⟧</div>
<div class="question"><h1>{T}</h1><div class="qm">⟦m 12 个回答　1.2 万次浏览⟧</div></div>
<div class="answer best"><span class="badge">⟦m 优质回答⟧</span>
<div class="ainfo">⟦m 发型师小鹿　3 天前回答⟧</div>
{BODY}
<div class="act">⟦l 赞同 527　评论 34　收藏⟧</div>
</div>
<div class="ft">⟦d 回答内容仅代表答主个人观点⟧</div>
</body></html>
""",
        body="""
细软发容易滑，主要是发丝表面太光滑，发夹抓不住。可以从三个方面改善。
第一，换发夹。选内侧带硅胶防滑条或者齿状设计的发夹，比光面金属发夹稳得多。
第二，做打底。夹之前在要夹的位置喷一点干发喷雾或蓬松粉，让头发有摩擦力。
第三，交叉夹。用两个一字夹交叉成“X”形固定，比单个发夹牢固很多。
""",
    ),
    dict(
        slug="news-html-canyuan-hair-accessory-town",
        site="粲原融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cyrongmei.example.com/news/2025-04/21/art_9917.html",
        title="小发夹撑起大产业 籽塘镇发饰年产值突破十亿元",
        record_title="小发夹撑起大产业 籽塘镇发饰年产值突破十亿元_粲原融媒",
        date="2025-04-21",
        record_date="2025-04-21",
        notes="news portal HTML: ad slot, photo captions between paragraphs, 来源/记者 byline, a share bar and an editor line",
        page="""
<html><head><meta charset="utf-8"><title>小发夹撑起大产业 籽塘镇发饰年产值突破十亿元_粲原融媒</title></head><body>
<header>⟦m 粲原融媒⟧ ⟦m 首页｜时政｜经济｜社会｜文旅｜直播⟧</header>
<div class="ad">⟦a 【广告】粲原旅游年卡火热发售中⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：粲原融媒　记者：范思琪　2025-04-21 08:05⟧</div>
<div class="article">
{BODY}
</div>
<div class="editor">⟦m 责编：林一帆　二审：左明　终审：陶俊⟧</div>
<div class="share">⟦l 分享至：朋友圈 微博 QQ⟧</div>
</body></html>
""",
        body="""
走进粲原县籽塘镇，几乎家家户户都在做发饰。在镇上的发饰产业园，一条条生产线正忙着给金属发夹电镀、贴钻。
籽塘镇发饰产业起步于上世纪八十年代的家庭作坊，如今已有生产企业和加工户1300多家，带动就业2万余人。
⟦m 图为籽塘镇发饰产业园内的生产车间⟧
去年，全镇发饰年产值首次突破十亿元，产品销往60多个国家和地区，其中发夹类产品占到一半以上。
镇党委书记俞海峰表示，下一步将建设发饰设计中心和直播基地，推动产业从“贴牌加工”向“自主品牌”转型。
""",
    ),
    dict(
        slug="forum-text-diy-hairclip-thread-junk",
        site="巧手妈妈论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="https://bbs.qiaoshou-mama.example.com/thread-44871-1-1.html",
        title="分享：用旧衣服边角料给女儿做发夹（附步骤）",
        record_title="分享：用旧衣服边角料给女儿做发夹（附步骤） - 手工DIY - 巧手妈妈论坛",
        date=None,
        notes="forum text: junk lines and glued junk, numbered steps kept, relative time; no date",
        junk=dict(lines=1, glued=2),
        page="""
!m 巧手妈妈论坛 - 手工DIY
!m 阅读权限 10　|　查看 904　回复 22
{T}
!m 作者：小苹果妈　发表于 6 小时前
{BODY}
!l 回复　收藏　分享
!l 推荐帖子：不织布书签的做法｜宝宝围兜改小包
""",
        body="""
家里有几件女儿穿小的碎花裙，舍不得扔，就剪下来做了几个布艺发夹，效果还不错，分享一下做法。
1. 剪两块直径5厘米的圆形布片，再剪一块同样大小的薄棉。
2. 把棉片夹在两块布中间，沿边缘缝一圈，留一个小口翻面。
3. 中间用线扎紧，做成蝴蝶结的形状。
4. 用热熔胶把蝴蝶结粘在一字发夹上，晾干就可以戴了。
做的时候注意热熔胶枪很烫，不要让孩子自己操作。
""",
    ),
    dict(
        slug="intranet-text-hairclip-plating-workshop-minutes",
        site="籽塘发饰集团OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.zitang-fashi.example.com/meeting/view/2025-0611",
        title="电镀车间发夹镀层返工问题专题会议纪要",
        record_title="电镀车间发夹镀层返工问题专题会议纪要",
        date="2025-06-11",
        notes="intranet text: minutes' 时间/地点/主持/参会/记录 lines kept, a vote count kept; 流转 and read lines; date in the 时间 line",
        page="""
!m 籽塘发饰集团 · OA办公
!m 会议管理 > 会议纪要
{T}
!m 起草人：生产部 贝晓燕　阅读：46
{BODY}
!m 已传阅：生产部、质检部、电镀车间、采购部
!a 打印　下载附件　返回
""",
        body="""
时间：2025年6月11日上午9:00
地点：集团二号楼会议室
主持：生产副总 朱国栋
参会：生产部、质检部、电镀车间、采购部负责人
记录：贝晓燕
会议分析了5月份金属发夹镀层起泡返工率上升至4.2%的原因，主要是前处理除油不彻底和镀液温度波动。
会议决定：一、电镀车间6月15日前完成除油槽改造，每班增加一次镀液温度记录；二、质检部对发夹镀层实行首件必检；三、采购部更换除油剂供应商。
以上事项经到会人员表决，7票同意，0票反对。
""",
    ),
    dict(
        slug="assoc-text-hair-accessory-chamber-pledge-blanks",
        site="粲原县发饰商会 (invented)",
        style="行业协会",
        genre="承诺书",
        kind="other",
        form="text",
        source="http://www.cyfsh.example.org/tzgg/2025/0508/45.html",
        title="儿童发饰产品质量安全承诺书",
        record_title="儿童发饰产品质量安全承诺书（可编辑）_粲原县发饰商会",
        date=None,
        notes="chamber of commerce text: member-login row, a pledge template with ____ and ××年×月×日 placeholders kept; no date",
        page="""
!m 粲原县发饰商会 | 团结 互助 诚信 发展
!a 会员入口 | 商会通讯录
!m 首页 >> 通知公告
{T}
!m 来源：商会秘书处　点击：178
{BODY}
!a 下载承诺书模板（Word）
!d 粲原县发饰商会 版权所有
""",
        body="""
本企业郑重承诺：
一、生产销售的儿童发夹、发圈等发饰产品符合国家相关标准，不使用有毒有害材料。
二、产品装饰物牢固可靠，不设计易被幼儿误吞的可拆卸小零件。
三、产品包装如实标注适用年龄、材质和生产企业信息。
四、发现产品存在安全隐患时，立即停止销售并主动召回。
承诺企业（盖章）：__________
法定代表人（签字）：__________
××年×月×日
""",
    ),
    dict(
        slug="edu-html-kindergarten-hairclip-handwork-week",
        site="籼浦县教育局 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://jyj.xianpu.example.gov.cn/jydt/2025/1128/3381.html",
        title="县第二幼儿园开展“小小发夹设计师”亲子手工周活动",
        record_title="县第二幼儿园开展“小小发夹设计师”亲子手工周活动",
        date="2025-11-28",
        notes="education portal HTML: 关怀版 link, 投稿/审核 lines, photo caption glued after a sentence, prev/next; byline date",
        page="""
<html><head><meta charset="utf-8"><title>县第二幼儿园开展“小小发夹设计师”亲子手工周活动</title></head><body>
<div class="tb">⟦a 关怀版⟧ ⟦a 繁体⟧</div>
<div class="hd">⟦m 籼浦县教育局　籼浦教育信息网⟧</div>
<div class="nav">⟦m 首页　教育动态　基层风采　学前教育　通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-11-28　投稿：县第二幼儿园　审核：张敏⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：县实验小学举办冬季运动会⟧<br>⟦l 下一篇：全县中小学食堂食品安全检查通报⟧</div>
<div class="ft">⟦m 籼浦县教育局主办　琼ICP备13000221号⟧</div>
</body></html>
""",
        body="""
11月24日至28日，县第二幼儿园开展了“小小发夹设计师”亲子手工周活动。
活动中，孩子们和爸爸妈妈一起，用彩色毛毡、纽扣、旧丝带等材料设计制作发夹，小朋友们负责画图样、挑颜色，家长帮忙裁剪和粘贴。⟦m （图为亲子制作现场）⟧
活动最后，幼儿园举办了作品展，180多件亲子作品整齐地摆放在走廊展台上，孩子们争着向同伴介绍自己的设计。
园长表示，手工活动不仅锻炼了孩子的动手能力，也增进了亲子之间的交流。
""",
    ),
]
