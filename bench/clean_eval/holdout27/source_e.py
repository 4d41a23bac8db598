"""holdout27, part E: document sites (an old-table 范文 site with an embroidery co-op's
summary, a multi-piece 范文 page with a taekwondo coach's report, paid and free 文库
previews of a nursery-stock association's report and a stone chamber's survey,
sharing pages of a bamboo-products plan and a Mongolian-medicine nurse's essay, download
stations with a welding rule and a travel agency's contingency plan, 范文 apps with a
navigation-mark office's summary and a detention-centre officer's report, cloud-drive
shares of a seafarer internship plan and a pumped-storage contingency plan).
Everything invented."""

CASES = [
    dict(
        slug="fanwen-embroidery-coop-summary-old-table",
        site="好文章范文网 (invented, old table site)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.haowenzhang.example.com/zongjie/hezuoshe/20250113/88421.html",
        title="瑗川县苗绣专业合作社2024年工作总结",
        record_title="【精选】瑗川县苗绣专业合作社2024年工作总结（可编辑word版）",
        date="2025-01-12",
        p_html="<p>　　{}</p>",
        notes="gb2312 table layout: a marquee, a 'copy this article' lock notice, a writing-service prompt glued after a sentence, a hot list and a visitor counter; the document's signature date; decorated record title with 【精选】 and （可编辑word版）",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】瑗川县苗绣专业合作社2024年工作总结（可编辑word版）</title></head>
<body><table width="980" align="center"><tr><td colspan="2">⟦m 好文章范文网 www.haowenzhang.example.com⟧</td></tr>
<tr><td colspan="2"><marquee>⟦a 本站范文全部免费，复制请按Ctrl+C，下载Word请登录会员⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 您的位置：首页 → 工作总结 → 合作社工作总结⟧</td></tr>
<tr><td width="720" valign="top"><h1 align="center">{T}</h1>
<p align="center">⟦m 栏目：合作社工作总结　时间：2025-01-13　人气：3127⟧</p>
{BODY}
<p>⟦a 【下载本文Word文档】【打印】【收藏到我的文库】⟧</p></td>
<td valign="top"><p>⟦l 本类热门⟧</p><p>⟦l ·农民专业合作社年度总结（通用5篇）⟧</p><p>⟦l ·手工艺协会工作计划⟧</p>
<p>⟦m 今日访问：18,226⟧</p></td></tr>
<tr><td colspan="2" align="center">⟦d 本站文章来自网友投稿，如有侵权请来信告知，我们将及时删除⟧</td></tr></table></body></html>
""",
        body="""
2024年，合作社在县妇联和乡村振兴局的支持下，坚持“传承技艺、带动增收”的宗旨，各项工作取得较好成绩。
一、社员队伍不断壮大。全年新吸收绣娘社员86人，社员总数达到412人，其中脱贫户家庭妇女153人。
二、产品销路持续拓宽。与两家文创企业签订长期订单，开设线上店铺一家，全年销售苗绣产品2.3万件，销售收入418万元。⟦w 需要原创代写总结的朋友请加QQ 30871126⟧
三、技艺传承扎实推进。举办苗绣技艺培训班12期，评选“优秀绣娘”20名，两名社员被认定为县级非遗代表性传承人。
四、存在的问题主要是产品设计创新不足，年轻绣娘比例偏低。2025年，合作社将加强与设计院校合作，开发适合年轻消费者的新产品。
瑗川县苗绣专业合作社
2025年1月12日
""",
    ),
    dict(
        slug="fanwen-taekwondo-coach-report-multi",
        site="范文大全网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.fanwendq.example.net/shuzhi/tiyu/71206.html",
        title="跆拳道馆主教练2024年度述职报告",
        record_title="跆拳道馆主教练2024年度述职报告（通用3篇）_范文大全网",
        date=None,
        indent="\u3000\u3000",
        notes="a multi-piece 范文 page: a '篇一' heading chrome and the other pieces' titles in a list below; a member paywall prompt after the last paragraph; copy-lock and 'this article has 3 pieces' lines; no date (only an add stamp and a year in the title)",
        page="""
!m 范文大全网 — 海量范文 一键复制
!m 首页 > 述职报告 > 体育教练述职报告
!t 跆拳道馆主教练2024年度述职报告（通用3篇）
!m 添加时间：2025-01-20　本文共3篇，约3600字
!a 温馨提示：本页内容已开启复制保护，开通会员即可一键复制全文
!m 篇一
{BODY}
!a 剩余2篇需开通会员查看　￥9.9/月　立即开通
!l 跆拳道馆主教练2024年度述职报告 篇二
!l 跆拳道馆主教练2024年度述职报告 篇三
!l 猜你喜欢：健身教练年终工作总结｜体育培训机构年度计划
""",
        body="""
尊敬的馆领导、各位同事：
2024年，我担任道馆主教练，负责少儿班和成人班的教学训练工作。现将一年来的履职情况报告如下：
一、教学训练方面。全年带教学员186名，组织级位考核4次，晋级率达到百分之九十二。
二、竞赛成绩方面。带队参加市级以上比赛5次，获得金牌7枚、银牌9枚、铜牌12枚。
三、安全管理方面。严格执行训练前热身和护具检查制度，全年未发生学员受伤事故。
四、不足与改进。对成人班学员的个性化指导还不够，明年将增设周末提高班，并加强自身业务学习。
以上报告，请予评议。
""",
    ),
    dict(
        slug="wenku-nursery-stock-assoc-report-markers",
        site="千页文库 (invented, paid preview)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.qianyewenku.example.com/p-5529017736.html",
        title="琼坂县苗木花卉产业发展情况调研报告",
        record_title="琼坂县苗木花卉产业发展情况调研报告.pdf",
        date="2025-08-26",
        indent="\u3000\u3000",
        pages=dict(fmt="┃{n}┃", every=130, start=2),
        notes="paid 文库 preview: page markers ┃n┃ on lines of their own cut sentences; a file-info box (pages, size, uploader, score), a preview-end paywall, an upload notice; record title a .pdf file name; the association's signature date in the document",
        page="""
!m 千页文库 › 农林牧渔 › 园林花卉
!t 琼坂县苗木花卉产业发展情况调研报告.pdf
!m 页数：6　大小：412KB　上传者：h***8　下载积分：15
!a 免费预览已结束，剩余3页可下载查看
{BODY}
!a 下载本文档（15积分）　　加入书架
!d 本文档由用户自行上传，千页文库仅提供信息存储空间服务，如有侵权请联系客服处理
!l 相关文档：花卉产业园建设规划｜苗木市场价格行情分析
""",
        body="""
为摸清全县苗木花卉产业发展现状，县苗木花卉协会于7月至8月组织人员深入10个乡镇开展调研，走访种植企业、合作社和大户78家。
一、基本情况。全县苗木花卉种植面积达到5.8万亩，年产值约9.6亿元，从业人员1.2万人，主要品种有桂花、红叶石楠、紫薇和盆栽兰花。
二、存在的问题。一是品种结构雷同，大路货多、精品少；二是销售渠道单一，主要依靠外地客商上门收购；三是缺乏龙头企业带动，标准化生产水平不高。
三、对策建议。建议县里出台苗木花卉产业扶持政策，建设花木交易市场和电商直播基地，引导种植户调整品种结构，打造“琼坂花木”区域公用品牌。
琼坂县苗木花卉协会
2025年8月26日
""",
    ),
    dict(
        slug="wenku-stone-chamber-survey-html-markers",
        site="石文库 (invented, HTML preview)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shiwenku.example.cn/view/8f2c11d0.html",
        title="关于璋浦县石材产业转型升级的调研报告",
        record_title=None,
        date="2025-04-15",
        pages=dict(fmt="⬥{n}⬥", every=140, start=2),
        notes="HTML 文库 reader: page markers ⬥n⬥ as their own paragraphs between the halves of cut paragraphs; a reader toolbar, a 'continue reading needs VIP' box, related docs and an upload notice; no record title (the reader's heading has it); date in the document",
        page="""
<html><head><meta charset="utf-8"><title>石文库 - 在线阅读</title></head><body>
<div class="toolbar">⟦a 全屏　|　放大　|　缩小　|　下载　|　收藏⟧</div>
<div class="docinfo">⟦m 贡献者：石*人　发布于：1年前　阅读：1493　评分：4.7⟧</div>
<h1>关于璋浦县石材产业转型升级的调研报告</h1>
<div class="reader">
{BODY}
</div>
<div class="vip">⟦a 开通VIP，免费下载本文及海量文档⟧</div>
<div class="rel">⟦l 相关推荐：石材加工企业粉尘治理方案⟧ ⟦l 县域特色产业调研报告范文⟧</div>
<div class="ft">⟦d 石文库所有资源均为用户上传，仅供参考，不代表本站观点⟧</div>
</body></html>
""",
        body="""
石材产业是我县传统支柱产业。为推动产业转型升级，县石材商会会同县工信局组成调研组，于3月下旬对全县石材企业进行了专题调研。
一、产业现状。全县现有石材企业312家，其中规模以上企业46家，年产值约38亿元，产品以花岗岩板材和园林石材为主。
二、主要问题。企业小散弱，粗加工产品比重大；部分企业环保设施落后，粉尘和废水治理压力大；原料依赖外地，运输成本高。
三、几点建议。一是推动企业入园集聚，淘汰落后产能；二是支持企业引进数控切割和智能养护设备，发展高附加值产品；三是建设石材废料综合利用项目，实现循环发展。
璋浦县石材商会
2025年4月15日
""",
    ),
    dict(
        slug="docshare-bamboo-factory-plan-oneline",
        site="共享文档网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gongxiangwd.example.com/doc/3307126.html",
        title="瑄江竹制品有限公司2025年安全生产月活动方案",
        record_title="瑄江竹制品有限公司2025年安全生产月活动方案.wps",
        date="2025-05-28",
        oneline=True,
        indent="\u3000\u3000",
        notes="a sharing site: the whole document on one line; record title a .wps file name; an upload notice in new words, a score/download row, a 'report' link; the company's signature date inside the one line",
        page="""
!m 共享文档网 — 文档共享 知识共享
!t 瑄江竹制品有限公司2025年安全生产月活动方案.wps
!m 上传人：竹林深处　｜　上传时间：2025-06-02　｜　格式：WPS　｜　下载：37次
{BODY}
!d 声明：本文档由网友分享，版权归原作者所有，本站不对其内容真实性负责。
!a 免费下载　｜　举报　｜　收藏
!l 同类文档：木材加工厂粉尘防爆专项方案
""",
        body="""
为深入开展2025年“安全生产月”活动，提高全员安全意识，结合公司实际，制定本方案。
一、活动时间：2025年6月1日至6月30日。
二、活动内容：开展竹材蒸煮车间、炭化车间安全隐患排查；组织一次粉尘爆炸应急演练；开展安全知识竞赛和“安全承诺”签名活动。
三、工作要求：各车间要高度重视，确定专人负责，6月25日前将活动开展情况报安全环保部。
瑄江竹制品有限公司
2025年5月28日
""",
    ),
    dict(
        slug="docshare-mongolian-nurse-essay-html",
        site="知享文档 (invented, HTML sharing page)",
        style="文档分享",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.zhixiangdoc.example.com/d/71c9e0a.html",
        title="护理工作心得：在蒙医病区的第一年",
        record_title="护理工作心得：在蒙医病区的第一年 - 知享文档",
        date=None,
        notes="a sharing page: an upload info bar (uploaded '2天前', no date), a tag row, a 'like/collect/download' row between two paragraphs, an uploader's card and an upload notice; no date in the essay (only a year in its text)",
        page="""
<html><head><meta charset="utf-8"><title>护理工作心得：在蒙医病区的第一年 - 知享文档</title></head><body>
<div class="hd">⟦m 知享文档⟧ ⟦a 上传文档　登录⟧</div>
<h1>{T}</h1>
<div class="bar">⟦m 上传者：草原小护士　2天前上传　共2页　阅读 208⟧</div>
<div class="tags">⟦l 标签：护理心得 蒙医 新护士⟧</div>
<div class="doc">
{BODY}
</div>
<div class="card">⟦m 草原小护士　已上传 14 篇文档⟧ ⟦a ＋关注⟧</div>
<div class="ft">⟦d 文档为用户上传，版权归作者所有，仅供学习参考⟧</div>
</body></html>
""",
        body="""
去年夏天，我从护理学院毕业，来到琼坂县蒙医医院蒙医内科病区工作。一年来，我从一个手忙脚乱的新人，慢慢成长为能独立值班的护士。
蒙医病区有很多特色疗法，比如温针、药浴和放血疗法。刚开始我对这些操作很陌生，带教老师手把手教我，每次治疗前都让我先讲一遍操作流程和注意事项。
⟦a 点赞 12　收藏 5　下载 3⟧
很多老年患者只会说蒙古语，我就利用休息时间学习常用的蒙古语问候和护理用语。当一位老奶奶用蒙古语对我说“谢谢”时，我觉得所有的辛苦都值得。
新的一年，我要继续学习蒙医护理知识，争取早日考取主管护师。
""",
    ),
    dict(
        slug="download-welding-safety-rule-old-table",
        site="安全资料下载站 (invented, old ASP)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.anquanzl.example.com/soft/down.asp?id=20931",
        title="电焊作业安全操作规程",
        record_title="电焊作业安全操作规程[DOC]免费下载",
        date=None,
        p_html="<p>{}</p>",
        notes="old ASP download station: a file-info table (size, type, grade, update), three mirror links, a dead-link report, an unzip-password notice; rules whose articles speak of 打印 are body; no date (an update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>电焊作业安全操作规程[DOC]免费下载</title></head>
<body><table width="950" align="center"><tr><td>⟦m 安全资料下载站　安全人的资料库⟧</td></tr>
<tr><td>⟦m 当前位置：首页 >> 操作规程 >> 电焊⟧</td></tr>
<tr><td><table border="1"><tr><td>⟦m 资料大小：28 KB⟧</td><td>⟦m 资料类型：DOC⟧</td><td>⟦m 推荐等级：★★★★⟧</td></tr>
<tr><td>⟦m 更新时间：2025-2-17 10:03:51⟧</td><td>⟦m 下载次数：1086⟧</td><td>⟦m 授权方式：免费⟧</td></tr></table></td></tr>
<tr><td><h2>{T}</h2>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：电信下载一　电信下载二　联通下载⟧</td></tr>
<tr><td>⟦a 下载出错？点此报告死链⟧　⟦d 解压密码：www.anquanzl.example.com⟧</td></tr>
<tr><td align="center">⟦d 本站资料均来源于网络，仅供学习交流，请下载后24小时内删除⟧</td></tr></table></body></html>
""",
        body="""
1.电焊工须持特种作业操作证上岗，作业前穿戴好绝缘鞋、焊工手套和防护面罩。
2.作业前检查焊机接地是否可靠，电缆绝缘是否完好，发现破损立即更换。
3.在易燃易爆场所动火作业，必须办理动火作业许可证，清除周边可燃物，配备灭火器材并设专人监护。
4.动火作业许可证一式两份，由安全员打印后签字确认，一份交作业人员，一份存档备查。
5.严禁在雨天露天进行电焊作业，严禁焊接带压、带电或盛装过易燃物品且未清洗的容器。
6.作业结束后切断电源，检查现场确无火种后方可离开。
""",
    ),
    dict(
        slug="download-travel-agency-contingency-wrapped",
        site="文书下载吧 (invented)",
        style="资料下载站",
        genre="应急预案",
        kind="plan",
        form="text",
        source="http://www.wenshu8.example.cn/yuan/lvyou/6612.html",
        title="旅行社旅游团队突发事件应急预案",
        record_title="旅行社旅游团队突发事件应急预案（word可改）",
        date=None,
        wrap=64,
        indent="    ",
        notes="download site text page hard-wrapped at 64 columns; decimal headings; a writing-service prompt on a line of its own between paragraphs, a download-points line; no date (a template with 年 月 日 placeholders and ×× names)",
        page="""
!m 文书下载吧 - 免费文书范本下载
!m 位置：首页 > 应急预案 > 旅游行业
!t 旅行社旅游团队突发事件应急预案（word可改）
!m 文件大小：36K　下载所需点数：0　更新：3天前
{BODY}
!a >>> 点击下载Word完整版 <<<
!l 下一篇：景区游客踩踏事件应急预案
!m Copyright 文书下载吧　闽ICP备19005527号
""",
        body="""
1 总则
1.1 为及时、有效处置旅游团队在行程中发生的突发事件，保障游客生命财产安全，结合本社实际，制定本预案。
1.2 本预案适用于本社组织的国内旅游团队在行程中发生的交通事故、食物中毒、自然灾害和游客走失等突发事件。
2 组织机构
2.1 本社成立突发事件应急处置领导小组，由总经理××任组长，计调部、质检部负责人任成员。
⟦w 写预案太费劲？专业团队代写，24小时交稿，微信 wsx8_vip⟧
3 处置程序
3.1 导游在事件发生后应立即拨打急救或报警电话，并在30分钟内报告本社值班人员。
3.2 本社接报后立即启动预案，派员赶赴现场，协助游客救治和善后处理。
××旅行社有限公司
年　月　日
""",
    ),
    dict(
        slug="app-navmark-office-summary-reading-mode",
        site="公文宝APP 阅读模式 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.gongwenbao.example.com/r/8812736?mode=read",
        title="珏口航标处2024年度航标维护工作总结",
        record_title="珏口航标处2024年度航标维护工作总结｜公文宝",
        date="2024-12-30",
        indent="\u3000\u3000",
        notes="an app's reading mode: an 'open in app' bar, a member-only unlock box between paragraphs, a 'AI polish' button glued after a sentence, a word count; the summary's signature date; buoy figures table",
        page="""
!a 打开公文宝APP，阅读体验更佳　[打开]
!m 阅读模式　·　约1100字　·　预计阅读3分钟
!t 珏口航标处2024年度航标维护工作总结
{BODY}
!a 一键套用模板　｜　导出PDF　｜　AI续写
!l 相关推荐：海事处年度工作总结｜港航中心工作计划
""",
        body="""
2024年，我处认真履行航标管理职责，确保辖区航标正常运行，为船舶航行安全提供了有力保障。
一、航标维护保养。全年完成辖区138座航标的维护保养，更换灯器46套，航标正常率达到99.8%。
项目　计划　完成
浮标维护（座）　96　96
岸标维护（座）　42　42
⟦a 以下内容为会员专享，开通会员解锁全文⟧
二、应急保障。及时处置台风等恶劣天气造成的航标移位、损坏事件11起，均在规定时限内恢复正常。⟦a ✨AI润色此段⟧
三、2025年工作打算。推进航标遥测遥控系统升级改造，提高航标管理的智能化水平。
珏口航标处
2024年12月30日
""",
    ),
    dict(
        slug="app-detention-officer-report-share",
        site="笔杆子范文APP 分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.biganzi.example.com/share/doc?id=551902&from=wx",
        title="看守所管教民警个人述职报告",
        record_title="【2025新版】看守所管教民警个人述职报告（可直接套用）",
        date=None,
        indent="\u3000\u3000",
        notes="a 范文 app's share page: a share banner, a 'copy the full text' button glued after a paragraph, a hint that the rest is in the app, the sharer's line with a relative time; no date (only a year in the title, relative times)",
        page="""
!a 你的好友邀请你使用笔杆子APP，新人免费领7天会员
!t 【2025新版】看守所管教民警个人述职报告（可直接套用）
!m 来自好友「老陈」的分享　·　5小时前
{BODY}
!a 在APP内查看剩余内容及更多同类范文
!a 立即下载笔杆子APP
!m 笔杆子 · 体制内写作助手
""",
        body="""
本人×××，现任看守所管教民警，负责监区日常管理和在押人员教育工作。现将本年度履职情况报告如下：
一、严格落实监管制度。坚持每日巡视监室，认真开展谈话教育，全年个别谈话380余人次，及时掌握在押人员思想动态。⟦a 复制全文⟧
二、扎实做好安全防范。参与监室清监检查60余次，发现并处置违禁物品隐患5起，所负责监区未发生监管安全事故。
三、依法保障在押人员权利。认真落实会见、通信、医疗等制度，为在押人员代购生活用品、代办家属存款，做到规范透明。
四、不足之处是理论学习不够系统，信息化监管手段运用还不熟练，今后将努力改进。
""",
    ),
    dict(
        slug="pan-seafarer-internship-plan-markers",
        site="百宝网盘 (invented, shared file preview)",
        style="网盘分享",
        genre="计划",
        kind="plan",
        form="text",
        source="https://pan.baibao.example.com/s/1qX7rT9kLm",
        title="璋浦海员培训中心2025届学员上船实习计划",
        record_title="璋浦海员培训中心2025届学员上船实习计划.docx",
        date="2025-02-24",
        indent="\u3000\u3000",
        pages=dict(fmt="·P{n}·", every=120, start=2, glue="mix", sep=" "),
        notes="a cloud drive's document preview: share info (expiry, sharer, file size), save/download buttons, a 'preview only first pages' notice; page markers ·Pn· glued or not cut sentences; record title a .docx file name; a placements table",
        page="""
!m 百宝网盘　|　分享文件
!t 璋浦海员培训中心2025届学员上船实习计划.docx
!m 分享者：zp海培教务　|　有效期：永久有效　|　文件大小：52.6KB
!a 保存到我的网盘　　下载（需登录）
!d 在线预览仅显示部分内容，完整内容请下载后查看
{BODY}
!l 该分享者的其他文件：船员基本安全培训课程表.xlsx
!m 百宝网盘 · 安全存储，极速分享
""",
        body="""
为提高学员实际操作能力，根据船员培训管理有关规定，制定2025届学员上船实习计划。
一、实习时间：2025年4月1日至9月30日，共六个月。
二、实习船舶及人数：
船舶　航线　实习人数
璋浦明珠轮　璋浦—珏口　12
海通8号　沿海散货　8
三、实习要求：学员须服从船长和带教船员管理，按时填写实习记录簿，严格遵守船舶安全规定，不得擅自离船。
四、实习结束后，由船方出具实习鉴定意见，中心组织实习考核，考核合格者方可参加适任考试。
璋浦海员培训中心
2025年2月24日
""",
    ),
    dict(
        slug="pan-pumped-storage-flood-plan-html",
        site="云舟企业网盘 (invented)",
        style="网盘分享",
        genre="应急预案",
        kind="plan",
        form="html",
        source="https://drive.yunzhou.example.com/share/preview?fid=c81f02&code=x7k2",
        title="瑄江抽水蓄能电站2025年防洪度汛应急预案",
        record_title=None,
        date="2025-04-25",
        notes="an enterprise cloud drive's HTML preview: a file path breadcrumb, a watermark line, version history and comments panels, an extraction-code box; no record title (the file heading carries it, without the suffix); duty phone in the document kept",
        page="""
<html><head><meta charset="utf-8"><title>文件预览 - 云舟企业网盘</title></head><body>
<div class="topbar">⟦m 云舟企业网盘⟧ ⟦a 下载　｜　另存为　｜　分享链接⟧</div>
<div class="path">⟦m 全部文件 / 安全生产部 / 2025防汛 /⟧</div>
<h2>瑄江抽水蓄能电站2025年防洪度汛应急预案</h2>
<div class="file">⟦m 文件名：2025防洪度汛应急预案（定稿）.docx　版本 v3⟧</div>
<div class="wm">⟦d 水印：安全生产部 王** 内部资料⟧</div>
{BODY}
<div class="panel">⟦l 版本记录：v3 定稿 · v2 修改意见 · v1 初稿⟧</div>
<div class="panel">⟦l 评论（2）：请补充下水库泄洪联络表⟧</div>
<div class="ft">⟦a 提取码已复制，链接7天后失效⟧</div>
</body></html>
""",
        body="""
1 总则
1.1 为做好电站2025年防洪度汛工作，确保上、下水库大坝和厂房安全，制定本预案。
1.2 本预案适用于电站汛期（4月15日至10月15日）发生的暴雨洪水、山体滑坡等险情的应急处置。
2 应急组织
电站成立防汛指挥部，总经理任总指挥，下设抢险、后勤、通信、警戒四个工作组。
3 预警与响应
3.1 接到暴雨红色预警后，指挥部立即启动一级响应，各工作组人员24小时在岗。
3.2 下水库水位超过汛限水位时，按调度指令开启泄洪设施，并提前通知下游村组群众转移。
4 联系方式
防汛值班电话：0716-4582119
瑄江抽水蓄能有限公司
2025年4月25日
""",
    ),
]
