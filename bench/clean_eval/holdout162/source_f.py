"""holdout162, part F: written blind. Invented counties, people, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="association-shiyun-report-shellfish",
        site="石芸市水产流通协会 (invented)",
        style="行业协会",
        genre="报告",
        kind="report",
        form="text",
        source="https://www.syscltxh.example.org/news/2025-0625.html",
        title="石芸市贝类净化行业2025年上半年运行情况报告",
        record_title="石芸市贝类净化行业2025年上半年运行情况报告_行业资讯_石芸市水产流通协会",
        date="2025-06-25",
        notes="association text page; data table; chrome between paragraphs (a member-service ad on its own line)",
        page="""
!m 石芸市水产流通协会　　服务会员　规范行业
!m 位置：首页 > 行业资讯
{T}
!m 来源：协会秘书处　时间：2025-06-25　点击：74
{BODY}
!l 相关资讯：协会组织会员赴外地考察冷链物流
!d 协会网站所载文章，转载须注明来源。
!m 石芸市水产流通协会秘书处　电话：0595-2233017
""",
        body="""
今年上半年，全市11家贝类净化企业共净化牡蛎、花蛤、缢蛏等贝类1.92万吨，同比增长8.7%。
主要指标如下：
品种　净化量（吨）　抽检合格率
牡蛎　9600　99.2%
花蛤　6100　99.6%
缢蛏　3500　98.9%
⟦a 会员单位办理冷库保险、检测优惠，请登录会员服务专区⟧
上半年行业运行总体平稳，但仍有部分企业净化池水温控制不稳定、暂养时间不足。协会将在下半年组织净化操作规范培训，推动企业落实“净化不少于24小时”的要求。
""",
    ),
    dict(
        slug="company-anya-notice-washing-machine",
        site="安雅家电有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.anya-home.example.com/service/notice/2025/0812.html",
        title="关于部分滚筒洗衣机门锁免费检修的公告",
        record_title=None,
        date="2025-08-12",
        notes="company service page; missing title; a 400 order line in the footer and the service line of the document; checking the serial number by scanning is content",
        page="""
!m 安雅家电 ANYA　|　让家更轻松
!m 服务支持 / 服务公告
{T}
!m 2025年08月12日　　浏览：6311
{BODY}
!w 购机热线 400-818-6020　在线商城 shop.anya-home.example.com
!m 安雅家电有限公司　版权所有　浙ICP备17035526号
""",
        body="""
尊敬的用户：
我公司发现2023年6月至2024年2月生产的部分XQG80系列滚筒洗衣机，门锁开关在长期使用后可能出现接触不良，导致洗衣机无法启动或中途停机。
为保障用户使用体验，我公司决定对上述产品免费检修、更换门锁组件。
用户可扫描机身背面铭牌上的二维码，或登录公司官网输入机身编号，查询是否在检修范围内。
服务热线：400-818-6299（7×24小时）
安雅家电有限公司
2025年8月12日
""",
    ),
    dict(
        slug="training-hengxin-syllabus-oyster-mushroom",
        site="恒信农民职业培训学校 (invented)",
        style="培训机构",
        genre="培训方案",
        kind="plan",
        form="text",
        source="https://www.hengxinpx.example.com/kc/pinggu-2025.html",
        title="平菇栽培技术培训班教学计划",
        record_title="学员必看 | 平菇栽培技术培训班教学计划（附课程表）",
        date="2025-09-01",
        notes="training school page with promo lines; course table; the school's 报名电话 beside a 400 line; date in the document",
        page="""
!m 恒信农民职业培训学校　·　学技术　找恒信
!a 🔥 秋季班名额仅剩12个，马上抢报！
{T}
{BODY}
!w 全国招生热线 400-077-8801　微信同号
!l 热门课程：香菇栽培｜果树修剪｜电商直播带货
!d 最终课程安排以开班通知为准。
""",
        body="""
