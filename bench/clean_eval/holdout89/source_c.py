"""holdout89, part C. Invented text."""

CASES = [
    dict(
        slug="anthology-fanmaker-memoir-wrapped",
        site="竹骨集 (invented personal collection)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.zhuguji.net/wenji/juan2/17.html",
        title="师傅教我削扇骨",
        record_title="《竹骨集》卷二·师傅教我削扇骨",
        date=None,
        notes="personal collection chapter; hard-wrapped; no date (only a year in the preface line)",
        page="""
!m 竹骨集 · 一个制扇人的文字
!m 目录 ｜ 卷一 ｜ 卷二 ｜ 卷三
!t 《竹骨集》卷二·师傅教我削扇骨
{BODY}
!l ‹ 上一篇：我家门前的竹林　　下一篇：第一次卖扇子 ›
!m 本集文字由作者本人整理　共41篇
""",
        indent="　　",
        wrap=56,
        body="""
十四岁那年，父亲把我送到箴川城西的钟家作坊当学徒。师傅第一天不教做扇，只让我磨刀。
磨了整整一个月，师傅才递给我一根毛竹，说：“削吧，削坏了不骂你。”那一年我削坏的扇骨，能堆满半间屋子。
后来我才明白，磨刀是磨性子。做扇子的人，手上快不得，心里急不得。
""",
    ),
    dict(
        slug="anthology-botanist-essay-chapter",
        site="采集号 (invented personal collection)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://caijihao.wordsite.cn/chapter/09",
        title="一份标本的第二次生命",
        date="2023-10-08",
        notes="a collection chapter; date under the signature in Chinese numerals",
        page="""
!m 《采集号：一个标本馆员的三十年》在线阅读
!m 第九章　　字数：612　　更新：三天前
{T}
{BODY}
!a 加入书签　　夜间模式　　字体 A- A+
!l 下一章：压不平的蕨
""",
        gap=True,
        indent="　　",
        body="""
有人问我，一份干枯的植物标本有什么用。我总是说，它在等第二次生命。
2019年，一位研究兰科的博士在我们馆里翻到一份1964年的标本，确认了一个在本县消失了半个世纪的物种的原产地。第二年春天，他们在那条山谷里重新找到了它。
那份标本的采集人早已过世，可他写在采集签上的每一个字，都还在替他说话。
老　钱
二〇二三年十月八日
""",
    ),
    dict(
        slug="dangjian-html-trolleybus-branch-speech",
        site="箜阳先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.kyxianfeng.gov.cn/djyw/202507/t20250702_19921.html",
        title="在电车分公司党支部“七一”表彰大会上的讲话",
        date="2025-06-30",
        notes="Party-building site; date under the speech title; speaker line neutral; scan-to-phone prompt",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在电车分公司党支部“七一”表彰大会上的讲话-箜阳先锋网</title></head><body>
<div class="banner">⟦m 箜阳先锋网⟧　⟦m 中共箜阳市委组织部主办⟧</div>
<div class="menu">⟦m 首页　要闻　基层党建　党员教育　先锋风采⟧</div>
<div class="loc">⟦m 当前位置：基层党建 > 两新党建⟧</div>
<h1>{T}</h1>
<p class="speaker">电车分公司党支部书记　韩立</p>
<p class="when">（2025年6月30日）</p>
{BODY}
<div class="qrcode">⟦a 扫一扫，在手机上阅读本文⟧</div>
<div class="src">⟦m 稿件来源：箜阳公交集团党委　责编：米兰⟧</div>
<div class="bottom">⟦m 版权所有：中共箜阳市委组织部　豫ICP备05011632号⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们召开表彰大会，对过去一年涌现出的3名优秀共产党员、2名优秀党务工作者进行表彰。
电车是城市的“绿色动脉”，党员驾驶员冲在前面，城市的血脉就畅通。去年冬天冻雨夜，党员突击队连续抢修触网十一个小时，保证了第二天早高峰正常运行。
希望受表彰的同志珍惜荣誉，也希望全体党员以他们为榜样，在平凡岗位上作出不平凡的贡献。
""",
    ),
    dict(
        slug="dangjian-text-tangerine-alliance-insight",
        site="笙原党建在线 (invented)",
        style="党建网",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.syjdj.cn/xd/2025/0603/1109.html",
        title="党建联盟让蜜橘卖出了好价钱——一名村支书的体会",
        record_title="【党建引领】党建联盟让蜜橘卖出了好价钱——一名村支书的体会",
        date="2025-06-03",
        notes="decorated record title; byline 发布时间 is the page date",
        page="""
!m 笙原党建在线　　党建引领　产业兴旺
!m 首页 >> 经验交流 >> 正文
{T}
!m 作者：双溪村党支部书记 毛春明　　发布时间：2025年06月03日　　来源：镇党委
{BODY}
!a 【字号　大　中　小】【打印本页】
!l 上一篇：村级集体经济“破零”经验谈
!l 下一篇：党员中心户工作法
!m 中共笙原镇委员会主办
""",
        indent="　　",
        body="""
去年，镇党委牵头成立蜜橘产业党建联盟，把6个村党支部、3家合作社和1家物流企业拉到一起。
过去各村各卖各的，客商压价，果农吃亏。联盟成立后统一标准、统一品牌、统一议价，每斤收购价比往年提高了0.6元。
我的体会是，党支部要把群众最关心的“卖难”当成自己的事，才能把党员和群众拧成一股绳。
""",
    ),
    dict(
        slug="hospital-html-snowmobile-injury-tips",
        site="篌山县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hsxrmyy.com/news/jkkp/2025-01-15/6601.html",
        title="玩雪地摩托受伤多为这三类 急诊科医生提醒做好防护",
        record_title="玩雪地摩托受伤多为这三类 急诊科医生提醒做好防护-篌山县人民医院",
        date="2025-01-15",
        record_date="2025-01-15",
        notes="hospital site with booking row and 24-hour line; the department's own consult phone kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>玩雪地摩托受伤多为这三类 急诊科医生提醒做好防护-篌山县人民医院</title></head><body>
<div class="top">⟦m 篌山县人民医院　二级甲等综合医院⟧　⟦w 急救电话（24小时）：0453-7120120⟧</div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　健康科普　就医指南⟧</div>
<div class="book">⟦a 预约挂号　|　报告查询　|　满意度评价⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-01-15　浏览量：317⟧</div>
{BODY}
<div class="rel">⟦l 相关科普：冻伤了别用热水泡　滑雪骨折怎么办⟧</div>
<div class="foot">⟦m 地址：篌山县人民大街90号　黑ICP备12003361号⟧</div>
<script src="/js/kefu.js"></script>
</body></html>
""",
        body="""
进入冬季以来，县医院急诊科已接诊雪地摩托相关外伤患者29人，主要为锁骨骨折、腕部扭伤和面部冻伤三类。
急诊科主任邢宏伟提醒，驾驶雪地摩托要佩戴头盔、护目镜和防寒手套，转弯时减速，不要搭载儿童。
受伤后如出现肢体畸形或剧烈疼痛，不要自行复位，应固定伤处后尽快就医。急诊科咨询电话：0453-7121356。
""",
    ),
    dict(
        slug="hospital-html-tangerine-pickers-clinic",
        site="笙原镇卫生院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.syzwsy.cn/tzgg/20251105.html",
        title="笙原镇卫生院关于为采橘季果农开展免费健康巡诊的通知",
        record_title="笙原镇卫生院关于为采橘季果农开展免费健康巡诊的通知.docx",
        date="2025-11-05",
        notes="file-name record title; a schedule table one row a paragraph; hotline chrome vs clinic's phone",
        page="""
<html><head><meta charset="utf-8"><title>通知公告 - 笙原镇卫生院</title></head><body>
<div class="logo">⟦m 笙原镇卫生院⟧ ⟦m 守护乡亲健康⟧</div>
<div class="hot">⟦w 便民服务热线 400-630-1188⟧</div>
<div class="nav">⟦m 首页 | 本院简介 | 公共卫生 | 通知公告 | 联系我们⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="info">⟦m 时间：2025-11-05　编辑：院办⟧</p>
{BODY}
</div>
<div class="links">⟦l 友情链接：县卫健委　县疾控中心⟧</div>
<div class="ft">⟦m 笙原镇卫生院 © 2025　技术支持：乡医云⟧</div>
</body></html>
""",
        body="""
各村委会：
采橘季果农劳动强度大，为做好果农健康服务，卫生院将组织医护人员进村巡诊，免费测量血压、血糖，并提供颈肩腰腿痛理疗。
巡诊安排如下：
日期　村别　地点
11月10日　双溪村　村卫生室
11月12日　龙井村　村委会广场
请各村提前通知果农。联系电话：0746-5520193（公卫科）。
笙原镇卫生院
2025年11月5日
""",
    ),
    dict(
        slug="university-html-herbarium-digitisation",
        site="篆岭农林学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zlnlxy.edu.cn/info/1033/28811.htm",
        title="我校植物标本馆完成十万份标本数字化",
        date="2025-06-20",
        record_date="2025-06-20",
        notes="university news page; byline 发布日期; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校植物标本馆完成十万份标本数字化-篆岭农林学院新闻网</title></head><body>
<div class="hd">⟦m 篆岭农林学院新闻网⟧　⟦a 学校主页⟧　⟦a English⟧</div>
<div class="nav">⟦m 学校要闻　院系动态　科研进展　校园人物　媒体农林⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-06-20　来源：生命科学学院　摄影：吴桐　点击：[1532]⟧</div>
{BODY}
<div class="ed">⟦m （审核：赵倩　编辑：黄一鸣）⟧</div>
<div class="side">⟦l 热点新闻⟧ ⟦l 我校举行2025届毕业典礼⟧</div>
<div class="ft">⟦m 地址：篆岭市学苑大道1号　邮编：412000　版权所有 © 篆岭农林学院⟧</div>
</body></html>
""",
        body="""
近日，我校植物标本馆完成馆藏十万份腊叶标本的数字化工作，建成省内高校规模最大的标本影像库。
⟦m 图为学生在拍摄标本图像⟧
项目历时三年，共有120余名本科生参与标本拍摄和信息录入。数字标本已接入国家标本资源共享平台，研究人员可在线检索。
标本馆负责人表示，下一步将开展标本DNA条形码研究。
""",
    ),
    dict(
        slug="university-html-locomotive-restoration-team",
        site="筠溪交通职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.jxjtzy.edu.cn/xyxw/2025/0918/5521.html",
        title="我院师生助力修复“上游”型蒸汽机车",
        record_title="【校园新闻】我院师生助力修复“上游”型蒸汽机车",
        date="2025-09-18",
        notes="college page with left menu; decorated record title",
        page="""
<html><head><meta charset="utf-8"><title>我院师生助力修复“上游”型蒸汽机车</title></head><body>
<div class="head">⟦m 筠溪交通职业技术学院⟧ ⟦m 厚德　精技　笃行⟧</div>
<div class="nav">⟦m 学院概况 | 院系设置 | 招生就业 | 校园新闻⟧</div>
<div class="leftmenu">⟦l 校园新闻⟧ ⟦l 通知公告⟧ ⟦l 媒体报道⟧</div>
<div class="main">
<div class="crumb">⟦m 首页 >> 校园新闻 >> 正文⟧</div>
<h2>{T}</h2>
<p class="date">⟦m 【发布时间：2025年09月18日】【作者：机车系】【浏览：642】⟧</p>
{BODY}
</div>
<div class="foot">⟦m Copyright © 筠溪交通职业技术学院 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
9月16日，由我院机车系师生参与修复的“上游”型蒸汽机车在筠溪森林铁路试运行成功。
暑假期间，机车系组织12名师生驻段50天，与老司机、老钳工一起拆检走行部、更换锅炉烟管，并绘制了全套零部件图纸。
学院还将与森铁公司共建蒸汽机车实训基地，把老师傅的手艺编成教材。
""",
    ),
    dict(
        slug="localforum-trolleybus-route-complaint-junk",
        site="箜阳在线·城事论坛 (invented)",
        style="地方论坛",
        genre="请示",
        kind="post",
        form="text",
        source="http://bbs.kyzaixian.com/forum.php?mod=viewthread&tid=902211",
        title="关于恢复11路电车晚班车的建议",
        record_title="关于恢复11路电车晚班车的建议（附联名表）- 城事论坛",
        date="2025-04-02",
        notes="local forum with junk; a numbered list; post time is the page date",
        page="""
!m 箜阳在线 » 城事论坛 » 建言献策
!t 关于恢复11路电车晚班车的建议（附联名表）
!m 楼主：东岗老住户　　发表于 2025-4-2 21:13　　|只看楼主|
{BODY}
!l 1#　东岗小虾米：支持！每天下晚班打车太贵
!l 回复本帖　　收藏　　分享
!m 城事论坛 手机版 ｜ 箜阳在线 ©
""",
        junk=dict(lines=1, glued=2),
        body="""
市公交集团：
自今年3月调整后，11路电车末班车由22:30提前到21:00，东岗片区上夜班的居民出行很不方便。
我们建议：1. 恢复22:30末班车；2. 如客流不足，可改为21:00以后每30分钟一班。
附联名表一份，共计186户居民签名。
东岗片区部分居民
""",
    ),
    dict(
        slug="localforum-fan-market-post",
        site="箴川论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zcbbs.cn/thread-66120-1-1.html",
        title="古镇周末扇子集市招摊位啦",
        date="2025-05-13",
        notes="local forum post; the organiser's phone and WeChat in the body next to forum ad chrome",
        page="""
!m 箴川论坛 › 古镇生活 › 帖子详情
{T}
!m 扇市小管家　　发布于 2025-05-13 10:07　　查看 2116　回复 23
!w 【广告】箴川本地装修找阿强，电话13857912046
{BODY}
!l 2楼　湖畔听风：去年去过，人超多
!l 点评　|　回复　|　举报
!d 论坛帖子为网友发布，不代表本站立场。
""",
        body="""
古镇周末扇子集市5月24日起每周六、周日开市，现面向全县制扇作坊和手艺人招摊位。
摊位共60个，每个每天收取管理费30元，制扇协会会员免费。
报名请联系集市办公室，电话：0579-8812606，微信同号。
""",
    ),
]
