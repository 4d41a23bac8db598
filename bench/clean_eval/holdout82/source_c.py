"""holdout82, part C: collections, Party-building sites, hospitals, universities, local forums.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-chaoshe-essay-urchin-oneline",
        site="《潮舍集》个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="https://chaoshe.example.net/vol2/031.html",
        title="海胆季",
        record_title="《潮舍集》卷二·第31篇｜海胆季",
        date=None,
        notes="collection chapter on one line (oneline); a year only in a 写于 line is no date; chapter nav below",
        page="""
!m 《潮舍集》　卷二　渔村笔记
!t 《潮舍集》卷二·第31篇｜海胆季
{BODY}
!m 写于2019年夏，东澳
!l ‹ 第30篇 补网的女人　｜　目录　｜　第32篇 晒鱿鱼 ›
""",
        oneline=True,
        indent="　　",
        body="""
每年五月，东澳的海胆就肥了，村里的男人们一早背着气瓶下海，女人们在码头上等着敲壳。
敲海胆是个细活，刀口要准，黄要整块取出来，碎了就只能自家吃。
孩子们最盼这个季节，蹲在盆边等大人递过来一勺带着海水味的海胆黄。
如今村里年轻人都去了城里，码头上敲壳的只剩几位老阿姨，她们说再干两年就干不动了。
""",
    ),
    dict(
        slug="collection-html-windfarm-engineer-retire",
        site="风岬拾遗（文集站） (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://fengjia.example.org/works/speech-07.html",
        title="在风电场建场十五周年座谈会上的发言",
        record_title="在风电场建场十五周年座谈会上的发言_风岬拾遗",
        date="2024-11-08",
        notes="collection site HTML; Chinese-numeral date under the speech title; speaker line neutral; a catalogue sidebar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在风电场建场十五周年座谈会上的发言_风岬拾遗</title></head><body>
<header>⟦m 风岬拾遗 · 一位老风电人的文字⟧</header>
<aside>⟦l 目录：一、建场日记　二、讲话发言　三、技术札记　四、杂感⟧</aside>
<main><h1>{T}</h1>
<p>原场长　孙立国</p>
<p>（二〇二四年十一月八日）</p>
{BODY}
<p class="nav">⟦l 上一篇：第一台风机吊装那天　下一篇：致新入职的年轻人⟧</p></main>
<footer>⟦d 文集内容由作者家属整理授权发布⟧</footer></body></html>
""",
        body="""
各位老同事、年轻的同志们：
十五年前，这个岬角上只有一条土路和几间工棚，我们三十几个人住在铁皮房里，冬天的风能把门吹开。
第一期二十四台风机，每一台的基础浇筑我都守在现场，那时候想的就是不能出一点质量问题。
今天风电场已经有一百零八台风机，年发电量相当于一座中型火电厂，我很欣慰。
希望年轻人把安全放在第一位，把这片海风一直用下去。
""",
    ),
    dict(
        slug="dangjian-html-abalone-branch-party-day",
        site="鳌屿党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.aoyudj.example.gov.cn/jcdj/2025/0701/1182.html",
        title="鲍鱼产业党建联盟开展“七一”主题党日活动",
        record_title="【支部动态】鲍鱼产业党建联盟开展“七一”主题党日活动",
        date="2025-07-01",
        notes="Party-building HTML: scan-to-phone, a font-size row, a 信息来源 byline with date; a photo caption inside the body",
        page="""
<html><head><meta charset="utf-8"><title>【支部动态】鲍鱼产业党建联盟开展“七一”主题党日活动-鳌屿党建网</title></head><body>
<div class="banner">⟦m 鳌屿党建网 — 不忘初心 牢记使命⟧</div>
<nav>⟦m 首页 | 党建要闻 | 基层党建 | 党员教育 | 廉政建设⟧</nav>
<div class="crumb">⟦m 您现在的位置：首页 > 基层党建⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 信息来源：鳌屿镇党委　发布时间：2025-07-01⟧ ⟦a 字号：【大 中 小】⟧</div>
{BODY}
<div>⟦a 扫一扫，在手机上阅读⟧</div>
<footer>⟦d 主办：中共鳌屿县委组织部　版权所有⟧ ⟦m 闽ICP备09017720号⟧</footer></body></html>
""",
        body="""
7月1日，鲍鱼产业党建联盟组织各成员单位党员四十余人，在东澳海洋牧场开展“七一”主题党日活动。
党员们重温入党誓词，并为十户困难养殖户送去了苗种和饲料。
⟦m 图为党员志愿者帮助养殖户检修网箱⟧
联盟负责人表示，将继续发挥党员技术骨干作用，推动形成“支部+合作社+养殖户”的发展模式。
""",
    ),
    dict(
        slug="dangjian-text-hail-speech-party-lesson",
        site="云岭先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://xf.yunling.example.gov.cn/dk/2025/0619-77.html",
        title="在气象局党支部专题党课上的讲话",
        record_title="【党课讲稿】在气象局党支部专题党课上的讲话（可编辑）",
        date="2025-06-19",
        notes="decorated title; the title repeated as a decorated heading; speaker line neutral; date under title; a member unlock line in the body",
        page="""
!m 云岭先锋网　党员学习园地
!t 【党课讲稿】在气象局党支部专题党课上的讲话（可编辑）
!m 栏目：党课讲堂　|　浏览：1033
县气象局党支部书记　和建华
（2025年6月19日）
{BODY}
!l 相关党课：在村党组织书记培训班上的党课 / 新时代基层党建专题党课
!d 本站党课资料仅供学习参考，请勿用于商业用途。
""",
        body="""
同志们：
今天这堂党课，我想结合我们防雹作业一线的工作，谈谈怎样做一名合格的基层气象党员。
第一，要守得住。作业点远离城镇，条件艰苦，党员要带头值守，关键时刻顶得上。
⟦a 开通学习会员，解锁本篇全部内容⟧
第二，要算得准。每一次作业都关系群众的收成，要把雷达资料吃透，做到不早打、不漏打。
第三，要管得严。弹药安全是红线，任何时候都不能有丝毫马虎。
""",
    ),
    dict(
        slug="hospital-html-haiwan-urchin-allergy",
        site="海湾区人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.hwrmyy.example.com/jkkp/2025/0603/2210.html",
        title="吃海胆后嘴唇发麻？当心过敏",
        record_title="吃海胆后嘴唇发麻？当心过敏_健康科普_海湾区人民医院",
        date="2025-06-03",
        notes="hospital page: booking row, 24-hour line in the header; the department's own 咨询电话 kept in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>吃海胆后嘴唇发麻？当心过敏_健康科普_海湾区人民医院</title></head><body>
<div class="top">⟦m 海湾区人民医院　二级甲等综合医院⟧ ⟦m 24小时急救电话：0595-8822120⟧</div>
<nav>⟦m 医院概况 科室导航 专家介绍 就医指南 健康科普⟧</nav>
<div class="quick">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 智能导诊⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-06-03　供稿：变态反应科　浏览：702⟧</div>
{BODY}
<div class="share">⟦l 分享：微信 微博 QQ⟧</div>
<footer>⟦d 本站科普内容不能代替医生面诊⟧ ⟦m 地址：海湾区滨江路86号⟧</footer></body></html>
""",
        body="""
初夏是海胆上市的季节，门诊上因为吃海胆出现过敏的患者也多了起来。
海胆过敏常见表现为嘴唇和舌头发麻、皮肤风团、腹痛腹泻，严重的可出现喉头水肿和呼吸困难。
第一次吃海胆建议少量尝试，有海鲜过敏史的人最好不吃。
出现呼吸困难要立即拨打120，不要自行服药观察。
变态反应科咨询电话：0595-8822361（工作日8:00-17:00）
""",
    ),
    dict(
        slug="hospital-text-yunling-hail-injury-notice",
        site="罗桥县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lqzyy.example.com/news/2025/0715.html",
        title="关于开通冰雹灾害伤员绿色通道的通知",
        record_title="关于开通冰雹灾害伤员绿色通道的通知｜罗桥县中医院",
        date="2025-07-15",
        notes="hospital text page; 联系电话 of the document kept beside the site's 预约 hotline; 扫码 in the body is content",
        page="""
!m 罗桥县中医院　仁心 仁术
!m 网站首页 > 医院公告
!t 关于开通冰雹灾害伤员绿色通道的通知
!m 2025-07-15　|　院办
{BODY}
!w 预约挂号请拨 0873-6519999 或关注医院公众号
!l 上一条：2025年暑期门诊时间调整　下一条：中医药文化进校园活动
""",
        body="""
7月14日我县西部乡镇遭受强冰雹袭击，为做好受伤群众救治工作，我院即日起开通冰雹灾害伤员绿色通道。
伤员到院后实行先救治、后缴费，急诊科、骨科、外科二十四小时值守。
外地来院的伤员家属可扫急诊大厅门口的二维码登记，医院将安排专人联系。
绿色通道联系电话：0873-6512260
罗桥县中医院
2025年7月15日
""",
    ),
    dict(
        slug="univ-html-haida-abalone-breeding-news",
        site="海洋大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.hyu.example.edu.cn/info/1004/28812.htm",
        title="我校鲍鱼耐高温新品种通过国家审定",
        record_title="我校鲍鱼耐高温新品种通过国家审定-海洋大学新闻网",
        date="2025-05-26",
        notes="university news: 作者/摄影/编辑/审核 line, a 点击 counter; editor chain at the end on its own line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校鲍鱼耐高温新品种通过国家审定-海洋大学新闻网</title></head><body>
<header>⟦m 海洋大学新闻网⟧ ⟦m 学校主页 | 综合新闻 | 科研动态 | 媒体海大⟧</header>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 来源：水产学院　时间：2025-05-26　点击：⟧<span id="hits">⟦m 1467⟧</span></div>
{BODY}
<p>⟦m 文字：黄海燕　摄影：李泽　编辑：王蓓　审核：陈军⟧</p></div>
<div class="pn">⟦l 上一篇：我校举办第十届海洋文化节⟧ ⟦l 下一篇：学校召开2025年科研工作会议⟧</div>
<footer>⟦d 版权所有 © 海洋大学　地址：临海市学院路1号⟧</footer></body></html>
""",
        body="""
近日，由我校水产学院鲍鱼育种团队培育的“海大红1号”鲍鱼新品种通过国家水产原种和良种审定委员会审定。
该品种历经十二年、连续六代选育而成，在夏季高温条件下存活率比普通品种提高百分之三十以上。
团队负责人表示，新品种已在三个沿海县市推广养殖五千余亩，下一步将建设良种繁育基地。
""",
    ),
    dict(
        slug="univ-text-agri-college-wheel-lecture-notice",
        site="山地农业职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.sdnyxy.example.edu.cn/xsgz/2025/1108/41.html",
        title="关于举办“古水车与农耕智慧”专题讲座的通知",
        record_title=None,
        date="2025-11-08",
        notes="no record title (title on the page); 时间/地点 lines of the notice kept; a 附件下载 row and site footer",
        page="""
!m 山地农业职业学院 学生工作处
!m 首页 >> 通知公告 >> 正文
!t 关于举办“古水车与农耕智慧”专题讲座的通知
!m 发布人：学工处　发布时间：2025年11月08日　浏览次数：196
{BODY}
!a 相关附件下载：无
!d Copyright 山地农业职业学院 学生工作处 All Rights Reserved
""",
        body="""
各二级学院：
为弘扬传统农耕文化，学生工作处邀请水利史专家开展专题讲座，现将有关事项通知如下。
时间：2025年11月12日（星期三）下午2:30
地点：图书馆报告厅
主讲：省水利博物馆研究员 陶文山
请各学院组织学生准时参加，每学院不少于五十人。
学生工作处
2025年11月8日
""",
    ),
    dict(
        slug="localforum-html-shiniang-eggs-queue",
        site="石娘镇生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="https://bbs.shiniang.example.net/t/55128",
        title="西街咸蛋铺排队排到路口，建议镇里管管停车",
        record_title="西街咸蛋铺排队排到路口，建议镇里管管停车 - 民生杂谈 - 石娘镇生活网",
        date="2025-09-10",
        notes="county forum HTML with jammer fonts; 发表于 date; a floor reply with a relative time; level badges",
        page="""
<html><head><meta charset="utf-8"><title>西街咸蛋铺排队排到路口，建议镇里管管停车 - 民生杂谈 - 石娘镇生活网</title></head><body>
<div id="hd">⟦m 石娘镇生活网 · 石娘人的网上客厅⟧</div>
<div id="pt">⟦m 首页 › 民生杂谈⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 湖边散步的猫　Lv.4　发表于 2025-09-10 19:22⟧</div>
{BODY}
<div class="reply">⟦l 2楼 老镇长的孙子：支持，上周我也被堵了半小时 3小时前⟧</div>
<div>⟦a 发表回复⟧ ⟦a 收藏本帖⟧</div>
<div id="ft">⟦d 网友发言仅代表个人观点，与本站无关⟧</div></body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
中秋前这几天，西街老蛋铺门口天天排长队，买蛋的车一直停到路口。
昨天傍晚公交车都过不去，司机下车疏导了十几分钟。
建议镇里在节前临时开放粮站旧址做停车场，再安排两个协管员。
店家也可以搞个预约取货，少让大家在路边排队。
""",
    ),
    dict(
        slug="localforum-text-xikou-springroll-lost",
        site="溪口论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="https://www.xikoubbs.example.com/thread-20931-1-1.html",
        title="春卷节现场捡到一个钱包，失主请联系",
        record_title="[失物招领] 春卷节现场捡到一个钱包，失主请联系 - 溪口论坛",
        date="2025-02-13",
        notes="a poster's own phone kept in the body next to the forum's ad contact; forum junk glued; 发表于 line",
        page="""
!m 溪口论坛 › 便民服务 › 失物招领
!t [失物招领] 春卷节现场捡到一个钱包，失主请联系
!m 阿凯爱吃春卷　发表于 2025-2-13 16:48　查看: 903　回复: 11
{BODY}
!w 论坛广告合作请联系版主，微信 xk-bbs-ad
!l 回复　|　评分　|　分享到朋友圈
""",
        junk=dict(lines=1, glued=1),
        body="""
今天下午三点多在老街春卷节第三排长桌下面捡到一个棕色钱包。
里面有身份证、银行卡和一些现金，身份证上的名字姓吴。
失主看到后请打我电话138****2209，说清楚钱包里的东西就来拿。
如果三天没人认领，我就交到溪口派出所。
""",
    ),
]
