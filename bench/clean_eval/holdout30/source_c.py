"""holdout30, part C: a tyre factory's OA, a bamboo-products company's intranet minutes, a
pig-breeding farm's biosecurity notice, a stone-processing company's rectification notice,
an edible-fungus industrial park's cold-store tender result, a rice-crayfish demonstration
zone's negotiation notice, a lion-dance association's pledge, a guqin society's minutes, a
copyright lawyer's lecture for short-video makers, a lawyer's letter template, residents'
pages on anti-falling-object cameras and a shared fridge. Invented text; see ../README.md
and ../build.py."""

CASES = [
    dict(
        slug="oa-shenghu-tyre-safety-month-plan-html",
        site="笙湖轮胎股份有限公司 协同办公平台 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="html",
        source="http://oa.shenghu-tyre.example.com/km/doc/view.do?fdId=18a2c77f",
        title="2025年“安全生产月”活动实施方案",
        record_title="2025年“安全生产月”活动实施方案 - 公文管理 - 笙湖轮胎OA",
        date="2025-05-28",
        notes="intranet document view: a left app menu, a document property table, a 流转记录 (approval trail) and read counts under the text; numbered list and a schedule table kept",
        page="""
<html><head><meta charset="utf-8"><title>2025年“安全生产月”活动实施方案 - 公文管理 - 笙湖轮胎OA</title></head><body>
<div class="sys">⟦m 笙湖轮胎 协同办公平台⟧　⟦m 欢迎您，质量安全部 付一鸣⟧　<a>⟦a 退出⟧</a></div>
<div class="apps">⟦m 待办 | 已办 | 公文管理 | 制度中心 | 通讯录⟧</div>
<table class="prop"><tr><td>⟦m 文档编号：SH-AQ-2025-031⟧</td><td>⟦m 密级：内部⟧</td></tr><tr><td>⟦m 拟稿部门：安全环保部⟧</td><td>⟦m 签发：总经理 萧振邦⟧</td></tr></table>
<h2>{T}</h2>
<div class="doc">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 2025-05-27 15:02 安全环保部 拟稿⟧</p><p>⟦m 2025-05-28 09:40 总经理 同意⟧</p></div>
<div class="read">⟦m 已阅 214 人　未阅 37 人⟧　<a>⟦a 催阅⟧</a>　<a>⟦a 导出PDF⟧</a></div>
</body></html>
""",
        body="""
为深入贯彻“人人讲安全、个个会应急”的主题，结合公司实际，制定本方案。
一、活动时间：2025年6月1日至6月30日。
二、主要活动
活动　时间　牵头部门
密炼车间粉尘防爆专项检查　6月3日—6月10日　安全环保部
硫化工序应急疏散演练　6月17日　制造一部
安全知识竞赛　6月25日　工会
三、工作要求
1.各部门要成立活动小组，6月5日前将活动安排报安全环保部。
2.检查发现的隐患要建立台账，实行销号管理。
3.活动结束后，各部门于7月5日前提交总结。
安全环保部
2025年5月28日
""",
    ),
    dict(
        slug="intranet-xiaotang-bamboo-minutes",
        site="筱塘竹业有限公司 内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://10.6.0.12/portal/news/2025/0410/doc1187.html",
        title="公司2025年第二季度经营分析会纪要",
        record_title="公司2025年第二季度经营分析会纪要（内部资料 注意保存）",
        date="2025-04-10",
        date_also=["2025-04-08"],
        notes="intranet page: a login line and a 内部资料 stamp; the minutes' 时间/地点/主持/出席/记录 lines, a sales table and a vote count kept; 印发 date expected, the meeting date also accepted",
        page="""
!m 筱塘竹业内网门户　｜　当前用户：综合办-卞琳　｜　退出
!m 公司新闻　通知公告　规章制度　下载中心
!d 内部资料，注意保存，不得外传
!t 公司2025年第二季度经营分析会纪要
!m 发布人：综合办公室　发布时间：2025-04-10 17:26　阅读：126
{BODY}
!a 【收藏】【打印】【转发至邮箱】
!m 筱塘竹业有限公司信息中心维护　分机：8012
""",
        body="""
时间：2025年4月8日下午
地点：公司二楼会议室
主持：总经理　卞国栋
出席：公司领导班子成员，各车间主任，销售部、财务部负责人
记录：孙云溪
会议听取了一季度经营情况汇报，分析了二季度面临的形势，研究了重点工作。
产品　一季度销量　同比
竹砧板　12.6万片　增长8%
竹筷　340万双　下降3%
竹地板　2.1万平方米　增长15%
一、会议认为，竹筷出口订单下降主要受海外客户库存调整影响，销售部要加快开拓国内餐饮连锁渠道。
二、会议审议了竹地板生产线技改方案，经表决，同意7票，反对0票，弃权1票，方案通过。
三、会议要求财务部于4月底前完成应收账款清理，超过一年的账款逐笔落实责任人。
综合办公室
2025年4月10日印发
""",
    ),
    dict(
        slug="pigfarm-yuewan-biosecurity-visitors-html",
        site="玥湾种猪繁育场 (invented)",
        style="企业官网",
        genre="告知书",
        kind="notice",
        form="html",
        source="https://www.yuewan-pigs.example.com/news/show-219.html",
        title="玥湾种猪繁育场生物安全告知书",
        record_title="玥湾种猪繁育场生物安全告知书-玥湾种猪",
        date="2025-02-26",
        notes="corporate template: a product menu, a 'sales hotline' box and a WeChat QR float; the notice's own 扫码登记 sentence, 来访预约电话 and a numbered list kept; record title -site",
        page="""
<html><head><meta charset="utf-8"><title>玥湾种猪繁育场生物安全告知书-玥湾种猪</title></head><body>
<div class="head">⟦m 玥湾种猪　优质种源 健康养殖⟧　⟦m 种猪销售热线 0738-2293100⟧</div>
<div class="nav">⟦m 首页 | 关于我们 | 种猪展示 | 技术服务 | 新闻中心 | 联系我们⟧</div>
<div class="crumb">⟦m 新闻中心 - 场内公告⟧</div>
<h1>{T}</h1>
<div class="data">⟦m 时间：2025-02-26　作者：生产技术部⟧</div>
<div class="body">
{BODY}
</div>
<div class="qr">⟦a 扫描二维码 关注玥湾种猪公众号⟧</div>
<div class="foot">⟦d Copyright © 2025 玥湾种猪繁育场 All rights reserved.⟧　⟦m 湘ICP备2021004731号⟧</div>
</body></html>
""",
        body="""
为防控非洲猪瘟等重大动物疫病，保障种猪群健康，凡来场人员、车辆须遵守以下规定：
1.所有来访须提前一天预约，来访预约电话：0738-2293166（场办公室）。
2.来访人员到达后在门卫处扫码登记，如实填写近七日的行程，七日内到过其他猪场、屠宰场或农贸市场的人员谢绝入场。
3.外来车辆一律停放在场外停车区，经洗消烘干后方可进入中转区，不得进入生产区。
4.进入生活区的人员须淋浴更衣，随身物品经臭氧消毒后带入。
感谢您的理解与配合！
玥湾种猪繁育场
2025年2月26日
""",
    ),
    dict(
        slug="stone-qiongshan-dust-rectification-notice",
        site="琼岫石材有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qiongxiu-stone.example.cn/gsgg/2025/0815.html",
        title="关于厂区粉尘治理整改完成情况的公告",
        record_title="关于厂区粉尘治理整改完成情况的公告_公司公告_琼岫石材",
        date="2025-08-15",
        notes="corporate page: a product ad line between paragraphs, a 'hot products' list, sales and complaint lines in the footer; the company's own 监督电话 in the body kept; monitoring table",
        page="""
!m 琼岫石材 | 花岗岩·大理石·人造石
!m 首页 > 新闻资讯 > 公司公告
!t 关于厂区粉尘治理整改完成情况的公告
!m 2025年08月15日　阅读(288)
{BODY}
!l 热销产品：芝麻灰花岗岩　雪花白大理石　石英石台面
!m 销售部：0597-3351880　传真：0597-3351881
!m 地址：琼岫县石材工业园8号
""",
        indent="\u3000\u3000",
        body="""
针对县生态环境局今年6月检查中指出的切割车间粉尘无组织排放问题，我公司已完成整改，现将有关情况公告如下。
一、整改措施：切割车间全面封闭，新增湿式除尘设备四台，厂区道路实行每日两次洒水降尘。
⟦a 【工程案例】点击查看我司承接的市民中心幕墙项目⟧
二、监测结果：8月10日，第三方检测机构对厂界颗粒物进行了监测，结果如下：
监测点　颗粒物浓度（mg/m³）　标准限值
东厂界　0.31　1.0
西厂界　0.28　1.0
三、监督方式：欢迎周边群众监督，监督电话：0597-3351802（安全环保科）。
琼岫石材有限公司
2025年8月15日
""",
    ),
    dict(
        slug="tender-putian-fungus-coldstore-result-html",
        site="璞田县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="html",
        source="https://ggzy.putian.example.gov.cn/jyxx/gcjs/zbgs/2025/0710/5531.html",
        title="璞田县食用菌产业园冷库建设项目中标候选人公示",
        record_title="璞田县食用菌产业园冷库建设项目中标候选人公示",
        date="2025-07-10",
        record_date="2025-07-10",
        notes="tender template: a CA-certificate hotline, a 交易指南 sidebar, a 'related announcements' list; the candidates table, the purchaser's and the agency's contacts kept; 公示期 dates inside the text",
        page="""
<html><head><meta charset="utf-8"><title>璞田县公共资源交易平台</title></head><body>
<div class="top">⟦m 璞田县公共资源交易平台⟧　⟦m CA数字证书办理咨询：0755-96822⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　交易指南　服务指南　诚信体系⟧</div>
<div class="left"><h4>⟦l 交易指南⟧</h4><p>⟦l 投标保证金缴纳流程⟧</p><p>⟦l 电子投标文件制作说明⟧</p></div>
<div class="main"><div class="bt">{T}</div>
<div class="xx">⟦m 【信息时间：2025-07-10】　【阅读次数：154】　【我要打印】　【关闭】⟧</div>
{BODY}
<div class="xg"><h4>⟦l 相关公告⟧</h4><p>⟦l 璞田县食用菌产业园冷库建设项目招标公告⟧</p></div></div>
<div class="ft">⟦m 主办：璞田县公共资源交易中心　技术支持：某某软件⟧</div>
</body></html>
""",
        body="""
璞田县食用菌产业园冷库建设项目于2025年7月8日开标，经评标委员会评审，现将中标候选人公示如下：
排名　单位名称　投标报价（元）
第一中标候选人　琮川冷链工程有限公司　3862400
第二中标候选人　璐阳建设集团有限公司　3917150
第三中标候选人　瑧洲华冷安装工程有限公司　3950000
公示期为2025年7月11日至7月13日。投标人或者其他利害关系人对评标结果有异议的，应当在公示期间以书面形式向招标人提出。
招标人：璞田县农业农村局，联系人：韦先生，电话：0753-6620419。
招标代理机构：璞田正衡项目管理有限公司，联系人：甘女士，电话：0753-6619087。
""",
    ),
    dict(
        slug="tender-yuanchuan-ricecrayfish-negotiation",
        site="瑗川县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.yuanchuan.example.gov.cn/cggg/jzxtp/2025/0303/1042.html",
        title="瑗川县稻虾综合种养示范区沟渠改造项目竞争性谈判公告",
        record_title="瑗川县稻虾综合种养示范区沟渠改造项目竞争性谈判公告 - 瑗川县政府采购网",
        date="2025-03-03",
        notes="procurement page: an 'announcement type' tab row, a 'subscribe' button, a bidders' login prompt at the bottom; the notice's numbered headings, its contacts and a download sentence kept",
        page="""
!m 瑗川县政府采购网
!m 采购公告 | 更正公告 | 结果公告 | 合同公告
!t 瑗川县稻虾综合种养示范区沟渠改造项目竞争性谈判公告
!m 发布日期：2025-03-03　项目编号：YCZC-2025-017
!a ★订阅此类公告
{BODY}
!a 供应商请登录后下载谈判文件　【登录】【注册】
!m 瑗川县财政局政府采购监督管理股　监督电话：0731-55120007
""",
        body="""
一、项目名称：瑗川县稻虾综合种养示范区沟渠改造项目
二、采购预算：人民币壹佰贰拾万元整
三、采购内容：示范区内环形沟开挖8.6公里、进排水渠道硬化3.2公里及配套闸门安装。
四、供应商资格：具有水利水电工程施工总承包三级及以上资质，拟派项目负责人具有二级注册建造师证书。
五、获取文件：2025年3月4日至3月8日，在瑗川县政府采购网免费下载谈判文件。
六、响应文件递交截止时间：2025年3月14日9时30分。
七、联系方式：采购人瑗川县农业农村局，联系人汤工，电话0731-55126630；代理机构瑗川县信达招标咨询有限公司，电话0731-55129981。
""",
    ),
    dict(
        slug="assoc-hengshan-liondance-pledge-html",
        site="珩山县舞狮运动协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.hswsxh.example.org/xhdt/2025/0120/61.html",
        title="安全文明舞狮倡议书",
        record_title="【协会倡议】安全文明舞狮倡议书",
        date="2025-01-20",
        notes="association template: member-login, 'join the association' button, a partner-logo strip; the pledge's own 报备 phone kept; decorated record title 【协会倡议】",
        page="""
<html><head><meta charset="utf-8"><title>安全文明舞狮倡议书 - 珩山县舞狮运动协会</title></head><body>
<div class="hd">⟦m 珩山县舞狮运动协会⟧　<a>⟦a 会员登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="nv">⟦m 协会首页 · 协会简介 · 协会动态 · 狮队风采 · 赛事活动 · 联系我们⟧</div>
<h1>⟦t 【协会倡议】安全文明舞狮倡议书⟧</h1>
<div class="info">⟦m 发布：秘书处　2025-01-20⟧</div>
<div class="txt">
{BODY}
</div>
<div class="partner">⟦l 合作单位：县文化馆　县体育中心　县总工会⟧</div>
<div class="ft">⟦m 协会地址：珩山县体育中心西看台102室⟧　⟦d 协会官网内容未经许可不得转载⟧</div>
</body></html>
""",
        body="""
全县各舞狮队、舞狮爱好者：
春节、元宵将至，又到了舞狮表演最集中的时候。为确保各类舞狮活动安全有序，协会向大家发出如下倡议：
一是安全第一。高桩表演须设置保护垫，配备专人保护，雨雪天气一律停止高桩表演。
二是文明表演。不在主干道上舞狮，不燃放大型烟花，不强行上门讨要红包。
三是提前报备。参加商业演出和大型庙会的狮队，请提前三天向协会报备，报备电话：0736-5570218。
让我们舞出精气神，舞出新风尚！
珩山县舞狮运动协会
2025年1月20日
""",
    ),
    dict(
        slug="assoc-zhangpu-guqin-society-minutes",
        site="璋浦琴社 (invented, guqin society)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.zhangpuqinshe.example.com/sheshi/2025-12-01.html",
        title="璋浦琴社第三届会员大会纪要",
        record_title=None,
        date="2025-11-30",
        notes="no record title; a society's page with a 'member area' login, a 雅集预告 box; minutes' 时间/地点/主持/出席 lines and a vote count kept; the society's page date differs (the 纪要's own date expected)",
        page="""
!m 璋浦琴社　·　以琴会友
!m 社务公开 ／ 会议纪要
!t 璋浦琴社第三届会员大会纪要
!m 整理：秘书组　贴出：2025.12.01
{BODY}
!l 【雅集预告】冬至琴会·听松堂（报名请联系秘书组）
!a 会员专区请先登录
!m 琴社地址：璋浦县老街听松堂　邮箱：qinshe@zhangpu.example.com
""",
        date_also=["2025-12-01"],
        body="""
时间：2025年11月29日下午
地点：老街听松堂
主持：社长　严若谷
出席：会员五十二人（应到六十人）
会议审议通过了第二届理事会工作报告和财务报告，选举产生了第三届理事会。
会议以无记名投票方式选举严若谷为社长，秦知微、杜慕白为副社长。投票结果：发出选票52张，收回52张，均为有效票。
会议决定，2026年举办“琴入校园”公益课程二十期，并整理出版社员打谱作品集。
璋浦琴社秘书组
2025年11月30日
""",
    ),
    dict(
        slug="lawfirm-shortvideo-copyright-lecture",
        site="珂湾明理律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.mingli-law.example.cn/lvshishuofa/2025/0426/312.html",
        title="短视频创作中的著作权风险与防范",
        record_title="律师说法丨短视频创作中的著作权风险与防范",
        date="2025-04-26",
        notes="law firm page: a free-consultation prompt glued after a paragraph, a 'not legal advice' disclaimer, a lawyer's card; the lecture's date under the title (neutral; expected); 律师说法丨 decoration",
        page="""
!m 明理律师事务所　MINGLI LAW FIRM
!m 首页 / 律师说法 / 知识产权
!t 短视频创作中的著作权风险与防范
主讲：明理律师事务所合伙人　瞿嘉言
（2025年4月26日，县融媒体创作者沙龙）
{BODY}
!d 本文系律师讲座整理稿，不构成对具体案件的法律意见。
!w 瞿嘉言律师　执业证号 14501201911108832　预约咨询：0753-2881166
!l 推荐阅读：网店商品图片被盗用，如何维权？
""",
        indent="\u3000\u3000",
        body="""
各位创作者朋友，大家好！今天和大家聊一聊短视频创作中最常见的著作权问题。
第一，背景音乐。很多朋友认为音乐只用十几秒就不算侵权，这是误解。使用他人音乐作品，无论长短，原则上都需要取得授权，最稳妥的办法是使用平台曲库中已授权的音乐。⟦w 遇到版权纠纷？点此免费咨询律师⟧
第二，影视剪辑。对影视剧进行剪辑、解说，如果大量使用原片画面，超出了适当引用的范围，就可能构成侵权。
第三，自己的作品被搬运。建议大家在发布时保留原始素材和创作记录，必要时可以向版权部门申请作品登记，遇到侵权时先向平台投诉，再考虑诉讼。
谢谢大家！
""",
    ),
    dict(
        slug="lawfirm-letter-template-placeholders",
        site="璜溪衡平律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.hengping-lawyer.example.com/fanben/lsh-0032.html",
        title="律师函（催告履行合同付款义务）",
        record_title="【律师范本】律师函（催告履行合同付款义务）- 衡平律所",
        date=None,
        notes="a template: ××× placeholders and a blank 年 月 日 line (no date); a 'download the Word template' button and a 'customise with a lawyer' prompt; decorated record title",
        page="""
!m 衡平律师事务所 · 文书范本库
!t 律师函（催告履行合同付款义务）
!m 范本编号：LSH-0032　更新：上周　下载次数：1 247
!a 下载Word范本　　复制全文
{BODY}
!w 范本仅供参考，个案请找衡平律师量身定制，咨询热线 0739-3300148
!l 相关范本：律师函（侵权警告） / 催款通知书 / 解除合同通知书
""",
        body="""
致：×××有限公司
×××律师事务所接受×××（以下简称“委托人”）的委托，指派本所×××律师，就贵司拖欠合同款项一事，致函如下：
根据委托人提供的材料，委托人与贵司于××××年××月××日签订《×××合同》，约定贵司应于××××年××月××日前支付合同款人民币×××元，但贵司至今未付。
为此，本律师郑重提请贵司于收到本函之日起七日内向委托人支付上述款项，否则本所将依委托人授权采取诉讼等法律措施。
特此函告。
×××律师事务所
律师：×××
年　月　日
""",
    ),
    dict(
        slug="community-falling-objects-camera-consult-html",
        site="琬塘县东湖社区居委会 (invented, residents' site)",
        style="社区网站",
        genre="征求意见",
        kind="notice",
        form="html",
        source="https://www.donghusq.example.cn/tzgg/detail?id=418",
        title="关于在小区安装高空抛物监控摄像头的征求意见书",
        record_title="关于在小区安装高空抛物监控摄像头的征求意见书｜东湖社区",
        date="2025-06-06",
        notes="residents' site template: a grid-member contact box, a 'convenience services' list, a weather widget; the form's 扫码投票 sentence and the community's own 联系电话 kept; a vote-option list; record title ｜site",
        page="""
<html><head><meta charset="utf-8"><title>关于在小区安装高空抛物监控摄像头的征求意见书｜东湖社区</title></head><body>
<div class="hd">⟦m 东湖社区　邻里一家亲⟧　<span>⟦m 今日 多云 24~31℃⟧</span></div>
<div class="nav">⟦m 社区首页 | 社区公告 | 党建引领 | 便民服务 | 网格服务⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 社区居委会　2025-06-06　浏览 902⟧</div>
{BODY}
<div class="grid"><h4>⟦w 我的网格员⟧</h4><p>⟦w 第三网格 王姐　微信同号 139 0738 4412⟧</p></div>
<div class="bm"><h4>⟦l 便民服务⟧</h4><p>⟦l 水电燃气缴费 · 家政预约 · 社区食堂菜单⟧</p></div>
<div class="ft">⟦m 琬塘县东湖社区居民委员会　版权所有⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期小区内连续发生三起高空抛物事件，其中一起砸坏了停放的电动车，所幸没有造成人员伤亡。为保障大家“头顶上的安全”，社区居委会拟与物业公司共同在小区各楼栋安装高空抛物监控摄像头，费用从公共收益中列支。
现就此事征求大家意见，请在以下选项中选择一项：
A.同意安装
B.不同意安装
C.同意安装，但需调整安装位置
请于6月15日前扫描各楼栋公告栏上的二维码投票，不方便扫码的居民可到社区服务站填写纸质意见表。
联系电话：0739-5281106（社区服务站）。
东湖社区居民委员会
2025年6月6日
""",
    ),
    dict(
        slug="community-shared-fridge-pledge-wrapped",
        site="瑢湖县桂园社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.guiyuan-sq.example.com/article/2025/0312/77.html",
        title="“爱心冰箱”使用倡议书",
        record_title="“爱心冰箱”使用倡议书（请转告家人）",
        date="2025-03-12",
        notes="hard-wrapped at 58 columns; a residents' page with a 'like / comment' bar and a lone ad label; numbered rules kept; decorated record title （请转告家人）",
        page="""
!m 桂园社区网 ＞ 社区公告
!t “爱心冰箱”使用倡议书
!m 桂园社区志愿者服务队　2025-03-12　👁 356
{BODY}
!l 👍 赞(41)　💬 评论(9)　↗ 转发
!a 广而告之
!m 桂园社区网 · 居民自己的网上家园
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
亲爱的邻居们：
社区服务站门口的“爱心冰箱”已经正式启用。冰箱里的食物由爱心商家和居民捐赠，供有需要的邻居免费取用。为让这份爱心传递下去，我们倡议：
1.捐赠的食物须在保质期内，熟食请用保鲜盒装好并贴上制作日期。
2.按需取用，每人每次取用不超过两份，请把机会留给更需要的人。
3.保持冰箱整洁，发现过期食物请告知值班志愿者。
让我们一起守护这台小小的冰箱，让邻里之间多一份温暖。
桂园社区志愿者服务队
2025年3月12日
""",
    ),
]
