"""holdout140, part E (invented)."""

CASES = [
    dict(
        slug="tender-flagpole-procurement-text",
        site="砺城县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lcccgp.example.gov.cn/cggg/2025/0303/1190.html",
        title="砺城县人民广场电动升旗系统采购项目询价公告",
        record_title="【询价】砺城县人民广场电动升旗系统采购项目询价公告",
        date="2025-03-03",
        notes="procurement portal: decorated title; buyer contact kept beside the platform's CA hotline; numbered sections",
        page="""
!m 砺城县政府采购网
!m 采购公告 / 询价公告
{T}
!m 公告日期：2025年03月03日　浏览：318次
{BODY}
!w CA数字证书办理咨询：400-1800-552
!l 同类公告：县一中塑胶跑道维修项目　县档案馆空调采购项目
""",
        body="""
一、项目名称：砺城县人民广场电动升旗系统采购项目
二、预算金额：人民币十八万元
三、采购内容：二十米电动旗杆一根，含控制系统、风力传感器及安装调试，质保三年。
四、报价截止时间：2025年3月12日9时00分。
五、采购人：砺城县机关事务服务中心　联系人：梁先生　电话：0736-7120553
""",
    ),
    dict(
        slug="lawfirm-paotong-contract-dispute-html",
        site="森衡律师事务所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.senhenglaw.example.com/anli/2025/0612.html",
        title="泡桐林承包合同到期后林木归谁？",
        record_title="泡桐林承包合同到期后林木归谁？ - 森衡律师事务所",
        date="2025-06-12",
        notes="law-firm site: consult QR prompt, practice-area sidebar, disclaimer in own words",
        page="""
<html><head><meta charset="utf-8"><title>泡桐林承包合同到期后林木归谁？ - 森衡律师事务所</title></head><body>
<div class="hd">⟦m 森衡律师事务所⟧ ⟦m 农村土地与林权纠纷专业团队⟧</div>
<div class="nav">⟦m 首页　律师团队　典型案例　法律文书　联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：包一鸣律师　日期：2025-06-12⟧</div>
{BODY}
<div class="qr">⟦w 微信扫一扫，预约律师面谈⟧</div>
<div class="side">⟦l 业务领域：林权流转　土地承包　征收补偿⟧</div>
<div class="ft">⟦d 本网站文章仅作普法交流之用，不构成对任何个案的法律建议⟧</div>
</body></html>
""",
        body="""
村民甲于2010年承包村集体荒山二十亩栽种泡桐，合同期十五年，对到期后林木归属未作约定。
合同到期后，村委会要求甲无偿交回山林，甲则主张林木归己所有。
我们认为，林木系承包人投入劳动和资金所种，合同未约定归属的，一般应归承包人所有，村集体可要求其在合理期限内采伐或作价收购。
建议承包林地时，在合同中写明到期后林木的处理方式，避免日后纠纷。
""",
    ),
    dict(
        slug="community-well-cleanup-volunteers",
        site="古井巷社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.gujingxiang.example.cn/news/1187.html",
        title="关于招募古井清洁志愿者的通知",
        record_title="关于招募古井清洁志愿者的通知",
        date="2025-05-09",
        notes="community site: page markers #n# glued in plain text; committee contact kept, grid hotline chrome",
        pages=dict(fmt="#{n}#", every=90, start=2, glue=True),
        page="""
!m 古井巷社区服务网
!m 社区动态 ＞ 通知公告
{T}
!m 2025-05-09　｜　社区居委会
{BODY}
!w 网格员热线：13800076521（工作时间接听）
!l 上一条：端午包粽子活动报名啦
""",
        body="""
各位居民：
我社区因巷内一口明代古井而得名。为保护这一文化遗产，社区计划每月第二个周六上午组织一次古井清洁活动，现面向居民招募志愿者二十名。
志愿者主要负责清理井台落叶、擦拭井栏、向游客讲解古井历史。年满十六周岁、身体健康的居民均可报名。
报名请到社区居委会一楼服务窗口，或拨打0731-8421106。
古井巷社区居民委员会
2025年5月9日
""",
    ),
    dict(
        slug="association-shelter-adv-industry-html",
        site="砥山市广告协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.dsggxh.example.org.cn/hydt/2025/0414/91.html",
        title="候车亭媒体专业委员会成立大会纪要",
        record_title="候车亭媒体专业委员会成立大会纪要_行业动态",
        date="2025-04-12",
        notes="association site: member login, minutes' 时间/地点/主持/出席 lines and a vote count kept",
        page="""
<html><head><meta charset="utf-8"><title>候车亭媒体专业委员会成立大会纪要_行业动态</title></head><body>
<div class="top">⟦a 会员登录⟧ ⟦a 入会指南⟧ ⟦m 砥山市广告协会⟧</div>
<div class="crumb">⟦m 首页 / 行业动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 秘书处 | 2025-04-14 | 阅读 133⟧</div>
{BODY}
<div class="ft">⟦m 协会地址：砥山市广场东路6号　邮编 533000⟧ ⟦d © 砥山市广告协会⟧</div>
</body></html>
""",
        body="""
时间：2025年4月12日上午9时
地点：协会会议室
主持：协会秘书长 莫晓川
出席：会员单位代表31人
会议审议通过了《候车亭媒体专业委员会工作规则》，表决结果：同意31票，反对0票，弃权0票。
会议选举砥山市畅行广告有限公司为主任委员单位。
""",
    ),
    dict(
        slug="corp-flagpole-maker-product-text",
        site="擎天旗杆制造有限公司 (invented)",
        style="企业官网",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.qingtianqigan.example.com/about/qualification.html",
        title="关于我公司取得国旗旗杆安装资质的说明",
        record_title="关于我公司取得国旗旗杆安装资质的说明-擎天旗杆",
        date="2025-02-20",
        notes="company site: online-quote box and 400 hotline (chrome); company's own 服务电话 in the body",
        page="""
!m 擎天旗杆 | 专业旗杆 · 电动升旗系统
!a 在线询价　　获取报价单
!m 首页 > 关于我们 > 资质荣誉
{T}
{BODY}
!w 全国免费热线：400-900-2178　业务经理在线
!d 版权所有：擎天旗杆制造有限公司
""",
        body="""
我公司专业生产不锈钢锥形旗杆和电动升旗系统已有十二年。
2025年2月，我公司通过省质量技术协会组织的评审，取得升旗设施安装服务资质证书。
今后，我公司将严格按照国家标准为学校、机关和广场安装旗杆，做到旗杆垂直、升降平稳、国歌与升旗同步。
售后服务电话：0769-2288317。
擎天旗杆制造有限公司
2025年2月20日
""",
    ),
    dict(
        slug="training-paotong-grafting-class-html",
        site="绿苗农技学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lvmiao-nj.example.com/class/2025-02.html",
        title="泡桐嫁接与修枝技术培训班招生简章",
        record_title="泡桐嫁接与修枝技术培训班招生简章（限额40人）",
        date="2025-02-10",
        notes="training school: float consult box, enrol button; the school's own 报名电话 kept; class table",
        page="""
<html><head><meta charset="utf-8"><title>泡桐嫁接与修枝技术培训班招生简章（限额40人）</title></head><body>
<div class="hd">⟦m 绿苗农技学校⟧ ⟦a 在线报名⟧</div>
<h1>⟦t 泡桐嫁接与修枝技术培训班招生简章（限额40人）⟧</h1>
<div class="meta">⟦m 招生办　2025-02-10⟧</div>
{BODY}
<div class="float">⟦w 课程顾问在线 点我咨询⟧</div>
<div class="ft">⟦d 绿苗农技学校 版权所有⟧</div>
</body></html>
""",
        body="""
为帮助林农掌握泡桐良种嫁接和修枝技术，我校定于3月开办短期培训班。
日期　内容　地点
3月3日　嫁接原理与接穗采集　教学楼201
3月4日　劈接、插皮接实操　实训林地
3月5日　修枝抹芽与丛枝病防治　实训林地
学费全免，食宿自理。报名电话：0758-3307721。
""",
    ),
    dict(
        slug="app-flag-team-summary-decorated",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://share.gongwenbao.example.cn/t/aa31f9",
        title="学校国旗护卫队学期工作总结",
        record_title="学校国旗护卫队学期工作总结（高分模板）",
        date="2025-06-30",
        notes="writing-app share H5: open-app bar, unlock prompt between paragraphs, template count",
        page="""
<html><head><meta charset="utf-8"><title>学校国旗护卫队学期工作总结（高分模板）</title></head><body>
<div class="bar">⟦a APP内打开，免费领取10篇模板⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 公文宝 · 已被下载 1.2万次⟧</div>
<p>本学期，学校国旗护卫队共完成升旗任务十八次，无一次失误。</p>
<p>⟦a 登录后查看完整模板⟧</p>
<p>队员们坚持每周二、周四训练，新队员全部通过考核。</p>
<p>下学期，我们将争取参加市级国旗护卫队展演。</p>
<p>校国旗护卫队</p>
<p>2025年6月30日</p>
<div class="more">⟦l 更多模板：升旗手发言稿　少先队工作总结⟧</div>
</body></html>
""",
        body="""
本学期，学校国旗护卫队共完成升旗任务十八次，无一次失误。
队员们坚持每周二、周四训练，新队员全部通过考核。
下学期，我们将争取参加市级国旗护卫队展演。
校国旗护卫队
2025年6月30日
""",
    ),
    dict(
        slug="gkforum-shelter-interview-question",
        site="岸边公考社区 (invented)",
        style="公考论坛",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.anbiangk.example.com/t/41122.html",
        title="结构化面试真题：候车亭被改造成“网红打卡点”，你怎么看？",
        record_title="[面试真题] 结构化面试真题：候车亭被改造成“网红打卡点”，你怎么看？ - 岸边公考社区",
        date=None,
        notes="exam forum with jammer fonts; rating row; relative post time",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 结构化面试真题：候车亭被改造成“网红打卡点”，你怎么看？ - 岸边公考社区</title></head><body>
<div class="hd">⟦m 岸边公考社区⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 面试搭子小周　发表于 5 天前⟧</div>
{BODY}
<div class="rate">⟦l 评分 参与人数 8 金币 +16⟧</div>
<div class="ft">⟦d 本社区内容由会员发布，仅供备考交流⟧</div>
</body></html>
""",
        body="""
一些城市把候车亭设计成了“网红打卡点”，吸引年轻人拍照。
我认为这是公共设施提升品质的有益尝试，但要把握好度。
首先，候车亭的首要功能是遮阳避雨、方便候车，不能为了好看牺牲实用。
其次，打卡人流大时要加强管理，避免影响乘客上下车。
""",
    ),
    dict(
        slug="wiki-old-well-entry-text",
        site="乡土百科 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.xiangtubaike.example.com/wiki/八角井",
        title="八角井（砾川镇）",
        record_title="八角井（砾川镇）- 乡土百科",
        date=None,
        notes="wiki text: edit prompts, contents, 词条 stats; heritage year in the entry is no date",
        page="""
!m 乡土百科　记录每一片土地
{T}
!a [编辑]　[历史版本]　[讨论]
!l 目录：1 概况　2 形制　3 保护
{BODY}
!m 本词条由 井边人 等 4 位编者创建　浏览 2301 次
!d 内容来自网友编辑，仅供参考。
""",
        body="""
八角井位于砾川县砾川镇上庄村，因井栏呈八角形而得名，据村中族谱记载开凿于清乾隆年间。
1 形制
井口直径零点八米，井深约十一米，井栏由整块青石凿成，八面刻有莲花纹。
2 保护
2019年被公布为县级文物保护单位，现由村委会负责日常管护。
""",
    ),
    dict(
        slug="netdisk-paotong-subsidy-list-html",
        site="盘享云 (invented)",
        style="网盘分享",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.panxiangyun.example.com/s/kQ2vX9",
        title="2025年度泡桐造林补助资金发放名单公示",
        record_title="2025年度泡桐造林补助资金发放名单公示.pdf",
        date="2025-11-18",
        notes="cloud-drive preview with page markers as HTML paragraphs; file-name title; save/download buttons",
        pages=dict(fmt="—— 第{n}页 ——", every=80, start=2),
        page="""
<html><head><meta charset="utf-8"><title>2025年度泡桐造林补助资金发放名单公示.pdf - 盘享云</title></head><body>
<div class="hd">⟦m 盘享云⟧ ⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="file">⟦m 2025年度泡桐造林补助资金发放名单公示.pdf　312KB⟧</div>
{BODY}
<div class="ft">⟦d 请勿分享侵权或违法内容，盘享云将依法处理⟧</div>
</body></html>
""",
        body="""
根据县林业局、县财政局造林补助验收结果，现将2025年度泡桐造林补助资金拟发放名单公示如下：
乡镇　姓名　面积（亩）　补助金额（元）
沙埠镇　韦德全　32　9600
沙埠镇　莫有根　18　5400
桐乡湾镇　黎春花　25　7500
公示期为7天，如有异议请向县林业局造林科反映，联系电话0758-3316620。
磬溪县林业局
2025年11月18日
""",
    ),
    dict(
        slug="snapshot-shelter-route-change-text",
        site="寻迹快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snap.xunji.example.com/?url=www.bkbus.example.com/gg/0512.html",
        title="关于临时撤销东门候车亭停靠站点的通告",
        record_title="关于临时撤销东门候车亭停靠站点的通告",
        date="2025-05-12",
        notes="text-only cache: cache notice, keyword line; 通告 date",
        page="""
!d 提示：以下内容为网页快照，抓取于 2025-05-20 06:11，原网页可能已删除或修改。
!m 快照关键词：东门　候车亭
!m 碚口公交 · 公告信息
{T}
{BODY}
!m 原网址：www.bkbus.example.com/gg/0512.html
""",
        body="""
因东门路段燃气管道施工，自5月15日起，3路、7路、12路公交车临时取消东门候车亭停靠站，改在北侧一百米的临时站点上下客。
施工结束后恢复原站点，具体时间另行通告。
碚口市公共交通集团有限公司
2025年5月12日
""",
    ),
    dict(
        slug="print-well-protection-rules-text",
        site="石坂镇人民政府 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.shiban.example.gov.cn/print.php?id=2231",
        title="石坂镇古井保护管理办法",
        record_title="〔打印稿〕石坂镇古井保护管理办法",
        date="2025-03-18",
        notes="print view text: print header and footer, page count; articles speak of 复印/打印 (kept)",
        page="""
!a [打印]　[返回]
!m 石坂镇人民政府网　http://www.shiban.example.gov.cn
{T}
{BODY}
!p 第 1 页，共 1 页
!m 打印日期：2025/10/12
""",
        body="""
第一条　为保护本镇古井，制定本办法。
第二条　古井周边十米范围内禁止建房、挖沙和倾倒垃圾。
第三条　古井档案由镇文化站保管，村委会可复印或打印古井档案用于宣传。
第四条　本办法自2025年3月18日起施行。
石坂镇人民政府
2025年3月18日
""",
    ),
    dict(
        slug="mail-flag-guard-exchange-html",
        site="校际邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="mailto:dyc@jy2z.example.edu.cn#20250310",
        title="关于邀请参加国旗护卫队交流展示活动的函",
        record_title="转发：关于邀请参加国旗护卫队交流展示活动的函",
        date="2025-03-07",
        date_also=["2025-03-10"],
        notes="forwarded mail as HTML: header table as meta, mail-client footer; document's own 联系人 kept",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于邀请参加国旗护卫队交流展示活动的函</title></head><body>
<table class="hdr"><tr><td>⟦m 发件人：礁原二中德育处&lt;dyc@jy2z.example.edu.cn&gt;⟧</td></tr>
<tr><td>⟦m 日期：2025年3月10日 8:02⟧</td></tr><tr><td>⟦m 收件人：各兄弟学校德育处⟧</td></tr></table>
<p>⟦m 以下为转发内容：⟧</p>
<h3>⟦t 关于邀请参加国旗护卫队交流展示活动的函⟧</h3>
{BODY}
<p>⟦a 此邮件由移动办公客户端发送⟧</p>
</body></html>
""",
        body="""
各兄弟学校：
为加强校际交流，我校定于4月15日举办国旗护卫队交流展示活动，诚邀贵校派队参加。
每校限派一支队伍，人数不超过十二人，展示时间不超过五分钟。
联系人：礁原二中德育处 宋老师，电话：0769-5512033。
礁原县第二中学
2025年3月7日
""",
    ),
    dict(
        slug="wenku-shelter-design-thesis-excerpt",
        site="学知文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.xuezhiwk.example.com/d/88317.html",
        title="山区县城公交候车亭适老化改造调研报告",
        record_title="山区县城公交候车亭适老化改造调研报告（2025最新版）",
        date=None,
        notes="paid 文库 preview with page markers ▌n▐ on lines of their own, wrapped at 66 columns; no date",
        wrap=66,
        pages=dict(fmt="▌{n}▐", every=120, start=2, glue=False),
        page="""
!m 学知文库　｜　论文·报告·方案
!t 山区县城公交候车亭适老化改造调研报告（2025最新版）
!m 格式：PDF　页数：9　下载：306
{BODY}
!a 试读结束，购买后可查看全部9页
!l 你可能喜欢：老旧小区适老化改造方案　农村客运站建设调研
""",
        body="""
我们在礁原、砥山两县城区随机抽查了八十座公交候车亭，重点了解老年乘客的候车体验。
调查发现，设有座椅的候车亭占百分之六十一，其中设有扶手的仅占百分之九；站牌字号普遍偏小，六十岁以上受访者有近一半表示“看不清”。
建议新建和改造候车亭时，统一设置带扶手的座椅，站牌主要信息字号不小于四十毫米，并在重点站点配置语音报站设备。
""",
    ),
]