一、培训目标：使学员掌握平菇熟料栽培和发酵料栽培的关键技术，能够独立管理一个标准菇棚。
二、培训时间：2025年9月15日至9月26日，共10天。
三、课程安排
日期　内容　形式
9月15日—17日　菌种选择与培养料配制　课堂讲授
9月18日—22日　装袋、灭菌与接种　基地实操
9月23日—26日　出菇管理与病虫害防治　基地实操
四、报名电话：0731-6689502（招生办）
恒信农民职业培训学校
2025年9月1日
""",
    ),
    dict(
        slug="fanwenapp-miaobi-summary-wigs-html",
        site="妙笔公文App (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.miaobi.example.app/s/Qk77Zp1",
        title="假发制品出口企业2024年度质量工作总结",
        record_title="假发制品出口企业2024年度质量工作总结（通用版）｜妙笔公文",
        date="2025-01-06",
        notes="writing-app H5 share: open-app banner, member unlock glued after the last line, AI buttons",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>妙笔公文</title></head><body>
<div class="app-banner">⟦a 打开妙笔公文App，体验AI一键成文⟧</div>
<h1>{T}</h1>
<div class="app-meta">⟦m 妙笔用户 a_7712　·　1.3万人看过⟧</div>
{BODY}
<div class="app-bar">⟦a AI续写　AI润色　导出Word⟧</div>
<div class="app-more">⟦l 相关范文：外贸企业年终总结 / 质量月活动总结⟧</div>
</body></html>
""",
        body="""
2024年，公司以“零退货”为目标，持续完善质量管理体系，全年出口假发制品46万件，客户退货率降至0.15%。
一、严把原料关。对进厂的人发原料逐批检验长度、色泽和毛鳞片完整度，全年退回不合格原料3批。
二、抓好过程控制。在勾织、染色、定型三道关键工序设立质量控制点，实行首件检验和巡检制度。
三、加强人员培训。全年开展技能培训12期，培训员工860人次。
2025年，公司将引进色差检测设备，进一步提升产品一致性。⟦a 开通会员，查看另外2篇同类范文⟧
菱湖发制品有限公司质量部
2025年1月6日
""",
    ),
    dict(
        slug="gkforum-shangan-interview-sockets-html",
        site="上岸公考社区 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://www.shangangk.example.com/bbs/thread-5530-1-1.html",
        title="面试真题：老旧小区插座私拉乱接充电，作为社区工作人员你怎么办",
        record_title="[面试真题] 面试真题：老旧小区插座私拉乱接充电，作为社区工作人员你怎么办 - 结构化面试 - 上岸公考社区",
        date=None,
        notes="exam community with floors and jammer fonts; a course ad between paragraphs; no date (a relative time only)",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 老旧小区插座私拉乱接充电 - 上岸公考社区</title></head><body>
<div class="hd">⟦m 上岸公考社区⟧ ⟦a 登录 注册 签到领积分⟧</div>
<div class="pos">⟦m 首页 › 结构化面试 › 真题解析⟧</div>
<div class="au">⟦m 楼主 面霸阿强　发表于 3天前⟧</div>
<h1>{T}</h1>
{BODY}
<div class="po">⟦l 收藏(45)　回复(21)　只看楼主⟧</div>
<div class="floor">⟦m 2楼 备考二战人　2天前⟧<p>⟦l 思路清晰，学习了⟧</p></div>
</body></html>
""",
        body="""
【参考答案】老旧小区居民从楼上私拉电线、用插座给电动车充电，极易引发火灾，我会分三步处理。
第一，摸清情况。联合物业逐栋排查私拉乱接线路，登记电动车数量和居民充电需求。
⟦a 面试一对一点评课今晚开课，回复“面试”领取试听⟧
第二，疏堵结合。一方面耐心劝导居民拆除私拉线路，另一方面协调供电部门和企业在小区空地建设集中充电棚。
第三，长效管理。把电动车充电安全写进居民公约，组织志愿者定期巡查，并通过居民群宣传火灾案例。
""",
    ),
    dict(
        slug="wiki-wenhai-entry-perlite",
        site="文海百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.wenhaibaike.example.com/wiki/珍珠岩",
        title="珍珠岩",
        record_title="珍珠岩 - 文海百科",
        date=None,
        notes="encyclopaedia text page; edit links glued; contents list; an example year is no date",
        page="""
!m 文海百科 — 自由的知识库
!a 编辑词条　|　历史版本　|　讨论
{T}
!l 目录：1 简介　2 性质　3 用途
{BODY}
!m 本词条由“矿物爱好者”等 6 位用户编辑　最后修订：5天前
!d 文海百科内容依据知识共享协议发布，不保证准确性。
""",
        body="""
珍珠岩是一种火山喷发形成的酸性玻璃质熔岩，因具有珍珠状裂隙结构而得名。
珍珠岩矿砂经预热、瞬时高温焙烧后体积膨胀十余倍，成为白色颗粒状的膨胀珍珠岩，质轻、保温、吸音、不燃。
膨胀珍珠岩广泛用于建筑保温砂浆、屋面隔热层、园艺栽培基质和过滤助剂。
例如在1980年代，北方不少城市的居民楼屋面就采用过珍珠岩保温层。
""",
    ),
    dict(
        slug="netdisk-xiaoyun-plan-sour-jujube-html",
        site="小云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://share.xiaoyunpan.example.com/f/8Hq2mW",
        title="荇原县酸枣仁产业提升三年行动方案（2025—2027年）",
        record_title="荇原县酸枣仁产业提升三年行动方案（2025—2027年）.pdf",
        date="2025-04-30",
        notes="cloud-drive preview page: file name, share stamp (no date), save/download buttons; a file-name title; page markers ▹n◃ between cut halves",
        pages=dict(fmt="▹{n}◃", every=160, start=2),
        page="""
<html><head><meta charset="utf-8"><title>小云盘 - 文件预览</title></head><body>
<div class="pan-top">⟦m 小云盘⟧ ⟦a 登录后可保存⟧</div>
<div class="pan-file">⟦m 荇原县酸枣仁产业提升三年行动方案（2025—2027年）.pdf　1.6MB⟧</div>
<div class="pan-share">⟦m 分享人：荇原农业　分享于 2025-05-09⟧</div>
<div class="pan-btn">⟦a 保存到云盘　普通下载　极速下载⟧</div>
<div class="viewer">
<h3>{T}</h3>
{BODY}
</div>
<div class="pan-ft">⟦d 小云盘不对用户分享内容负责，如遇侵权请投诉。⟧</div>
</body></html>
""",
        body="""
为做大做强酸枣仁特色产业，促进山区群众增收，制定本行动方案。
一、发展目标：到2027年，全县野生酸枣抚育和人工种植面积达到8万亩，酸枣仁年产量达到600吨，综合产值突破5亿元。
二、重点任务
（一）建设标准化种植基地。在北部三个乡镇建设嫁接改良示范基地1万亩。
（二）提升加工水平。支持2家加工企业建设脱壳、分选和低温干燥生产线。
（三）打造区域品牌。申报地理标志保护产品，办好酸枣仁产销对接会。
三、保障措施：县财政每年安排专项资金1500万元，统筹用于基地建设和品牌推广。
荇原县人民政府办公室
2025年4月30日
""",
    ),
    dict(
        slug="snapshot-kuai-notice-toilet-paper",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="http://kuaisou.example.com/snapshot?url=scjg.xiyuan.example.gov.cn/tb/2025/77.html",
        title="关于2025年第二季度卫生纸产品质量监督抽查结果的通报",
        record_title="关于2025年第二季度卫生纸产品质量监督抽查结果的通报_快搜快照",
        date="2025-07-10",
        notes="text-only snapshot with a cache banner; result table; a snapshot stamp is not the date",
        page="""
!d 您查看的是快搜保存的网页快照，保存时间为 2025年07月18日 04:12:09，原网页可能已更新。
!m 原网址：scjg.xiyuan.example.gov.cn/tb/2025/77.html
!m 西沅县市场监督管理局 > 公示公告
{T}
{BODY}
!m 西沅县市场监督管理局　地址：西沅县新华路12号
!l 快搜 · 相关搜索：卫生纸抽检不合格　生活用纸标准
""",
        body="""
各有关单位：
今年第二季度，我局对辖区生产、销售的卫生纸产品开展了质量监督抽查，共抽检20批次，合格17批次，合格率85%。抽查结果如下：
产品名称　标称生产企业　不合格项目
卫生纸（卷纸）　沅江纸品厂　横向吸液高度
卫生纸（抽纸）　莲溪生活用纸有限公司　细菌菌落总数
卫生纸（卷纸）　美洁纸业商行　定量偏差
对抽查不合格的企业，我局已责令其停止生产销售不合格产品，并依法立案调查。
西沅县市场监督管理局
2025年7月10日
""",
    ),
    dict(
        slug="print-yunhe-notice-hot-water-bag",
        site="云禾街道办事处 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yunhe-jd.example.gov.cn/print/2025/1120-15.html",
        title="关于冬季安全使用热水袋和暖手宝的提示",
        record_title="打印 - 关于冬季安全使用热水袋和暖手宝的提示",
        date="2025-11-20",
        notes="print view; a print stamp is not the date; print footer; page-close buttons",
        page="""
!a 【打印本页】　【关闭】
!m 云禾街道办事处 · 平安云禾
{T}
!m 打印日期：2025-12-03
{BODY}
!m 本页网址：http://www.yunhe-jd.example.gov.cn/tzgg/2025/1120-15.html
!p 第 1 页 · 共 1 页
""",
        body="""
辖区各位居民：
近期气温骤降，热水袋、暖手宝等取暖用品使用增多，烫伤和爆裂事故时有发生。请大家注意：
1.选购有3C认证标志的充电暖手宝，不买“三无”产品。
2.热水袋灌水不超过容量的三分之二，水温不宜过高，排净空气后拧紧盖子。
3.老人、儿童和糖尿病患者使用时要套上布套，不要直接贴身过夜。
4.充电暖手宝充电时不要使用，充满后及时断电。
云禾街道办事处
2025年11月20日
""",
    ),
    dict(
        slug="mail-baisha-minutes-sardine",
        site="企业邮箱 (invented)",
        style="邮件转发",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="mailto:archive/baisha-seafood/2025-03-07.eml",
        title="沙丁鱼罐头出口订单交付协调会纪要",
        record_title="回复：Re: 沙丁鱼罐头出口订单交付协调会纪要.docx",
        date="2025-03-06",
        date_also=["2025-03-07"],
        notes="a mail reply chain: header block, quoted reply, signature and footer; file-name title; minutes' lines kept",
        page="""
!m 发件人：付晓岚 <fuxl@baisha-seafood.example.com>
!m 时间：2025-03-07 10:22
!m 收件人：生产部；品管部；外贸部
!m 主题：回复：Re: 沙丁鱼罐头出口订单交付协调会纪要.docx
!w 各部门请按纪要分工落实，周五前回复进度。
!m > 在 2025-03-06 18:40，外贸部 写道：
!m > 纪要正文如下，请付总审阅。
{BODY}
!m 付晓岚　白沙海产食品有限公司　副总经理
!d 此邮件仅发送给指定收件人，未经许可不得转发。
""",
        body="""
时间：2025年3月6日14:00
地点：公司一号会议室
主持：付晓岚
参会：生产部、品管部、外贸部、仓储部负责人
记录：杜文静
会议协调了番茄汁沙丁鱼罐头出口订单的交付问题，决定如下：
一、订单总量3.2万箱，分两批于4月10日和4月30日装柜出运。
二、生产部调整排产，3月15日起开足两条灌装线。
三、品管部对每批产品进行商业无菌检验，检验合格后方可出库。
四、外贸部与客户确认唛头和标签，3月12日前定稿。
""",
    ),
    dict(
        slug="wenku-qinglan-speech-flashlight-html",
        site="青岚文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qinglanwk.example.com/p/4412097.html",
        title="在全市手电筒行业质量提升推进会上的讲话",
        record_title="在全市手电筒行业质量提升推进会上的讲话.docx",
        date="2025-10-28",
        notes="文库 reader; file-name title; speaker and date lines under the title neutral (the date expected); page markers; pay wall",
        pages=dict(fmt="— 第{n}页 —", every=170, start=2),
        page="""
<html><head><meta charset="utf-8"><title>在全市手电筒行业质量提升推进会上的讲话.docx-青岚文库</title></head><body>
<div class="top">⟦m 青岚文库⟧ ⟦a 上传文档 赚取收益⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 贡献者：qinglan_gw　2页　阅读 806⟧</div>
<div class="doc">
<p>市市场监管局副局长　章明晖</p>
<p>（2025年10月28日）</p>
{BODY}
</div>
<div class="pay">⟦a 下载文档　VIP免费　单篇购买 ¥5.00⟧</div>
<div class="ft">⟦d 青岚文库用户上传内容，仅供学习，不代表本站观点。⟧</div>
</body></html>
""",
        body="""
同志们：
手电筒是我市的传统优势产业，全市现有生产企业140多家，年产量占全国的三成以上。但近年来行业低价竞争、质量参差不齐的问题比较突出，去年国家监督抽查合格率只有82%。
今天召开这个推进会，就是要下决心补短板、提质量。我讲三点意见。
第一，企业要当好质量第一责任人，配齐检验设备，落实出厂检验。
第二，行业协会要牵头制定高于国家标准的团体标准，打造区域品牌。
第三，监管部门要加大抽查力度，对不合格企业公开曝光，形成优胜劣汰。
同志们，质量是产业的生命线，希望大家齐心协力，推动我市手电筒产业走上高质量发展之路。
""",
    ),
]
