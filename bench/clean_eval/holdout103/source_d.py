"""holdout103, part D: second pages of the older kinds of site. Everything invented."""

CASES = [
    dict(
        slug="gov-text-yuliang-subsidy-notice-docno",
        site="岘南县水利局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://slj.xiannan.example.gov.cn/tzgg/2025/1201/2219.html",
        title="关于发放2025年度雨量站管护员补助的通知",
        record_title="关于发放2025年度雨量站管护员补助的通知_岘南县水利局",
        date="2025-12-01",
        notes="text portal: document number neutral; table of subsidy rows; 【打印】【关闭】; site name in signature (tail)",
        page="""
!m 岘南县水利局
!m 首页 > 通知公告
{T}
!m 信息来源：农村水利股　发布时间：2025-12-01　访问量：157
岘水发〔2025〕77号
{BODY}
!a 【打印本页】　【关闭窗口】
!m 岘南县水利局版权所有　技术支持：岘南数字科技
""",
        body="""
各乡镇水利站：
根据县财政局批复，现将2025年度雨量站管护员补助发放事项通知如下。
一、补助标准
站点类型　每站每月补助（元）　发放月数
自动雨量站　150　12
简易报警器　60　12
二、发放方式：补助通过“一卡通”直接发放到管护员账户，12月25日前到账。
三、各乡镇须对管护员履职情况进行考核，考核不合格的不予发放。
岘南县水利局
2025年12月1日
""",
    ),
    dict(
        slug="news-text-haiou-festival-caption",
        site="海曙晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.haishuwb.example.com/2025/12/03/news_71320.html",
        title="海鸥季来了 湾区推出文明观鸥十条",
        record_title="海鸥季来了 湾区推出文明观鸥十条_海曙晚报网",
        date="2025-12-03",
        notes="news text: byline date, photo caption on its own line between paragraphs, 责任编辑 glued after the last paragraph, related list",
        page="""
!m 海曙晚报网 > 城事 > 正文
{T}
!m 2025年12月03日 07:40　来源：海曙晚报　作者：记者 夏沐
{BODY}
!l 相关新闻：今冬首批海鸥抵达湾区
!l 相关新闻：湿地公园观鸟步道开放
!a 分享到：微信 微博 复制链接
""",
        body="""
本报讯 随着首批海鸥陆续抵达，湾区管理处日前发布《文明观鸥十条》，提倡市民科学投喂、文明拍照。
⟦m 市民在湾区栈道观赏海鸥。记者 夏沐 摄⟧
十条内容包括：只在指定区域投喂专用鸥粮，不投喂面包和膨化食品；不追赶、惊吓海鸥；不使用闪光灯近距离拍摄等。
管理处还在栈道沿线设置了6个鸥粮售卖点，每份5元，所得收入全部用于海鸥栖息地维护。⟦m 责任编辑：宋一鸣⟧
""",
    ),
    dict(
        slug="forum-html-kutong-craft-jammer",
        site="木作天地论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://www.muzuotd.example.com/forum.php?mod=viewthread&tid=44120",
        title="学箍桶三年的一点心得",
        record_title="[原创] 学箍桶三年的一点心得 - 传统木作 - 木作天地论坛",
        date="2025-02-11",
        notes="Discuz-like forum with jammer fonts (junk lines and glued); floor meta, reply box, signature",
        junk=dict(lines=2, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[原创] 学箍桶三年的一点心得 - 传统木作 - 木作天地论坛</title></head><body>
<div id="hd">⟦m 木作天地论坛⟧ ⟦a 快捷登录⟧ ⟦a 注册账号⟧</div>
<div id="pt">⟦m 木作天地 › 传统木作 › 帖子⟧</div>
<h1>⟦t [原创] 学箍桶三年的一点心得⟧</h1>
<div class="pi">⟦m 楼主 桶匠小范 | 发表于 2025-2-11 22:30 | 显示全部楼层⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：一块板，一道箍，一辈子⟧</div>
<div class="fastre">⟦l 回复楼主　快速回复　您需要登录才能发帖⟧</div>
<div id="ft">⟦m 木作天地论坛 ©2010-2025⟧</div>
</body></html>
""",
        body="""
三年前辞职回老家，跟着舅舅学箍桶，到现在能独立做一只三十斤的米桶了，说几点心得。
第一是选料。杉木要选老料，纹理直、节疤少，晾干至少一年，不然做出来的桶会漏。
第二是刨板。每块桶板两侧要刨出一样的斜度，差一点点拼起来就不圆，这个全靠手感，我练了大半年。
第三是上箍。竹箍要趁湿打，边打边敲，松紧要匀。
现在订单不算多，但每卖出一只桶，心里都很踏实。
""",
    ),
    dict(
        slug="blog-text-bench-design-notes",
        site="街角设计笔记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://jiejiao-design.example.net/post/gonggong-zuoyi",
        title="一张好用的公共座椅应该是什么样",
        record_title="【设计随记】一张好用的公共座椅应该是什么样 | 街角设计笔记",
        date="2025-05-27",
        notes="blog text: bracketed blog time is the date; tags line, prev/next, subscribe prompt",
        page="""
!m 街角设计笔记 —— 关心城市里的小东西
!t 【设计随记】一张好用的公共座椅应该是什么样
!m [2025-05-27 21:03]　分类：城市家具　评论(12)
{BODY}
!l 标签：座椅 / 适老化 / 城市家具
!l « 上一篇：公交站台的遮阳棚　|　下一篇：人行道上的树池 »
!a 订阅本博客更新
""",
        body="""
最近参与了一个街道的座椅更新项目，记几点体会。
座面高度以42至45厘米为宜，太低老人起身困难；座面要有轻微后倾，坐着才舒服。
扶手很重要。对老年人来说，扶手不是装饰，而是起身时的支点，最好每隔两个座位设一个。
材料上，金属座椅夏天烫、冬天冰，防腐木和再生塑木更合适。
最后，座椅的朝向要看风景，也要看阳光，冬天能晒到太阳的座椅，总是最先坐满。
""",
    ),
    dict(
        slug="wechat-html-jindiao-volunteer-letter",
        site="观澜公号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://guanlan-mirror.example.com/a/20250410/8812.html",
        title="致全县牧民朋友的一封信",
        record_title="致全县牧民朋友的一封信",
        date="2025-04-10",
        notes="WeChat-style mirror page: account card, follow prompt, mini-program card, 在看; signature date",
        page="""
<html><head><meta charset="utf-8"><title>致全县牧民朋友的一封信</title></head><body>
<div class="mirror">⟦d 本页为微信公众号文章的网页存档⟧</div>
<h2>{T}</h2>
<div class="acct">⟦m 峁川林草　2025-04-10 18:00 发表于甘肃⟧</div>
<div class="follow">⟦a 点击蓝字 关注我们⟧</div>
{BODY}
<div class="mp">⟦l 小程序：峁川野生动物损害补偿申报⟧</div>
<div class="bar">⟦l 阅读 3620　分享　在看 88⟧</div>
<div class="qr">⟦a 长按识别二维码关注峁川林草⟧</div>
</body></html>
""",
        body="""
全县广大牧民朋友：
春季是金雕等猛禽的繁殖期，也是羊羔出生的季节。为了保护金雕，也保护大家的利益，特向您写这封信。
一、请不要捕捉、毒杀金雕，不要掏取金雕的卵和雏鸟，违者将依法追究责任。
二、羊羔出生后尽量圈养或在棚圈附近放牧，减少被猛禽捕食的风险。
三、如果发生金雕捕食羊羔的情况，请及时拍照并报告乡镇林草站，经核实后可以申请补偿。
感谢您对野生动物保护工作的支持！
峁川县林业和草原局
2025年4月10日
""",
    ),
    dict(
        slug="docshare-html-tanmian-summary-reader",
        site="共享文档网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.gongxiangdoc.example.cn/d/7741920.html",
        title="埠阳镇非遗工坊2025年上半年工作总结",
        record_title="埠阳镇非遗工坊2025年上半年工作总结.docx",
        date="2025-07-04",
        notes="document-sharing reader: file-name record title, upload notice and points price; signature date",
        page="""
<html><head><meta charset="utf-8"><title>埠阳镇非遗工坊2025年上半年工作总结.docx - 共享文档网</title></head><body>
<div class="top">⟦m 共享文档网⟧ ⟦a 上传赚积分⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="doc-info">⟦m 上传者：埠阳文化站　上传时间：2025-07-08　下载：41　积分：3⟧</div>
<div class="view">
{BODY}
</div>
<div class="btns">⟦a 下载此文档⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div class="notice">⟦d 该文档为用户上传，本站不对内容负责；如有侵权，请发送邮件至 jubao@gongxiangdoc.example.cn⟧</div>
</body></html>
""",
        body="""
上半年，镇非遗工坊围绕弹棉花、竹编两项技艺，开展传承展示和技能培训。
一是办好体验课堂。接待中小学生研学团队14批、游客2300余人次，弹棉花体验成为最受欢迎的项目。
二是开展技能培训。举办手工棉被制作培训班2期，培训学员48人，其中12人已开设家庭作坊。
三是拓展销售渠道。手工棉被上架县电商平台，上半年销售610床。
下半年，工坊将申报市级非遗工坊，并编印技艺教材。
埠阳镇非遗工坊
2025年7月4日
""",
    ),
    dict(
        slug="edu-text-maocao-study-trip-plan",
        site="墩溪县教育局 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://jyj.dunxi.example.edu.cn/jyjx/2025/0902/1130.html",
        title="墩溪县中小学“走进茅草屋”劳动实践研学方案",
        record_title="墩溪县中小学“走进茅草屋”劳动实践研学方案 - 墩溪县教育局",
        date="2025-09-02",
        notes="education text page: safety sentence telling parents to 扫码 kept; decimal headings; 发布日期 byline",
        page="""
!m 墩溪县教育局　墩溪教育网
!m 首页 >> 教育教学 >> 正文
{T}
!m 发布日期：2025-09-02　　阅读次数：318　　【大 中 小】
{BODY}
!l 上一篇：县第一中学举行开学典礼
!l 下一篇：关于秋季学期作业管理的通知
!d 墩溪县教育局 版权所有　未经许可请勿复制
""",
        body="""
1.活动目的
引导学生了解传统茅草屋的建造方法，体验割草、捆草、铺草等劳动过程。
2.活动安排
2.1 时间：9月下旬至10月下旬，每校安排一天。
2.2 地点：墩溪村传统茅草屋保护区。
2.3 对象：全县五年级和七年级学生。
3.安全要求
带队教师与学生比例不低于1:15，家长须扫码签署安全告知书后学生方可参加。
""",
    ),
    dict(
        slug="oa-html-kugua-coop-minutes-flow",
        site="垚川农发集团协同办公 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.ycnf.example.local/gw/view.do?id=88301",
        title="苦瓜产业联农带农专题会议纪要",
        record_title="内网公文-苦瓜产业联农带农专题会议纪要",
        date="2025-08-14",
        notes="intranet document view with 流转记录 and read counts; minutes' lines kept; 印发 版记 kept",
        page="""
<html><head><meta charset="utf-8"><title>内网公文-苦瓜产业联农带农专题会议纪要</title></head><body>
<div class="hd">⟦m 垚川农发集团协同办公平台⟧ ⟦m 当前用户：产业部 苏禾⟧ ⟦a 退出⟧</div>
<div class="crumb">⟦m 公文中心 / 纪要 / 查看⟧</div>
<h2>{T}</h2>
<table class="meta"><tr><td>⟦m 文件编号：NF-JY-2025-031⟧</td><td>⟦m 阅读次数：64⟧</td></tr></table>
{BODY}
<div class="flow">⟦m 流转记录：办公室拟稿 08-14 → 分管领导核稿 08-15 → 董事长签发 08-15⟧</div>
<div class="btn">⟦a 打印　下载正文　返回⟧</div>
</body></html>
""",
        body="""
时间：2025年8月14日上午
地点：集团第二会议室
主持：集团副总经理 陶然
参会：产业部、财务部、垚川绿苦食品有限公司及3家合作社负责人
会议研究了苦瓜产业联农带农工作，议定：
一、2026年起，绿苦食品公司对合作社苦瓜实行保底收购，保底价每公斤1.6元。
二、财务部牵头设立200万元产业风险金，用于价格大幅下跌时补贴社员。
三、产业部于9月底前完成收购合同范本修订。
垚川农发集团办公室　2025年8月15日印发
""",
    ),
    dict(
        slug="qa-html-yuliang-answer-local",
        site="问山问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenshan-qa.example.com/q/20251019/66012.html",
        title="家里雨量报警器一直“滴滴”响是怎么回事？",
        record_title=None,
        date="2025-10-19",
        notes="local Q&A HTML: question as title (missing record title), 回答于 date, adopt badge, vote row",
        page="""
<html><head><meta charset="utf-8"><title>家里雨量报警器一直“滴滴”响是怎么回事？ - 问山问答</title></head><body>
<div class="hd">⟦m 问山问答⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<h1>⟦t 家里雨量报警器一直“滴滴”响是怎么回事？⟧</h1>
<div class="q">⟦m 岘南网友　提问于 3天前　浏览 512⟧</div>
<div class="best">⟦m 最佳答案　水利站老陈　回答于 2025-10-19⟧</div>
{BODY}
<div class="vote">⟦l 有用(27)　没用(1)　追问⟧</div>
<div class="more">⟦l 其他回答（2）⟧ ⟦l 雨量报警器怎么调音量？⟧</div>
<div class="ft">⟦d 问答内容来自网友，仅供参考⟧</div>
</body></html>
""",
        body="""
简易雨量报警器“滴滴”短响，一般是电池电量不足的提示，换上新的一号电池就好。
如果是长鸣并伴有语音播报，说明雨量达到了预警值，请按村里的转移方案做好准备。
如果没下雨也响，可能是承雨口进了虫子或树叶，把翻斗卡住了，清理一下即可。
实在处理不了，可以打乡镇水利站电话，我们上门检修。
""",
    ),
    dict(
        slug="collection-html-diaojiaolou-chapter",
        site="山居杂录 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://shanju-zalu.example.org/vol1/ch12.html",
        title="掌墨师傅",
        record_title="第十二章 掌墨师傅 - 山居杂录",
        date=None,
        notes="collection chapter reader: chapter nav, font toggle, table of contents; no date",
        page="""
<html><head><meta charset="utf-8"><title>第十二章 掌墨师傅 - 山居杂录</title></head><body>
<div class="bar">⟦m 山居杂录⟧ ⟦a 目录⟧ ⟦a 夜间模式⟧ ⟦a A- A+⟧</div>
<h2>{T}</h2>
<div class="chap">⟦m 卷一 · 第十二章 · 约1100字⟧</div>
{BODY}
<div class="nav">⟦l 上一章：赶场⟧ ⟦l 目录⟧ ⟦l 下一章：过年的腊肉⟧</div>
<div class="foot">⟦d 本文集由作者授权发布，转载请联系作者⟧</div>
</body></html>
""",
        body="""
寨子里立新房，请的是杨师傅掌墨。他那年六十七岁，腰板笔直，一根竹签、一只墨斗，就是全部家当。
立房前的半个月，他每天在木料上画符号，那些符号我一个也看不懂，他说每一根柱、每一根枋都有自己的名字。
立房那天，全寨的男人都来了。杨师傅一声吆喝，排扇一榀一榀立起来，榫头插进卯眼，严丝合缝。
后来我去城里读书，再回来时，杨师傅已经不在了。寨子里那栋房子还立着，像他一样挺直。
""",
    ),
    dict(
        slug="dangjian-text-hangtu-party-lesson",
        site="坳溪先锋网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.aoxixf.example.gov.cn/dyjy/2025/0625/3021.html",
        title="守护老房子就是守护乡愁——在村党支部专题党课上的讲稿",
        record_title="【专题党课】守护老房子就是守护乡愁——在村党支部专题党课上的讲稿",
        date="2025-06-25",
        notes="Party text page: speaker line neutral, date under the title; learning points prompt inside body; print/close",
        page="""
!m 坳溪先锋网 · 党员教育
!t 【专题党课】守护老房子就是守护乡愁——在村党支部专题党课上的讲稿
老寨村党支部书记　罗国庆
2025年6月25日
{BODY}
!a 【打印】　【关闭】　【收藏】
!l 推荐阅读：乡村振兴中的支部力量
!m 主办：中共坳溪县委组织部
""",
        body="""
同志们：
今天这堂党课，我想和大家聊聊村里的夯土老房子。
我们村现有夯土民居96栋，是老辈人一锄一夯打出来的。这两年有人说老房子不安全，干脆推倒算了。
⟦a 本讲稿已收入“坳溪先锋”学习专栏，点此学习可计积分⟧
我的看法是，老房子不是包袱，而是我们的家底。支部要带头把排查、加固做扎实，党员要带头把自家老房子修好、用好。
今年，支部争取到加固补助资金38万元，首批加固22栋，年底前全部完工。
""",
    ),
]
