"""holdout13, part A: a port group, an airport's tendering platform, a medical-insurance
bureau, a prison, a seismological bureau's summary in a 文库 preview, a grain-reserve
intranet, a tobacco monopoly bureau's intranet, a county post office, a welfare-lottery
centre, a Red Cross WeChat mirror, a community college and an academic society. Invented
text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="port-ouwan-typhoon-notice-html",
        site="鸥湾港务集团 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ouwanport.example.com.cn/tzgg/2026/0714/5521.html",
        title="关于做好2026年第6号台风防御工作的紧急通知",
        record_title="关于做好2026年第6号台风防御工作的紧急通知-通知公告-鸥湾港务集团",
        date="2026-07-14",
        notes="port group's notice board: a dispatch centre's duty phone in the body next to the site's 24-hour hotline; a share bar between two paragraphs; byline and signature dates agree",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好2026年第6号台风防御工作的紧急通知-通知公告-鸥湾港务集团</title>
<script src="/js/jquery.min.js"></script></head><body>
<div class="topbar">⟦m 港通四海　服务八方⟧ <a>⟦a 集团邮箱⟧</a> <a>⟦a English⟧</a> <a>⟦a 无障碍浏览⟧</a></div>
<div class="nav"><ul><li>⟦m 集团概况⟧</li><li>⟦m 新闻中心⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 港口服务⟧</li><li>⟦m 党建园地⟧</li></ul></div>
<div class="loc">⟦m 您的位置：首页 &raquo; 新闻中心 &raquo; 通知公告⟧</div>
<div class="art"><h2>{T}</h2>
<div class="byline">⟦m 发布时间：2026-07-14 09:20　　发布部门：安全监督部　　浏览：1,306⟧</div>
<div class="fz">⟦a 【字号：大 中 小】【打印本页】【关闭窗口】⟧</div>
<div class="text">
{BODY}
</div>
<div class="prenext"><p>⟦l 上一条：关于公布2026年上半年码头作业安全检查结果的通报⟧</p><p>⟦l 下一条：集团召开汛期安全生产专题调度会⟧</p></div></div>
<div class="rel"><b>⟦l 相关新闻⟧</b><ul><li>⟦l 集装箱码头开展防台应急演练⟧</li><li>⟦l 引航站完成夏季防台设备检修⟧</li></ul></div>
<div class="foot"><p>⟦m 24小时客户服务热线：0596-88015500⟧</p><p>⟦d 版权所有 鸥湾港务集团有限公司　未经许可不得转载或镜像⟧</p><p>⟦m 闽ICP备2011806号-3⟧</p></div>
</body></html>
""",
        body="""
集团各单位、各部门：
据市气象台预报，今年第6号台风预计将于7月16日前后在我市沿海登陆，登陆时中心附近最大风力可达12级，并伴有强降雨和风暴潮。为切实做好本次台风防御工作，最大限度减少损失，现就有关事项紧急通知如下。
一、立即进入防台应急状态。各单位自即日起启动防台风Ⅲ级应急响应，主要负责人要靠前指挥，各级值班人员24小时在岗，严禁擅离职守。
二、全面落实船舶防台措施。港内作业船舶要提前落实避风锚地，拖轮、引航船按调度指令统一调配；风力达到8级时，各码头停止装卸作业，船舶按规定加缆加固。
⟦l 分享到：微信　朋友圈　微博　复制链接⟧
三、加固港区设备设施。岸桥、门机要按规定锚定并加装防风拉索，堆场集装箱堆高不得超过三层，临时建筑、广告牌等要逐一检查加固，必要时予以拆除。
四、做好人员转移安置。各单位要提前摸清在港外协人员、施工人员底数，低洼区域和临时工棚内人员须在台风登陆前12小时全部转移到安全地点。
五、严格信息报送。各单位每日8时、16时向集团生产调度中心报告防台工作情况，遇有险情要第一时间报告。
集团生产调度中心值班电话：0596-88016120，传真：0596-88016121。
鸥湾港务集团有限公司
2026年7月14日
""",
    ),
    dict(
        slug="tender-yunping-airport-baggage",
        site="云坪机场采购与招标平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://zb.yunpingairport.example.com/notice/2026/0309/zb0412.html",
        title="云坪机场航站楼行李处理系统维保服务项目招标公告",
        record_title=None,
        date="2026-03-09",
        notes="no record title; the tender's own contact, e-mail and download address are body; platform buttons and a bidding-service hotline are chrome; the only date is the 发布时间 line (the deadlines are no date of the page)",
        page="""
!m 云坪机场采购与招标平台
!m 公告公示 / 招标公告 / 服务类
{T}
!m 公告编号：YPJC-ZB-2026-012　　发布时间：2026-03-09　　截止时间：2026-03-30 09:30
!a ★ 关注项目　　⇩ 下载公告原文　　✉ 订阅同类公告
{BODY}
!a 我要投标（需先完成供应商注册）
!m 平台技术支持：0871-66120088（工作日 8:30-17:30）
!l 同类项目推荐
!l › 云坪机场停车楼充电桩运维服务项目比选公告
!l › 航站楼保洁服务项目中标候选人公示
!d 本平台发布的公告信息以招标人盖章文件为准，平台不承担因信息传输产生的任何责任。
""",
        body="""
云坪机场航站楼行李处理系统维保服务项目已由云坪机场有限公司批准实施，招标人为云坪机场有限公司，资金来源为企业自筹。项目已具备招标条件，现对该项目进行公开招标。
一、项目概况与招标范围
1. 项目编号：YPJC-ZB-2026-012。
2. 服务内容：航站楼国内、国际出发行李处理系统及到达转盘的日常巡检、预防性维护、故障抢修和备品备件管理。
3. 服务期限：三年，自合同签订之日起计算。
4. 最高投标限价：人民币486.00万元。
二、投标人资格要求
1. 具有独立法人资格，近三年内至少承担过一个年旅客吞吐量1000万人次以上机场的行李系统维保项目。
2. 拟派项目负责人须具有机电类中级及以上职称，并有三年以上同类项目管理经历。
3. 本项目不接受联合体投标。
三、招标文件的获取
凡有意参加投标者，请于2026年3月10日至2026年3月16日，登录https://zb.yunpingairport.example.com下载电子招标文件，招标文件每套售价500元，售后不退。
四、投标文件的递交
投标文件递交的截止时间为2026年3月30日9时30分，逾期送达的投标文件，招标人不予受理。
五、联系方式
招标人：云坪机场有限公司
联系人：柏工　　电话：0871-66109234
电子邮箱：zbb@yunpingairport.example.com
""",
    ),
    dict(
        slug="gov-zheyuan-medins-notice-wrapped",
        site="柘源县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zheyuan.example.gov.cn/zwgk/bmxx/ybj/202609/t20260920_88213.html",
        title="关于做好2027年度城乡居民基本医疗保险集中参保缴费工作的通知",
        record_date="2026-09-20",
        date="2026-09-20",
        notes="copied from a PDF: hard-wrapped at 70 columns with an indent; a contribution table one row a paragraph; the body tells residents to 扫码/关注 to pay, and gives the bureau's own hotline; the portal's 扫一扫 and find-error chrome",
        page="""
!m 柘源县人民政府
!m 首页 > 政务公开 > 部门信息 > 县医疗保障局
{T}
!m 信息来源：县医疗保障局　　发布日期：2026-09-20　　【字体：大 中 小】
!a 扫一扫在手机打开当前页
{BODY}
!a 【打印】　【关闭】　【收藏】
!m 主办：柘源县人民政府办公室　承办：县政务数据局
!m 网站标识码：4311260031　　湘公网安备43112602000301号
!a 政府网站找错
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
各乡镇人民政府、街道办事处，县直有关单位：
根据省、市医疗保障部门关于2027年度城乡居民基本医疗保险参保缴费工作的部署，结合我县实际，现就做好集中参保缴费工作有关事项通知如下。
一、集中缴费期
2027年度城乡居民医保集中缴费期为2026年9月20日至12月31日。集中缴费期内参保缴费的，待遇享受期为2027年1月1日至12月31日。
二、缴费标准
参保类别　个人缴费（元/年）　财政补助（元/年）
普通城乡居民　400　710
在校大中专学生　400　710
特困人员、低保对象　由财政全额资助　710
三、缴费方式
参保群众可通过以下方式缴费：一是扫描村（社区）张贴的缴费二维码，或关注“柘源医保”微信公众号，点击“居民医保缴费”完成缴费；二是登录“湘税社保”手机应用缴费；三是到各乡镇便民服务中心窗口现场缴费。
四、工作要求
各乡镇（街道）要压实属地责任，逐村逐户做好政策宣传和动员，重点做好脱贫人口、监测对象等群体的参保工作，确保应保尽保。县税务局要做好缴费数据的归集和反馈，县财政局要及时落实资助资金。
政策咨询电话：0736-5021188（县医保局待遇保障股），0736-5029912（县医保服务中心）。
柘源县医疗保障局　　国家税务总局柘源县税务局
2026年9月18日
""",
        date_also=["2026-09-18"],
    ),
    dict(
        slug="gov-qiwu-prison-visit-html",
        site="栖梧监狱 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="https://jyj.qiwu.example.gov.cn/qwjy/ywgk/202604/t20260403_1702.html",
        title="关于调整罪犯亲属会见预约方式的公告",
        record_title="【狱务公开】关于调整罪犯亲属会见预约方式的公告",
        date="2026-04-02",
        date_also=["2026-04-03"],
        notes="a prison's 狱务公开 page: 1. 2. 3. list, the prison's own booking phone and mini-program (扫码 in the body); elder-mode and accessibility chrome; the byline date differs from the signature date",
        page="""
<html><head><meta charset="utf-8"><title>【狱务公开】关于调整罪犯亲属会见预约方式的公告 - 栖梧监狱</title></head><body>
<header><div>⟦m 栖梧市监狱管理局　栖梧监狱⟧</div><div>⟦a 长者模式 | 无障碍 | 简/繁⟧</div></header>
<nav>⟦m 首页　狱务公开　监狱动态　法规制度　互动交流⟧</nav>
<div class="pos">⟦m 当前位置：首页 > 狱务公开 > 会见须知⟧</div>
<article><h1>{T}</h1>
<div class="sub">⟦m 来源：狱政管理科　发布时间：2026年04月03日　阅读量：2157⟧</div>
<div class="cnt" id="zoom">
{BODY}
</div>
<div class="tool">⟦a 【打印】【纠错】⟧ ⟦l 分享：微信 | QQ空间 | 微博⟧</div>
<div class="np"><p>⟦l 上一篇：栖梧监狱2026年第一季度减刑假释案件公示⟧</p><p>⟦l 下一篇：关于开展“开放日”活动的邀请⟧</p></div>
</article>
<footer><p>⟦m 主办单位：栖梧监狱　地址：栖梧市东郊云岭路88号⟧</p><p>⟦m 备案号：赣ICP备16006512号　赣公网安备36110302000211号⟧</p><p>⟦d 本网站为栖梧监狱唯一官方网站，其他网站发布的信息均不代表本单位⟧</p></footer>
</body></html>
""",
        body="""
为进一步规范罪犯亲属会见工作，方便亲属合理安排出行时间，经研究，自2026年4月15日起，我狱调整罪犯亲属会见预约方式，现将有关事项公告如下。
一、预约方式
1. 网上预约：亲属可扫描本公告附带的二维码，进入“栖梧狱务”微信小程序，按提示完成实名认证后选择会见日期和时段。
2. 电话预约：不便使用手机的亲属，可在工作日8:30至17:00拨打会见预约电话0795-3361502进行预约。
3. 现场预约：亲属可在会见日当天到会见中心服务窗口登记，视当日剩余名额安排会见。
二、预约时间
会见须提前1至7天预约，每名罪犯每月会见不超过2次，每次会见时间一般不超过30分钟。
三、注意事项
1. 会见时须携带本人有效身份证件及亲属关系证明材料。
2. 严禁携带手机、现金、食品等违禁物品进入会见区。
3. 亲属如需为罪犯送交衣物、书籍，须经检查登记后由干警转交。
特此公告。
栖梧监狱
2026年4月2日
""",
    ),
    dict(
        slug="wenku-hanshu-quake-summary-angle-markers",
        site="瀚书文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.hanshuwk.example.com/doc/6621094517.html",
        title="蕖阳县地震局2025年防震减灾工作总结",
        record_title="蕖阳县地震局2025年防震减灾工作总结（word版可编辑）",
        date="2026-01-12",
        date_also=["2026-01-15"],
        notes="a preview cut by ⟨N⟩ markers, on their own line or glued; a glued download prompt ends a paragraph; the preview-end line and upload notice under the text; signature date",
        pages=dict(fmt="⟨{n}⟩", every=150, start=2, glue="mix"),
        page="""
!m 瀚书文库 — 海量文档在线阅读
!t 蕖阳县地震局2025年防震减灾工作总结（word版可编辑）
!m 上传人：qy_zhen88　　上传时间：2026-01-15　　页数：4　　格式：DOCX
!a 开通VIP　下载本文档　立即阅读
{BODY}
!a 您已读完前3页，剩余1页请下载后阅读
!a 下载需要 6 瀚书币　　VIP免费
!l 相关文档
!l 乡镇防震减灾工作总结及2026年计划
!l 地震应急演练活动总结（3篇）
!d 本文档由用户自行上传，瀚书文库仅提供信息存储空间，如有侵权请发送邮件至 tousu@hanshuwk.example.com。
""",
        indent="\u3000\u3000",
        body="""
2025年，县地震局在县委、县政府和市地震局的正确领导下，坚持以防为主、防抗救相结合，统筹推进地震监测预报、震害防御和应急救援三大体系建设，全县防震减灾综合能力进一步提升。现将全年工作总结如下。
一、监测预报能力稳步增强
完成县地震台观测设备升级改造，新建地震烈度速报与预警台站6个，全县台站总数达到19个，地震速报时间缩短至2分钟以内。全年记录辖区及周边地震事件87次，均按规定及时报送。⟦a 〖免费下载完整版〗⟧
二、震害防御基础不断夯实
严格落实建设工程抗震设防要求监管，全年审查学校、医院等重点工程抗震设防要求23项。推进农村民居地震安全工程，完成示范户改造412户。开展地震活动断层探测成果入户宣传，发放宣传手册1.5万册。
三、应急准备工作扎实有效
修订《蕖阳县地震应急预案》，组织县乡两级地震应急演练14场，参演人员6000余人次。建成地震应急避难场所8处，可容纳避险群众4.2万人。
四、存在问题和下步打算
当前我县防震减灾工作仍存在基层力量薄弱、宣传教育覆盖不均衡等问题。2026年，我们将重点抓好预警终端进村入校、老旧房屋抗震加固和科普示范学校创建，为建设平安蕖阳作出新的贡献。
蕖阳县地震局
2026年1月12日
""",
    ),
    dict(
        slug="intranet-yuanqiao-grain-duty-report",
        site="沅桥粮食储备库办公平台 (invented intranet)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://oa.yqlk.example.local/portal/jlwj/2026/0120/413.html",
        title="2025年度沅桥直属库主任述职报告",
        record_title=None,
        date="2026-01-20",
        notes="no record title; a grain-reserve intranet: the user bar, 待办 counter, reading-scope line and an inside-only notice; a stock table one row a paragraph; decimal headings; signature date in Chinese numerals",
        page="""
!m 沅桥粮食储备库综合办公平台
!a 欢迎您，储运科 覃晓岚　｜　修改密码　｜　安全退出
!m 我的待办（3）　公文流转　内部交流　制度汇编
!m 内部交流 > 述职材料 > 正文
{T}
!m 提交人：库办公室　　阅读范围：全库职工　　已阅：56人
{BODY}
!a 附件下载　｜　打印　｜　导出PDF
!d 本平台信息仅限内部使用，未经批准不得截屏、外传。
!m 沅桥粮食储备库信息中心维护　内线电话：8016
""",
        body="""
2025年，在省储备粮管理公司和库党支部的领导下，我带领全库职工坚持“守住管好大国粮仓”的要求，扎实推进储粮安全、仓储提升和内部管理各项工作，全库连续十二年实现储粮“零事故”。现将本人履职情况报告如下。
1. 储粮安全管理
1.1 数量真实。全年完成轮换出入库粮食6.3万吨，账实相符率100%，在省公司库存大清查中未发现任何问题。
1.2 质量良好。严格执行“一符四无”标准，全年开展粮情检测2400余次，储存粮食宜存率达到100%。
库存结构如下：
仓号　品种　数量（吨）　入库年份
1号仓　中晚籼稻　8600　2023
3号仓　小麦　7200　2024
5号仓　中晚籼稻　9100　2025
2. 仓储设施提升
2.1 完成4栋平房仓屋面防水和气调改造，新增氮气气调储粮仓容3.4万吨。
2.2 建成粮情测控和智能通风系统，实现远程监控、自动预警。
3. 党风廉政建设
认真履行“一岗双责”，组织开展廉洁风险点排查，修订轮换购销、工程建设等内控制度9项，全年未发生违规违纪问题。
4. 存在不足
一是职工队伍年龄偏大，专业技术人才不足；二是绿色储粮技术应用深度还不够。新的一年，我将带领班子继续补短板、强弱项，推动各项工作再上新台阶。
述职人：沅桥直属库主任　韦成山
二〇二六年一月二十日
""",
    ),
    dict(
        slug="intranet-zhichuan-tobacco-speech-html",
        site="枳川县烟草专卖局内网 (invented)",
        style="企业内网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://10.45.8.2/xxfb/ldjh/2026/0227/0091.html",
        title="在全县烟草专卖市场管理工作会议上的讲话",
        date="2026-02-27",
        notes="intranet page in an old table layout: the speaker line and date under the title are neutral; an internal comment box, an attachment row saying 无, a technical-support line; record gives the plain title",
        page="""
<html><head><meta charset="gb2312"><title>枳川县烟草专卖局（分公司）信息门户</title></head><body>
<table width="960"><tr><td class="logo">⟦m 枳川县烟草专卖局（分公司）信息门户⟧</td><td>⟦a 内网邮箱 | 办公系统 | 退出⟧</td></tr></table>
<table width="960"><tr><td class="menu">⟦m 首页　信息发布　领导讲话　专卖管理　营销服务　党建廉政⟧</td></tr></table>
<table width="960"><tr><td class="left" width="200"><div class="box"><h4>⟦l 最新发布⟧</h4><p>⟦l · 关于春节后市场检查情况的通报⟧</p><p>⟦l · 2026年卷烟营销工作要点⟧</p></div></td>
<td class="main">
<h2>{T}</h2>
<p class="speaker">县局（分公司）专卖副局长　邓立衡</p>
<p class="date">（2026年2月27日）</p>
<p class="info">⟦m 发布部门：办公室　　发布人：admin　　浏览次数：128⟧</p>
{BODY}
<p class="att">⟦m 相关附件：无⟧</p>
<div class="cmt"><p>⟦l 发表评论（仅限内网用户）⟧</p><p>⟦l 暂无评论⟧</p></div>
</td></tr></table>
<table width="960"><tr><td class="bot">⟦m 技术支持：信息中心　分机8012⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县烟草专卖市场管理工作会议，主要任务是贯彻落实全省、全市专卖管理工作会议精神，总结2025年工作，部署2026年重点任务。刚才，专卖监督管理科通报了去年市场检查情况，两个市场管理所作了交流发言，我都同意。下面，我讲三点意见。
一、肯定成绩，坚定做好市场管理工作的信心
过去一年，全县专卖系统坚持“严格规范管理、打击违法经营”主线，全年检查零售户2.1万户次，查处涉烟违法案件96起，查获违法卷烟1830条，市场净化率保持在98%以上。零售终端规范化建设扎实推进，全县持证零售户办证材料电子化率达到100%。
二、正视问题，找准市场管理的薄弱环节
我们也要清醒看到，当前寄递渠道涉烟违法行为隐蔽性强，网络售烟线索查证难度大，个别零售户“无证经营”“异地进货”问题屡禁不止。部分市场管理员服务意识不强，检查中重查处、轻引导的现象仍然存在。
三、突出重点，全力抓好今年各项任务
一要深化寄递物流渠道协同监管，与邮政、快递企业建立信息共享和联合检查机制；二要强化网络涉烟线索研判，对重点案件实行挂牌督办；三要推进“服务型专卖”建设，对新办证零售户开展“首月帮扶”，做到执法有力度、服务有温度。
同志们，专卖管理是烟草行业的生命线。希望大家坚守底线、敢于担当，以更加扎实的作风推动全县市场管理工作取得新成效。
""",
    ),
    dict(
        slug="corp-yuanqiao-post-village-news",
        site="沅桥县邮政分公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://yq.post.example.com.cn/xwzx/jcdt/2026/0518/2291.html",
        title="县邮政分公司打通农村寄递“最后一公里”",
        record_date="2026-05-18",
        date="2026-05-18",
        notes="a county post office's news page: a 延伸阅读 line and a glued 点赞 button between paragraphs; the body gives the branch's own service phone; a follow-the-service-account prompt under it",
        page="""
!m 沅桥县邮政分公司
!m 新闻中心 >> 基层动态
{T}
!m 作者：通讯员 欧阳霁　　来源：市场部　　点击数：433　　更新时间：2026-05-18
!a 〔大〕〔中〕〔小〕
{BODY}
!a 扫码关注“沅桥邮政”服务号，寄件查件更方便
!l 上一则：县邮政分公司开展“邮储助农”金融知识宣传
!l 下一则：邮政网点推出老年人“爱心窗口”
!d Copyright © 沅桥县邮政分公司 All Rights Reserved
""",
        indent="\u3000\u3000",
        body="""
5月16日，随着沅桥县大坪乡坳头村村级寄递物流综合服务站正式挂牌运营，全县128个行政村实现村级寄递物流服务站点全覆盖，村民在家门口就能收寄快递、办理邮政业务。
近年来，县邮政分公司依托农村邮政网点和邮路资源，联合多家快递企业推行“邮快合作”，将分散的快递包裹统一分拣、统一配送，邮车每天一班进村，配送时效由原来的3至5天缩短为24小时以内。⟦l 点赞（36）⟧
⟦l 延伸阅读：县邮政分公司助农直播走进油茶基地⟧
服务站建成后，不仅方便了村民收寄包裹，也打通了农产品进城的通道。坳头村村民邓秀英说：“以前寄一箱土鸡蛋要跑十几里山路到乡里，现在在村口小卖部就能寄，邮政还帮我们包装。”
据介绍，今年以来全县农村地区快递业务量达到186万件，同比增长31%，其中农产品寄递量占比超过两成。县邮政分公司将继续完善县、乡、村三级物流体系，推动更多特色农产品“出山进城”。
如需办理上门揽收业务，可拨打县邮政分公司客户服务电话0744-8321185预约。
""",
    ),
    dict(
        slug="gov-qiwu-lottery-month-plan",
        site="栖梧市福利彩票发行中心 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qwfc.example.org.cn/zxdt/2026/0602/310.html",
        title="2026年福利彩票“责任彩票”宣传月活动方案",
        record_title="2026年福利彩票“责任彩票”宣传月活动方案_栖梧福彩",
        date="2026-06-02",
        notes="a lottery centre's page: a draw-result ticker and an app-download prompt are chrome; the campaign slogan is quoted in the body; a 发布日期 line is the only date; a QQ-group line glued after a sentence",
        page="""
!m 栖梧福彩　购彩有度 快乐随行
!m 最新开奖：双色球第2026061期　03 09 14 21 27 30 + 11　　开奖详情 »
!m 首页 ＞ 中心动态 ＞ 工作部署
{T}
!m 发布日期：2026年6月2日　　来源：市福彩中心办公室
{BODY}
!a 下载“栖梧福彩”APP，开奖信息早知道
!l 热门资讯
!l 市福彩中心开展公益金使用情况公示
!l 即开型彩票新票上市公告
!d 未满18周岁者不得购买彩票及兑奖。
!m 栖梧市福利彩票发行中心　版权所有　赣ICP备19002871号
""",
        body="""
为深入践行“责任彩票”理念，引导购彩者理性购彩，树立福利彩票“扶老、助残、救孤、济困”的公益形象，市福彩中心决定于2026年6月在全市开展“责任彩票”宣传月活动，特制定本方案。
一、活动主题
“多买不中，理性投注”。
二、活动时间
2026年6月1日至6月30日。
三、活动内容
（一）开展销售站点自查。全市412个销售站点对照《福利彩票责任彩票工作规范》开展自查，重点检查未成年人禁售标识张贴、购彩提示语放置等情况。⟦w 站点业主交流QQ群：61207734⟧
（二）开展进社区宣传。各县（区）管理站组织宣传小分队，深入社区、广场开展“理性购彩知识问答”活动，每个县（区）不少于3场。
（三）开展销售员培训。分片区举办销售员责任彩票专题培训，培训内容包括问题购彩者识别、劝导话术等，确保培训覆盖率达到100%。
四、工作要求
各县（区）管理站要高度重视，明确专人负责，于7月5日前将活动总结及图片资料报送市福彩中心市场部。
""",
    ),
    dict(
        slug="wechat-cangyu-redcross-blood-pledge",
        site="苍屿红十字 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wx.mirror-reader.example.net/a/cangyu-hsz-20260614",
        title="致全市市民的无偿献血倡议书",
        record_title=None,
        date="2026-06-14",
        notes="no record title; a Red Cross WeChat mirror: the account line with an IP location, a tap-blue prompt, 往期推荐 and a comment area; the body gives the blood stations' addresses and phone and asks readers to 关注 an account; signature date",
        page="""
!m 原创　苍屿红十字　苍屿市红十字会　2026年06月14日 08:00　福建
!a 点击上方蓝字，关注我们
{T}
{BODY}
!m 编辑：林岫　　审核：郑一帆
!l 往期推荐
!l 暖心！“博爱助学”金秋行动资助学生213名
!l 应急救护培训走进快递驿站
!a 分享　收藏　点赞　在看
!l 留言区　写留言
!a 微信扫一扫，使用小程序
""",
        body="""
全市广大市民朋友们：
6月14日是世界献血者日。无偿献血是无私奉献、救死扶伤的崇高行为，是社会文明进步的重要标志。每一袋血液都可能挽救一个生命，每一次伸出手臂都是一份珍贵的爱心传递。
当前正值夏季用血高峰，我市临床用血需求持续增长，部分血型供应偏紧。为保障临床用血安全，市红十字会、市中心血站向全市市民发出如下倡议：
一、年龄在18周岁至55周岁、身体健康的市民，积极参与无偿献血，用热血传递温暖。
二、各机关、企事业单位和社会团体发挥示范带头作用，组织干部职工开展团体献血。
三、已经献过血的朋友，欢迎带动家人和朋友加入献血队伍，并积极报名加入造血干细胞捐献志愿者资料库。
献血地点：市中心血站（苍屿市滨海路17号）、中山路爱心献血屋、万达广场献血车。咨询电话：0592-6630120。关注“苍屿献血”公众号，可查询献血记录和用血报销政策。
爱心汇聚热血，生命因你延续。让我们携起手来，为生命接力！
苍屿市红十字会　　苍屿市中心血站
2026年6月14日
""",
    ),
    dict(
        slug="college-luting-elder-course-notice-html",
        site="鹭汀社区学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ltcc.example.edu.cn/xygg/2026/0210/1188.html",
        title="关于2026年春季学期老年教育课程网上报名的通知",
        record_title="关于2026年春季学期老年教育课程网上报名的通知-鹭汀社区学院",
        date="2026-02-10",
        notes="community college notice: a course table one row a paragraph, the registration URL and the office's phone in the body, 附件 list in the body and the attachment download link as chrome; reviewer and click-count byline",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于2026年春季学期老年教育课程网上报名的通知-鹭汀社区学院</title></head><body>
<div class="header"><img alt="logo"><span>⟦m 鹭汀社区学院　鹭汀区老年大学⟧</span> <a>⟦a 统一身份认证⟧</a> <a>⟦a 站内搜索⟧</a></div>
<div class="menu">⟦m 学院概况　学院公告　继续教育　老年教育　社区培训　联系我们⟧</div>
<div class="path">⟦m 首页 / 学院公告 / 正文⟧</div>
<div class="news-title">{T}</div>
<div class="news-info">⟦m 作者：教务处　审核：卢晓帆　时间：2026-02-10　点击：[3652]⟧</div>
<div class="news-content">
{BODY}
</div>
<div class="fj">⟦a 附件【2026年春季课程一览表.xlsx】已下载2071次⟧</div>
<div class="share">⟦l 分享到：微信 微博 QQ⟧</div>
<div class="footer">⟦m 地址：鹭汀区学府路201号　邮编：361230　电话：0592-7765100⟧<br>⟦d ©2026 鹭汀社区学院 版权所有⟧</div>
</body></html>
""",
        body="""
各位学员：
2026年春季学期老年教育课程将于3月2日开课，现将网上报名有关事项通知如下。
一、报名时间
老学员续报：2月24日9:00至2月25日17:00；新学员报名：2月26日9:00至2月28日17:00。
二、报名方式
登录学院报名平台https://bm.ltcc.example.edu.cn，使用本人身份证号注册后选课报名。每位学员限报2门课程，报满即止。
三、开设课程（部分）
课程名称　上课时间　地点　名额
智能手机应用　周一上午　信息楼201　40
书法（楷书）　周二下午　艺术楼105　30
声乐合唱　周三上午　演艺厅　60
太极拳　周四上午　体育馆　50
四、其他事项
行动不便或不会使用网上报名的老年朋友，可由家属代为报名，也可于2月26日至28日到学院教务处现场报名。报名咨询电话：0592-7765218，0592-7765219。
附件：1.2026年春季学期课程一览表
2.老年教育学员须知
鹭汀社区学院教务处
2026年2月10日
""",
    ),
    dict(
        slug="society-qiwu-soil-council-minutes-html",
        site="栖梧市土壤学会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.qwtrxh.example.org/xhdt/2026/0323/77.html",
        title="栖梧市土壤学会第九届理事会第三次会议纪要",
        record_title=None,
        date="2026-03-20",
        date_also=["2026-03-18"],
        notes="no record title; an academic society's page: the minutes' 时间/地点/主持/出席 lines and numbered decisions stay in the body; member-join buttons, the host institution and 邮编 in the footer",
        page="""
<html><head><meta charset="utf-8"><title>学会动态 - 栖梧市土壤学会</title></head><body>
<div id="top">⟦m 栖梧市土壤学会 Qiwu Soil Science Society⟧　⟦a 会员入会 | 会费缴纳 | 会员登录⟧</div>
<div id="nav">⟦m 学会简介　学会动态　学术交流　科普园地　会员之家⟧</div>
<div id="main"><div class="bt">{T}</div>
<div class="xx">⟦m 发布者：学会秘书处　发布时间：2026-03-23　浏览：219次⟧</div>
<div class="nr">
{BODY}
</div>
<div class="sx"><p>⟦l 上一篇：关于征集2026年学术年会论文的通知⟧</p><p>⟦l 下一篇：学会举办“耕地质量保护”科普进乡村活动⟧</p></div></div>
<div id="foot"><p>⟦m 挂靠单位：栖梧市农业科学研究院　地址：栖梧市农科路6号　邮编：336001⟧</p><p>⟦d Copyright 2018-2026 栖梧市土壤学会 All rights reserved⟧</p></div>
</body></html>
""",
        body="""
时间：2026年3月18日下午
地点：市农业科学研究院学术报告厅
主持：学会理事长　温守谦
出席：理事27人（应到31人），监事2人；秘书处工作人员列席。
会议听取了秘书处关于2025年学会工作情况和2026年工作计划的报告，审议了有关事项。经与会理事充分讨论，形成如下意见：
一、原则通过《栖梧市土壤学会2025年工作总结和2026年工作计划》，由秘书处根据会上意见修改完善后印发。
二、同意接收市农业技术推广中心等3家单位为学会单位会员，接收个人会员46名。
三、同意于2026年10月在栖梧举办第十二届学术年会，主题为“耕地质量提升与绿色农业”，由学术工作委员会牵头筹备。
四、会议要求，各专业委员会要围绕高标准农田建设、土壤污染防治等重点领域开展调研，年内形成咨询建议不少于2篇。
栖梧市土壤学会秘书处
2026年3月20日
""",
    ),
]
