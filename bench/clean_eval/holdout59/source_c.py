"""holdout59, part C: HTML pages of companies, associations, law firms, tenders, exams, communities, schools. Invented text."""

CASES = [
    dict(
        slug="corp-zhenyuan-html-fuel-station-rules",
        site="臻源石化销售有限公司 (invented)",
        style="企业官网",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.zhenyuanpetro.com/about/safety/2025-02/611.html",
        title="加油站卸油作业安全管理规定",
        record_title="加油站卸油作业安全管理规定 | 臻源石化",
        date="2025-02-20",
        notes="company site; decimal headings; 印发 date at end",
        page="""
<html><head><meta charset="utf-8"><title>加油站卸油作业安全管理规定 | 臻源石化</title></head>
<body>
<div class="hd">⟦m 臻源石化 ZHENYUAN PETRO⟧ <span>⟦w 服务热线 400-870-6655⟧</span></div>
<ul class="nav"><li>⟦l 关于我们⟧</li><li>⟦l 网点查询⟧</li><li>⟦l 安全环保⟧</li><li>⟦l 加油卡服务⟧</li><li>⟦l 联系我们⟧</li></ul>
<div class="bread">⟦m Home / 安全环保 / 制度文件⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.02.24 ｜ 安全环保部⟧</div>
{BODY}
<div class="pn">⟦l ← 油品质量抽检管理办法⟧ ⟦l 加油站消防器材配置标准 →⟧</div>
<footer>⟦m © 2025 臻源石化销售有限公司 All Rights Reserved.⟧ ⟦m 赣ICP备18003390号-3⟧</footer>
</body></html>
""",
        body="""
1 总则
1.1 为规范加油站卸油作业，防止油品泄漏、火灾爆炸事故，制定本规定。
1.2 本规定适用于公司所属各加油站。
2 卸油前准备
2.1 油罐车进站后，应停放在指定卸油位，熄火、拉手刹，连接静电接地线，静置不少于15分钟。
2.2 卸油员应核对油品品种、数量，检查量油孔铅封是否完好。
3 卸油作业
3.1 卸油期间，卸油员和司机不得离开现场，禁止其他车辆进入卸油区。
3.2 雷雨天气禁止卸油。
4 附则
本规定自印发之日起施行，由公司安全环保部负责解释。
臻源石化销售有限公司
2025年2月20日印发
""",
    ),
    dict(
        slug="corp-baiyun-text-cold-chain-announcement",
        site="白云冷链物流集团 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.baiyunlenglian.cn/news/show-227.html",
        title="关于春节期间冷库作业安排的通知",
        record_title="关于春节期间冷库作业安排的通知-白云冷链",
        date=None,
        notes="text page; no date in the document (only crawl stamp and year in title absent)",
        page="""
!m 白云冷链物流集团 — 守护每一度新鲜
!m 网站首页 | 新闻中心 | 企业公告
{T}
!m 抓取时间：2025-02-03 02:14:55
!a 字号：[大] [中] [小]　[打印]
{BODY}
!l 返回列表
!m 白云冷链物流集团 版权所有 地址：荠湖经济开发区冷链大道1号
""",
        body="""
各客户单位：
春节期间，我集团冷库正常运行，温控不间断。为做好节日期间出入库服务，现将有关安排通知如下：
一、除夕至初三，每日出入库作业时间为9:00至15:00，请提前一天预约。
二、初四起恢复正常作业时间。
三、节日期间值班电话：0715-3390288，值班人员24小时在岗。
感谢各位客户一年来的支持，祝大家新春快乐！
白云冷链物流集团客户服务部
""",
    ),
    dict(
        slug="assoc-zhiwan-html-sign-language-assoc-summary",
        site="芷湾市手语翻译协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.zwsyxh.org.cn/xhdt/2024/1231/98.html",
        title="芷湾市手语翻译协会2024年工作总结",
        date="2024-12-31",
        notes="association site; member login box; chrome between body paragraphs as a line of its own",
        page="""
<html><head><meta charset="utf-8"><title>芷湾市手语翻译协会2024年工作总结--芷湾市手语翻译协会</title></head>
<body>
<div class="logo">⟦m 芷湾市手语翻译协会　用双手架起沟通的桥⟧</div>
<div class="menu">⟦l 协会简介⟧ ⟦l 协会动态⟧ ⟦l 会员风采⟧ ⟦l 培训认证⟧ ⟦l 入会指南⟧</div>
<div class="login">⟦a 会员登录　账号 密码　忘记密码？⟧</div>
<div class="article"><div class="title">{T}</div>
<div class="sub">⟦m 发布人：秘书处　日期：2025-01-02　浏览：96⟧</div>
{BODY}
</div>
<div class="friend">⟦l 友情链接：市残联　市聋人协会　市特殊教育学校⟧</div>
<div class="copy">⟦m 协会地址：芷湾市海滨路残疾人综合服务中心4楼　电话：0759-2661002⟧</div>
</body></html>
""",
        body="""
2024年，协会在市残联的指导下，围绕“培养人才、提供服务、推广通用手语”开展工作，各项任务顺利完成。
一、培训人才。举办通用手语初级班4期、中级班1期，培训学员236人，其中公共服务窗口人员158人。
⟦l 推荐：国家通用手语常用词表学习专栏⟧
二、提供服务。全年为听障群众提供就医、诉讼、求职等现场手语翻译服务412场次，为市电视台新闻节目提供手语播报52期。
三、推广通用手语。在全市中小学开展“手语进校园”活动18场，编印《通用手语百句》3000册免费发放。
四、存在不足。专职手语翻译人员少，夜间和节假日服务难以保障。
2025年，协会将重点建设手语翻译志愿者队伍，力争会员人数突破300人。
芷湾市手语翻译协会
2024年12月31日
""",
    ),
    dict(
        slug="assoc-wuxi-text-optical-assoc-pledge",
        site="雾溪市眼镜行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://www.wxyjxh.com/show.php?id=402",
        title="雾溪市眼镜行业诚信验配倡议书",
        record_title="【倡议】雾溪市眼镜行业诚信验配倡议书",
        date="2025-06-06",
        notes="decorated title; glued contact prompt at the end of a body line; date Chinese numerals",
        page="""
!m 雾溪市眼镜行业协会官方网站
!m 位置: 首页 >> 行业自律
!t 【倡议】雾溪市眼镜行业诚信验配倡议书
!m 2025-06-09 | 协会秘书处 | 阅读 201
{BODY}
!l 上一篇：关于举办验光员技能比武的通知
!l 下一篇：青少年近视防控宣传周活动方案
!m 雾溪市眼镜行业协会 苏ICP备20022101号
""",
        indent="\u3000\u3000",
        body="""
全市眼镜行业各会员单位：
6月6日是全国“爱眼日”。为维护消费者合法权益，树立行业良好形象，协会向全市眼镜行业发出如下倡议：
一、规范验光。坚持由持证验光员验光，不以电脑验光单代替综合验光。
二、明码标价。镜架、镜片分别标价，不搞“先低后高”“捆绑销售”。
三、不夸大宣传。不宣传“近视治愈”“度数逆转”等违规用语。⟦w 会员单位咨询入会请联系秘书处微信 wxyj_xh2019⟧
四、接受监督。在店内公示协会投诉电话0510-8712365，自觉接受消费者监督。
雾溪市眼镜行业协会
二〇二五年六月六日
""",
    ),
    dict(
        slug="lawfirm-zhengheng-html-property-auction-opinion",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="法律意见",
        kind="opinion",
        form="html",
        source="https://www.zhenghenglaw.cn/cases/opinion/2025/302.html",
        title="关于蒿城县典当行绝当物品处置问题的法律意见",
        record_title=None,
        date="2025-04-22",
        notes="law firm site; consultation box; disclaimer; title missing from record",
        page="""
<html><head><meta charset="utf-8"><title>正衡律师事务所 - 专业 诚信 高效</title></head>
<body>
<div class="top">⟦m 正衡律师事务所⟧ ⟦w 法律咨询：0734-8555123（工作日9:00-17:30）⟧</div>
<nav>⟦l 律所介绍⟧ ⟦l 专业领域⟧ ⟦l 律师团队⟧ ⟦l 典型案例⟧ ⟦l 联系我们⟧</nav>
<div class="crumbs">⟦m 首页 › 典型案例 › 法律意见书⟧</div>
<article><h1>{T}</h1>
<p class="meta">⟦m 执笔律师：葛文斌　合伙人　｜　2025-04-25⟧</p>
{BODY}
</article>
<div class="disclaimer">⟦d 本文仅为律师个人观点，不构成对任何具体案件的法律建议。⟧</div>
<div class="consult">⟦w 遇到类似问题？点击在线留言，律师24小时内回复⟧</div>
<footer>⟦m 正衡律师事务所 地址：蒿城县府前路108号金融大厦11楼⟧</footer>
</body></html>
""",
        body="""
蒿城县恒泰典当有限公司：
贵公司来函咨询绝当物品处置有关问题。经研究，本所律师意见如下：
一、关于绝当的认定。当期届满或续当期届满后，当户在五日内未赎当也未续当的，为绝当。
二、关于处置方式。绝当物估价金额不足3万元的，典当行可以自行变卖或折价处理；估价金额在3万元以上的，应当按照有关规定拍卖。
三、关于差额处理。拍卖收入在扣除拍卖费用及当金本息后，剩余部分应当退还当户，不足部分向当户追索。
建议贵公司完善绝当通知程序，保留书面送达凭证，以免日后产生争议。
正衡律师事务所
律师：葛文斌
2025年4月22日
""",
    ),
    dict(
        slug="lawfirm-qingshi-text-lottery-station-qa",
        site="清石律所 (invented)",
        style="律所网站",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.qingshilawyer.com/zixun/5581.html",
        title="彩票代销点转让是否合法？",
        record_title="彩票代销点转让是否合法？_清石律所_在线咨询",
        date=None,
        notes="text page; relative times only; lawyer's phone prompts",
        page="""
!m 清石律所 · 在线法律咨询平台
!m 首页 ＞ 法律咨询 ＞ 合同纠纷
{T}
!m 咨询人：匿名用户　1小时前
!w 免费咨询律师，拨打 139-0731-6608（葛律师）
{BODY}
!a 对您有帮助吗？　有帮助　没帮助
!l 相似问题：彩票店承包合同无效怎么办？
!l 相似问题：转让小卖部需要注意什么？
!d 声明：以上回答仅供参考，具体以当地规定和律师面谈意见为准。
""",
        body="""
律师解答：
彩票代销点不能私下转让。按照彩票管理的有关规定，代销者应当是与彩票发行机构或销售机构签订代销合同的主体，代销合同不得转借、出租、出售。
如果私下转让，转让合同很可能被认定无效，受让人交付的转让费能否追回，要看双方过错程度。
正确的做法是：原代销者向当地彩票销售机构申请终止代销合同，新的经营者另行提出代销申请，经审核同意后签订新合同。
""",
    ),
    dict(
        slug="tender-heyang-html-canteen-procurement",
        site="蘅阳县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.hengyang-x.gov.cn/jyxx/zfcg/cggg/20250410/0031.html",
        title="蘅阳县第一中学食堂食材配送服务采购项目竞争性磋商公告",
        date="2025-04-10",
        notes="tender platform; data table rows kept; contact block of the document next to platform hotline",
        page="""
<html><head><meta charset="utf-8"><title>蘅阳县公共资源交易网</title></head>
<body>
<div class="head">⟦m 蘅阳县公共资源交易网⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦w 平台技术支持：400-860-3330⟧</div>
<div class="nav">⟦l 交易信息⟧ ⟦l 政策法规⟧ ⟦l 办事指南⟧ ⟦l 专家库⟧</div>
<div class="path">⟦m 当前位置：交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 【信息时间：2025-04-10】【阅读次数：77】⟧ ⟦a 【我要打印】⟧ ⟦a 【关闭】⟧</div>
{BODY}
<div class="tips">⟦d 温馨提示：投标人请自行关注本网站公告更正信息，因未及时关注造成的后果自负。⟧</div>
<div class="ft">⟦m 主办单位：蘅阳县公共资源交易中心⟧</div>
</body></html>
""",
        body="""
项目概况：蘅阳县第一中学食堂食材配送服务采购项目的潜在供应商应在蘅阳县公共资源交易网获取采购文件，并于2025年4月21日9点30分前提交响应文件。
一、项目基本情况
包号　品目　预算金额（万元）　服务期
1　米面粮油　96　一年
2　蔬菜水果　132　一年
3　肉禽蛋类　158　一年
二、供应商资格要求：具有食品经营许可证；具备冷链运输车辆不少于2台。
三、联系方式
采购人：蘅阳县第一中学，联系人：曹老师，电话：0734-5216620。
代理机构：蘅阳恒信招标代理有限公司，联系人：阮工，电话：0734-5231789。
""",
    ),
    dict(
        slug="tender-lvzhou-text-ship-lock-result",
        site="绿洲招标信息网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lvzhouzb.com/zbgg/show-77120.html",
        title="荇州船闸闸门检修工程中标结果公示",
        record_title="荇州船闸闸门检修工程中标结果公示（2025）",
        date="2025-08-05",
        notes="text page of an aggregator; VIP paywall glued; table rows",
        page="""
!m 绿洲招标信息网 — 找项目，上绿洲
!m 首页 > 中标公示 > 水运工程
!t 荇州船闸闸门检修工程中标结果公示（2025）
!m 发布日期：2025-08-06　地区：荇州
!a 开通VIP会员查看联系人手机号和历史中标记录
{BODY}
!a 以上信息仅显示部分内容，升级会员可查看完整公告
!w 招标代理合作请联系客服小绿：QQ 2855017734
""",
        body="""
荇州船闸闸门检修工程评标工作已经结束，现将中标候选人公示如下：
名次　单位名称　投标报价（元）
第一名　荇州航务工程有限公司　3862400
第二名　江潭水工机械安装公司　3915000
公示期：2025年8月5日至8月7日。
投标人或其他利害关系人对结果有异议的，应在公示期内向招标人提出。
招标人：荇州市船闸管理所
2025年8月5日
""",
    ),
    dict(
        slug="exam-qianyuan-html-weather-observer-recruit",
        site="茜原市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.qianyuan.gov.cn/tzgg/2025/0305_4471.html",
        title="茜原市气象局2025年公开招聘事业单位工作人员公告",
        date="2025-03-05",
        notes="exam site; floating reminder; table of posts; 报名网址 in body kept",
        page="""
<html><head><meta charset="utf-8"><title>茜原市气象局2025年公开招聘事业单位工作人员公告_茜原市人事考试网</title></head>
<body>
<div class="banner">⟦m 茜原市人事考试网⟧ ⟦a 考生服务入口⟧</div>
<div class="menu">⟦l 考试公告⟧ ⟦l 报名入口⟧ ⟦l 成绩查询⟧ ⟦l 政策解读⟧</div>
<div class="cur">⟦m 首页 ＞ 考试公告 ＞ 事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="art-info">⟦m 发布时间：2025-03-05 09:00:00 来源：市气象局 字号：⟧⟦a 大 中 小⟧</div>
{BODY}
<div class="float">⟦d 郑重提醒：本网从未委托任何机构举办考前培训，谨防上当受骗！⟧</div>
<div class="ft">⟦m 茜原市人力资源和社会保障局 主办　考务咨询电话：0797-8120301⟧</div>
</body></html>
""",
        body="""
根据事业单位公开招聘有关规定，茜原市气象局决定面向社会公开招聘工作人员3名。现将有关事项公告如下：
一、招聘岗位
岗位代码　岗位名称　人数　专业要求
QX01　气象观测员　2　大气科学类
QX02　信息技术员　1　计算机类
二、报名方式：网上报名，报名网址为茜原市人事考试网，报名时间为3月12日至3月16日。
三、考试：笔试科目为《综合基础知识》，面试采取结构化面试方式。
咨询电话：0797-8233105（市气象局人事科）。
茜原市气象局
2025年3月5日
""",
    ),
    dict(
        slug="exam-gkzx-text-seismic-interview-notice",
        site="公考资讯站 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gkzxz.com/shiye/2025/44187.html",
        title="蓍山县地震监测中心2025年公开招聘面试通知",
        record_title="蓍山县地震监测中心2025年公开招聘面试通知_公考资讯站",
        date="2025-05-28",
        notes="exam info text page; 名单 table; glued 关注 prompt before 。",
        page="""
!m 公考资讯站 www.gkzxz.com
!m 资讯 > 事业单位 > 面试公告
{T}
!m 来源：蓍山县人社局　整理：小编阿凯　2025-05-29
!a 扫码加入蓍山公考交流群，面试资料免费领
{BODY}
!l 热门：2025年蓍山县事业单位面试真题汇总
!d 本站信息来自招考单位官网，如有出入以官方发布为准。
""",
        body="""
根据招聘公告安排，现将蓍山县地震监测中心2025年公开招聘面试有关事项通知如下：
一、面试时间：2025年6月7日上午8:00开始。
二、面试地点：蓍山县人力资源市场三楼。
三、面试人员名单
姓名　准考证号　笔试成绩
贝思远　2501030112　71.5
米雅琴　2501030207　69.0
闻启航　2501030319　68.5
四、考生须携带本人身份证和面试通知书，迟到15分钟以上的取消面试资格。⟦a 面试礼仪课程限时免费，点击报名⟧
蓍山县地震监测中心
2025年5月28日
""",
    ),
]
