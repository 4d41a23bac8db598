"""holdout150, part E: second round (问答社区 … 律所网站). All invented."""

CASES = [
    dict(
        slug="qa-beach-microplastic-answer-html",
        site="问海知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhidao.wenhai.example.com/question/66120391.html",
        title="净滩时捡到的泡沫颗粒要怎么分类？",
        record_title="净滩时捡到的泡沫颗粒要怎么分类？_问海知道",
        date="2025-07-27",
        notes="Q&A page; 回答于 date; vote bar, more answers with a relative stamp",
        page="""
<html><head><meta charset="utf-8"><title>净滩时捡到的泡沫颗粒要怎么分类？_问海知道</title></head>
<body>
<div class="logo">⟦m 问海知道⟧ <a>⟦a 我要提问⟧</a></div>
<h1>{T}</h1>
<div class="ask">⟦m 提问者：沙滩小白　2025-07-26⟧</div>
<div class="best">⟦m 最佳答案　海洋环保志愿者 阿澜　回答于 2025-07-27 09:15⟧</div>
{BODY}
<div class="vote">⟦l 有用(88)　没用(2)　分享⟧</div>
<div class="more">⟦l 其他回答（3）　最新：1天前⟧</div>
<footer>⟦d 问海知道内容由网友提供，仅供参考⟧</footer>
</body></html>
""",
        body="""
泡沫颗粒一般归入“塑料类”下的“泡沫塑料”小类，单独装袋计数。
因为颗粒太小，逐个计数不现实，通常的做法是用筛网过筛后称重，再按每克的平均颗数估算数量。
记录时要写清楚断面编号和筛网孔径，方便和以前的数据对比。
""",
    ),
    dict(
        slug="anthology-pepper-essay-chapter",
        site="田埂文丛 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://tiangeng.example.org/book/3/ch41",
        title="母亲的彩椒棚",
        record_title="《田埂文丛》卷三·第41篇｜母亲的彩椒棚",
        date=None,
        notes="collection chapter; hard-wrapped at 58 columns; chapter nav; word count line",
        wrap=58,
        indent="　　",
        page="""
!m 田埂文丛　卷三　乡土篇
{T}
!m 本篇字数：386　阅读：77
{BODY}
!l 上一篇：麦收时节　|　目录　|　下一篇：村口的老井
!d 作品版权归作者所有，未经许可请勿转载
""",
        body="""
母亲的彩椒棚在村东头，是她六十岁那年借钱盖起来的，家里人都劝她别折腾，她只说了一句：地不会骗人。
每天天不亮，她就去棚里拉草帘、看温度，晚上再去放下草帘，一年到头没歇过几天。
第一年的彩椒卖了两万多块钱，她把借的钱一分不少地还上，剩下的钱给我寄来交了学费。
如今母亲老了，棚子租给了邻居，可她每次路过，还是要进去转一圈，摸摸那些红彤彤的果子。
""",
    ),
    dict(
        slug="dangjian-hop-party-lecture-text",
        site="蓁原党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.zydj.example.gov.cn/xxyd/2025/0630/1201.html",
        title="把支部建在产业链上——在啤酒花产业党建联盟七一党课上的讲稿",
        record_title="把支部建在产业链上——在啤酒花产业党建联盟七一党课上的讲稿",
        date="2025-06-30",
        notes="speech with date under the title (Arabic, bracketed); speaker line neutral; font-size row; study-points chrome glued",
        page="""
!m 蓁原党建网　|　学习园地
{T}
（2025年6月30日）
花田镇党委书记　严晓东
!a 【字体：大 中 小】【打印】
{BODY}
!l 学习园地更多文章 >>
!m 主办：中共蓁原县委组织部
""",
        body="""
同志们：
今天借七一这个机会，和大家交流一下产业链党建的体会。
两年前，我们把镇上五家啤酒花合作社、两家烘干厂和一家颗粒加工厂的党员组织起来，成立了产业党建联盟。
联盟成立以后，党员技术员包片指导，党员经纪人带头按质论价，花农的收入实实在在提高了。⟦a 阅读本文可获学习积分+1⟧
实践证明，把支部建在产业链上，党建和发展就能拧成一股绳。
""",
    ),
    dict(
        slug="hospital-beach-jellyfish-sting-html",
        site="蘩口区中医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.fkzyy.example.com/kepu/2025/0815/2231.html",
        title="净滩时被海蜇蜇伤，正确处理三步走",
        record_title="净滩时被海蜇蜇伤，正确处理三步走-蘩口区中医院",
        date="2025-08-15",
        notes="hospital site with floating appointment box; department's 咨询电话 kept beside the hospital's emergency line",
        page="""
<html><head><meta charset="utf-8"><title>净滩时被海蜇蜇伤，正确处理三步走-蘩口区中医院</title></head>
<body>
<div class="head">⟦m 蘩口区中医院　大医精诚⟧</div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　健康科普⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-08-15　来源：皮肤科　浏览：702⟧</div>
{BODY}
<div class="float">⟦w 预约挂号 0592-5118888　急诊24小时 0592-5118120⟧</div>
<footer>⟦m 蘩口区中医院　地址：蘩口区望海路77号⟧</footer>
</body></html>
""",
        body="""
夏秋季节海蜇增多，净滩时如果不小心被蜇伤，要按照以下三步处理。
第一步，立即离开水边，用海水冲洗伤处，千万不要用淡水冲洗，也不要用手揉搓。
第二步，用卡片边缘轻轻刮去皮肤上残留的触须，再用冷敷缓解疼痛。
第三步，如出现胸闷、呼吸困难等全身症状，要立即就医。
我院皮肤科夏季开设海洋生物伤门诊，咨询电话：0592-5118302。
""",
    ),
    dict(
        slug="university-hop-internship-plan",
        site="西原农业大学农学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://nxy.xyau.example.edu.cn/jxgl/2025/0702/c330a8812/page.htm",
        title="农学院2025年啤酒花生产实习实施方案",
        record_title="农学院2025年啤酒花生产实习实施方案-西原农业大学农学院",
        date="2025-07-02",
        notes="college site; placements table; decimal headings; 发布时间 byline; e-mail of the college office kept",
        page="""
!m 西原农业大学农学院
!m 首页 - 教学管理 - 实践教学
{T}
!m 发布时间：2025-07-02　浏览次数：261
{BODY}
!l 相关链接：教务处　实践教学管理系统
!m Copyright © 西原农业大学农学院 版权所有
""",
        body="""
1 实习目的
1.1 使学生掌握啤酒花采收、烘干和分级的基本技能。
2 实习安排
实习基地　学生人数　带队教师
蓁原绿源合作社　24　马立新
花田镇烘干厂　18　闫蕾
3 实习要求
学生须遵守基地安全规定，每天填写实习日志，实习结束提交实习报告，报告电子版发送至nxyjx@xyau.example.edu.cn。
农学院
2025年7月2日
""",
    ),
    dict(
        slug="localforum-pepper-price-post-html",
        site="萁城在线 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.qichengol.example.com/thread-300188-1-1.html",
        title="今天彩椒收购价跌到两块五了，大家怎么卖的？",
        record_title="今天彩椒收购价跌到两块五了，大家怎么卖的？ - 萁城三农 - 萁城在线",
        date="2025-12-19",
        notes="county forum modern template; post time as the date; floors chrome",
        page="""
<html><head><meta charset="utf-8"><title>今天彩椒收购价跌到两块五了，大家怎么卖的？ - 萁城三农 - 萁城在线</title></head>
<body>
<div class="hd">⟦m 萁城在线 - 萁城人自己的论坛⟧ <a>⟦a 登录｜注册⟧</a></div>
<div class="pt">⟦m 萁城在线 » 萁城三农⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主：大棚老王　发表于 2025-12-19 18:22　查看：1882　回复：57⟧</div>
{BODY}
<div class="reply">⟦l 沙发　红椒姐：我们这边收购点给两块八⟧</div>
<div class="fastpost">⟦a 发表回复　回帖后跳转到最后一页⟧</div>
</body></html>
""",
        body="""
上周还是三块六，今天收购点一下子压到两块五，说是外地货多了。
我棚里还有五千多斤红椒等着摘，放久了怕软，便宜卖又心疼。
有没有懂行的说说，是先摘了放冷库，还是直接卖了算了？
""",
    ),
    dict(
        slug="download-beach-monitoring-form",
        site="表格模板下载网 (invented)",
        style="资料下载站",
        genre="表格",
        kind="other",
        form="text",
        source="http://www.biaogemb.example.com/down/77102.html",
        title="海滩垃圾监测记录表（附填表说明）",
        record_title="海滩垃圾监测记录表（附填表说明）.xlsx",
        date=None,
        notes="download station text; file-name title; file info rows; mirror links; dead-link report; placeholders in the form",
        page="""
!m 表格模板下载网　全部免费
!m 软件大小：22KB　｜　软件语言：简体中文　｜　更新：2025-06-30
!m 运行环境：WinAll / Excel
{T}
{BODY}
!a 下载地址：本地高速下载　｜　网通下载　｜　电信下载
!a 无法下载？请点此报错
!d 本站所有资源仅供学习交流使用
""",
        body="""
监测断面编号：______　监测日期：____年__月__日　记录人：______
类别　小类　数量（件）　重量（克）
塑料类　瓶盖
塑料类　塑料袋
泡沫类　泡沫颗粒
填表说明：每个断面长一百米，从高潮线至水边线全部清理计数，不足一件的碎片不计。
""",
    ),
    dict(
        slug="exam-hop-interview-notice-html",
        site="蓁原人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.zyrsks.example.gov.cn/ksxx/2025/0618/3301.html",
        title="蓁原县啤酒花研究所2025年公开招聘面试公告",
        record_title="蓁原县啤酒花研究所2025年公开招聘面试公告_考试信息_蓁原人事考试信息网",
        date="2025-06-18",
        notes="personnel-exam site; interview timetable; committee's 咨询电话 kept; site technical line chrome; 下载 准考证 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>蓁原县啤酒花研究所2025年公开招聘面试公告_考试信息_蓁原人事考试信息网</title></head>
<body>
<div class="logo">⟦m 蓁原人事考试信息网⟧</div>
<div class="nav">⟦m 首页 | 考试信息 | 成绩查询 | 政策文件⟧</div>
<h2>{T}</h2>
<div class="m">⟦m 日期：2025-06-18　来源：县人社局⟧</div>
{BODY}
<div class="tech">⟦w 网上报名技术咨询：0994-3302119⟧</div>
<footer>⟦m 新ICP备09001122号-3⟧</footer>
</body></html>
""",
        body="""
根据笔试成绩，现将面试有关事项公告如下。
面试时间　岗位　人数
6月28日上午　育种研究　6
6月28日下午　植保研究　3
面试人员请于6月25日后登录本网站下载面试通知书，面试当天携带身份证原件。
咨询电话：0994-3317408
蓁原县人力资源和社会保障局
2025年6月18日
""",
    ),
    dict(
        slug="tender-pepper-greenhouse-inquiry",
        site="苈湖县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.lihu.example.gov.cn/cggg/xjgg/2025/0402/6631.html",
        title="苈湖县彩椒示范园温室补光设备询价采购公告",
        record_title="【询价】苈湖县彩椒示范园温室补光设备询价采购公告",
        date="2025-04-02",
        notes="tender text page; purchaser and agency contacts kept; CA and bidder rows chrome",
        page="""
!m 苈湖县政府采购网
!m 采购公告 > 询价公告
{T}
!m 发布时间：2025年04月02日　浏览次数：144
!a 供应商注册　|　CA证书在线办理
{BODY}
!l 【相关公告】苈湖县农业农村局水肥一体化设备采购更正公告
!m 苈湖县财政局监制
""",
        body="""
一、项目名称：苈湖县彩椒示范园温室补光设备采购
二、采购内容：LED植物补光灯三百六十套及配套控制系统。
三、最高限价：四十二万元。
四、报价截止时间：2025年4月12日9时00分。
采购人：苈湖县农业农村局　联系人：宋宁　电话：0517-86113307
代理机构：苈湖恒信招标有限公司　联系人：程岚　电话：0517-86225108
""",
    ),
    dict(
        slug="lawfirm-beach-liability-lecture-html",
        site="海岳律师事务所 (invented)",
        style="律所网站",
        genre="法律讲堂",
        kind="other",
        form="html",
        source="https://www.haiyuelaw.example.com/jiangtang/2025/0520.html",
        title="志愿者净滩受伤，谁来担责？",
        record_title="法律讲堂丨志愿者净滩受伤，谁来担责？",
        date="2025-05-20",
        notes="law-firm site with consult widget; not-advice notice; 发布于 date",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨志愿者净滩受伤，谁来担责？-海岳律师事务所</title></head>
<body>
<div class="hd">⟦m 海岳律师事务所⟧ <span>⟦m 首页 · 专业领域 · 律师团队 · 法律讲堂⟧</span></div>
<h1>{T}</h1>
<p class="m">⟦m 发布于 2025-05-20　作者：方晴 律师⟧</p>
{BODY}
<div class="widget">⟦w 免费预约律师面谈，请拨 0592-2086611⟧</div>
<p class="disc">⟦d 本文观点仅供参考，不构成对任何具体案件的法律建议⟧</p>
</body></html>
""",
        body="""
净滩活动中，志愿者被碎玻璃划伤、在礁石上滑倒的情况时有发生，责任如何划分？
根据志愿服务条例，志愿服务组织安排志愿者参与可能发生人身危险的活动，应当为志愿者购买相应的人身意外伤害保险。
组织者未尽到安全提示和保障义务的，应承担相应的赔偿责任；志愿者自身存在过错的，可以减轻组织者的责任。
建议组织方活动前签订志愿服务协议，明确安全须知，并配备急救包。
""",
    ),
]
