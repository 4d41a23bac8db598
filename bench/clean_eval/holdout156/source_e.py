"""holdout156, part E: loan sharks (套路贷/高利贷) and school canteens (学校食堂). Invented text."""

CASES = [
    dict(
        slug="rsks-zhaopin-canteen-exam-html",
        site="苘川县人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.qiongchuan.gov.cn/zpgg/2025/0612/512.html",
        title="苘川县2025年公开招聘学校食堂食品安全管理员公告",
        date="2025-06-12",
        notes="exam site; a post table one row a paragraph; the announcement's own download instruction kept",
        page="""
<html><head><meta charset="utf-8"><title>苘川县2025年公开招聘学校食堂食品安全管理员公告</title></head><body>
<div class="head">⟦m 苘川县人事考试信息网⟧</div>
<div class="nav">⟦m 首页 | 招聘公告 | 成绩查询 | 资格审查 | 政策法规⟧</div>
<div class="path">⟦m 位置：首页 &gt; 招聘公告⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 发布：2025-06-12　来源：县人社局　阅读：2231⟧</div>
{BODY}
<div class="att">⟦l 附件下载：报名登记表.doc　岗位表.xls⟧</div>
<div class="foot">⟦m 技术支持：苘川县信息中心　最佳分辨率 1366×768⟧</div>
</body></html>
""",
        body="""
根据工作需要，县教育局所属中小学校拟公开招聘学校食堂食品安全管理员8名，现将有关事项公告如下。
一、招聘岗位
岗位代码　岗位名称　人数　学历要求
QC01　城区学校食品安全管理员　5　大专及以上
QC02　乡镇学校食品安全管理员　3　大专及以上
二、报名方式
报考人员请从本网站下载报名登记表，填写后于6月20日前发送至报名邮箱qcjyzp@163.invalid。
三、咨询电话：0356-7712203
苘川县人力资源和社会保障局
2025年6月12日
""",
    ),
    dict(
        slug="tender-jiaoyu-canteen-outsourcing-result",
        site="葭州公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ggzy.jiazhou.gov.cn/jyxx/zfcg/zbgs/20250818/7781.html",
        title="葭州市第三中学食堂大宗食材配送服务项目中标结果公告",
        date="2025-08-18",
        notes="tender site; 发布时间 on the page; result table rows; platform hotline chrome",
        page="""
!m 葭州公共资源交易网
!m 交易信息 > 政府采购 > 中标公示
{T}
!m 发布时间：2025-08-18　信息来源：市公共资源交易中心
!a 【我要打印】【关闭窗口】
{BODY}
!m CA办理及技术咨询：0359-2251810
!l 上一篇：葭州市第一中学食堂设备采购项目招标公告
""",
        body="""
一、项目编号：JZCG-2025-0614
二、项目名称：葭州市第三中学食堂大宗食材配送服务项目
三、中标信息
包号　中标供应商　中标金额（元）
1包（米面油）　葭州禾润粮油有限公司　386500
2包（肉禽蛋）　葭州鲜源农产品配送中心　712300
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人葭州市第三中学，联系人王老师，电话0359-2206318。
""",
    ),
    dict(
        slug="lawfirm-zhengyang-loanshark-article-html",
        site="正阳律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="html",
        source="https://www.zhengyanglawyer.com/guandian/218.html",
        title="如何识别“套路贷”：从一起民间借贷纠纷说起",
        date="2025-01-22",
        notes="law-firm site; date line; lawyer card and disclaimer",
        page="""
<html><head><meta charset="utf-8"><title>如何识别“套路贷”：从一起民间借贷纠纷说起-正阳律师事务所</title></head><body>
<div class="hd">⟦m 正阳律师事务所⟧<span>⟦m 诚信 · 专业 · 高效⟧</span></div>
<div class="nav">⟦m 首页 | 律所简介 | 专业领域 | 律师团队 | 正阳观点 | 联系我们⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="meta">⟦m 日期：2025-01-22　作者：周敏律师⟧</p>
{BODY}
</div>
<div class="card">⟦w 咨询热线：0356-2280009　微信号：zylaw_zm⟧</div>
<div class="ft">⟦d 本文观点仅供参考，不作为正式法律意见。⟧　⟦m 晋ICP备17006620号⟧</div>
</body></html>
""",
        body="""
去年，我所代理了一起看似普通的民间借贷纠纷。当事人借款三万元，一年后却被起诉要求偿还二十余万元。
深入调查后发现，出借人要求当事人签订虚高借款合同，并制造银行流水“走账”，之后以各种名义收取费用，这正是典型的“套路贷”。
识别“套路贷”，要注意以下几个特征：一是借款金额与合同金额不一致；二是收取“砍头息”“服务费”；三是恶意制造违约；四是暴力或软暴力催收。
遇到此类情况，应保留证据，及时报警。
""",
    ),
    dict(
        slug="community-baifu-loanshark-notice",
        site="柏府社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.baifusq.cn/news/show-411.html",
        title="关于防范“校园贷”“套路贷”的温馨提醒",
        record_title=None,
        date="2025-03-06",
        notes="no record title; community site; glued contact chrome after a sentence",
        page="""
!m 柏府社区网 ｜ 服务居民 温暖你我
!m 首页 >> 社区公告
{T}
{BODY}
!m 社区办公电话：0356-2015566　开放时间：周一至周五 8:30-17:30
!a 扫码关注“柏府社区”公众号
""",
        body="""
各位居民朋友：
近期，一些不法分子通过网络、传单推销“免抵押、秒到账”贷款，实际收取高额利息和各种名目的费用。
请大家特别提醒家中的大学生和年轻人，不要轻信无门槛借款广告。⟦w 有贷款需求可致电社区金融服务站 135-1356-0021⟧
如遇暴力催收，请立即拨打110报警。
柏府社区居委会
2025年3月6日
""",
    ),
    dict(
        slug="association-xiaodai-loanshark-initiative",
        site="苘川市小额贷款行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://www.qcxdxh.org/tzgg/2024/112.html",
        title="关于规范催收行为、抵制“套路贷”的倡议书",
        date="2024-09-10",
        notes="association site, old table layout with marquee; signature date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>苘川市小额贷款行业协会</title></head><body>
<table width="980" border="0"><tr><td>⟦m 苘川市小额贷款行业协会⟧</td></tr>
<tr><td><marquee>⟦m 欢迎访问苘川市小额贷款行业协会网站！⟧</marquee></td></tr>
<tr><td>⟦m 首页　协会概况　政策法规　会员风采　自律维权⟧</td></tr></table>
<table width="980"><tr><td width="200" valign="top">⟦l 通知公告⟧<br>⟦l 会员名录⟧<br>⟦l 入会指南⟧</td>
<td valign="top"><div align="center"><b>{T}</b></div>
{BODY}
</td></tr></table>
<table width="980"><tr><td align="center">⟦m 您是第 00088213 位访客⟧　⟦m 版权所有：苘川市小额贷款行业协会⟧</td></tr></table>
</body></html>
""",
        body="""
全市各小额贷款公司：
为维护金融秩序，保护借款人合法权益，协会向全体会员单位发出如下倡议：
一、严格执行利率规定，不以任何形式收取“砍头息”。
二、规范贷后催收，不得采取暴力、恐吓、骚扰等方式催收。
三、如实披露贷款综合成本，不搞虚假宣传。
苘川市小额贷款行业协会
2024年9月10日
""",
    ),
    dict(
        slug="company-jinshi-loanshark-statement",
        site="金石消费金融公司 (invented)",
        style="企业官网",
        genre="声明",
        kind="notice",
        form="text",
        source="https://www.jinshicf.com/about/notice/20250407.html",
        title="关于不法分子冒用我司名义实施诈骗的严正声明",
        date="2025-04-07",
        notes="company site; customer-service hotline of the company inside the body kept; site hotline chrome",
        page="""
!m 金石消费金融　|　首页　关于我们　产品服务　信息披露　消费者权益保护
{T}
!m 2025-04-07
{BODY}
!m 客服热线 95000-1234　工作时间 9:00-21:00
!m © 金石消费金融有限公司　京ICP备19002361号
""",
        body="""
近期，我司发现有不法分子冒用我司名义，以“降低利息”“注销账户”“提高额度”为由诱导客户转账。
我司郑重声明：我司从不要求客户向个人账户转账，也不会收取任何“解冻费”“保证金”。
如有疑问，请通过我司官方客服热线95000-1234核实，切勿轻信陌生来电。
特此声明。
金石消费金融有限公司
2025年4月7日
""",
    ),
    dict(
        slug="training-chushi-canteen-course-html",
        site="厨匠职业培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chujiangpx.com/news/325.html",
        title="关于举办学校食堂从业人员食品安全培训班的通知",
        date="2025-07-15",
        notes="training school; consult box with QQ; numbered items; document's contact kept",
        page="""
<html><head><meta charset="utf-8"><title>关于举办学校食堂从业人员食品安全培训班的通知_厨匠职业培训学校</title></head><body>
<div class="logo">⟦m 厨匠职业培训学校⟧</div>
<div class="menu">⟦m 学校首页 | 课程设置 | 师资力量 | 学员风采 | 在线报名⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 发布时间：2025-07-15⟧</div>
{BODY}
<div class="float">⟦w 在线客服　QQ：1508822713⟧<br>⟦a 点我报名⟧</div>
<div class="ft">⟦m 办学许可证号：人社民140502000018号⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
受县教育局委托，我校将于8月举办学校食堂从业人员食品安全培训班，现将有关事项通知如下：
1.培训对象：学校食堂负责人、厨师、配餐员。
2.培训内容：食品安全法规、原料采购验收、加工操作规范、留样和消毒管理。
3.培训时间：8月5日至7日，共3天。
4.报名方式：请各校于7月30日前将报名表报送我校教务处，联系人：韩老师，电话：0356-7720631。
厨匠职业培训学校
2025年7月15日
""",
    ),
    dict(
        slug="fanwenapp-wenxie-canteen-pledge",
        site="文写范文APP (invented)",
        style="范文APP",
        genre="承诺书",
        kind="pledge",
        form="text",
        source="https://app.wenxie.cn/share/doc?id=hj2201",
        title="学校食堂食品安全承诺书",
        record_title="学校食堂食品安全承诺书（通用12篇）",
        date=None,
        notes="app share page; template placeholders; no date",
        page="""
!m 文写 | 随身范文库
!t 学校食堂食品安全承诺书（通用12篇）
!m 3.2万次浏览 · 篇幅 1页
{T}
{BODY}
!a 打开文写APP，查看全部12篇
!a 复制全文需开通会员 ¥9.9/月
""",
        body="""
为切实保障师生饮食安全，本食堂郑重承诺：
一、严格执行食品原料进货查验和索证索票制度，不采购、不使用来源不明的食品原料。
二、每餐食品按规定留样48小时，留样量不少于125克。
三、从业人员持有效健康证明上岗，每日晨检。
四、主动接受师生和家长监督，公开食堂投诉电话。
承诺单位（盖章）：__________
负责人签字：__________
""",
    ),
    dict(
        slug="gkforum-zhenti-canteen-shenlun-wrap",
        site="公考同路人论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://www.gktonglu.com/bbs/thread-71102.html",
        title="让孩子吃得放心：谈学校食堂治理",
        date=None,
        notes="hard-wrapped text on an exam forum; no date; reply-to-see chrome",
        page="""
!m 公考同路人 » 申论专区 » 热点范文
!t 【热点范文】让孩子吃得放心：谈学校食堂治理
!m 楼主 考公上岸冲冲冲 | 发表于 昨天 22:10
{T}
{BODY}
!a 回复本帖可获取《2025申论热点30篇》下载链接
!l 支持　反对　收藏　分享
""",
        indent="    ",
        wrap=54,
        body="""
学校食堂连着千家万户，一头是孩子的健康，一头是家长的牵挂。近年来个别地方曝出的食堂问题，暴露出监管和管理上的短板。
治理学校食堂，首先要压实学校的主体责任，落实校长陪餐制度；其次要引入家长监督，让食堂从“后厨”走到“前台”；再次要加强部门协同，形成监管合力。
只有把每一个环节都管住管好，才能让孩子吃得放心、家长真正安心。
""",
    ),
    dict(
        slug="baike-shitang-canteen-entry",
        site="学知百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="text",
        source="https://www.xuezhibaike.com/wiki/陪餐制度",
        title="陪餐制度",
        date=None,
        notes="encyclopaedia, text page; edit and history chrome; no date",
        page="""
!m 学知百科 — 人人可编辑的知识库
{T}
!a [编辑] [讨论] [查看历史]
!m 本词条由“学知百科·教育”编审团队参与编辑
{BODY}
!l 词条标签：学校管理 · 食品安全
!m 本页面最后修订于 37 天前
""",
        body="""
陪餐制度是指学校负责人与学生共同用餐，以检查和监督学校食堂餐饮质量的制度。
根据相关规定，中小学、幼儿园应当建立集中用餐陪餐制度，每餐均应当有学校相关负责人与学生共同用餐，做好陪餐记录。
陪餐人员发现问题，应当及时向食堂提出整改意见。
""",
    ),
    dict(
        slug="netdisk-lanpan-loanshark-report-html",
        site="蓝盘分享 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://lanpan.cn/s/kT9xWq",
        title="关于我县“套路贷”违法犯罪情况的分析报告",
        record_title="关于我县“套路贷”违法犯罪情况的分析报告.pdf",
        date="2024-12-05",
        notes="file-name record; cloud-drive preview with a page-marker paragraph cutting a sentence; signature date",
        page="""
<html><head><meta charset="utf-8"><title>关于我县“套路贷”违法犯罪情况的分析报告.pdf｜蓝盘分享</title></head><body>
<div class="bar">⟦m 蓝盘分享⟧　⟦a 极速下载⟧　⟦a 转存⟧</div>
<div class="finfo">⟦t 关于我县“套路贷”违法犯罪情况的分析报告.pdf⟧　⟦m 612KB　分享于 2025-01-03⟧</div>
<div class="reader">
<p><b>{T}</b></p>
{BODY}
</div>
<div class="rb">⟦a 开通超级会员，预览文档不限页⟧</div>
</body></html>
""",
        pages=dict(fmt="— {n} —", every=150, start=2),
        body="""
2024年以来，县公安局共立“套路贷”相关案件17起，抓获犯罪嫌疑人46人，涉案金额2100余万元。
从案件特点看，作案人员多以“小额快贷”为幌子，通过网络平台和街头广告招揽借款人，受害者以无固定收入的青年和个体工商户为主。
针对上述情况，建议加强网络贷款广告清理，加大对暴力催收的打击力度，并在社区、学校开展常态化宣传。
苘川县公安局经侦大队
2024年12月5日
""",
    ),
    dict(
        slug="snapshot-fayuan-loanshark-judgment-news",
        site="搜易快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://kuaizhao.souyi.cn/cache?q=taolu&u=court.qiongchuan.gov.cn/xw/3307.html",
        title="苘川法院一审宣判一起“套路贷”案件",
        date="2025-05-21",
        notes="search-cache frame around a court news page; 发布时间 line",
        page="""
<html><head><meta charset="utf-8"><title>苘川法院一审宣判一起“套路贷”案件 - 搜易快照</title></head><body>
<div style="border:1px solid #999">⟦m 您查询的关键词已被标亮：套路贷　这是搜易快照，是网页于2025-05-27的存档⟧<br>⟦m 搜易与网页作者无关，不对其内容负责⟧</div>
<div class="court-head">⟦m 苘川县人民法院⟧</div>
<div class="court-nav">⟦m 首页　法院新闻　审判执行　诉讼服务⟧</div>
<h2>{T}</h2>
<p class="d">⟦m 发布时间：2025-05-21 16:05　来源：刑事审判庭⟧</p>
{BODY}
<div class="court-foot">⟦m 苘川县人民法院主办　诉讼服务热线：0356-12368⟧</div>
</body></html>
""",
        body="""
5月20日，苘川县人民法院公开宣判一起以虚增借款、恶意制造违约等手段实施的“套路贷”案件。
法院经审理查明，被告人刘某等5人自2022年起，以“小额贷款”为名诱骗被害人签订虚高借款合同，非法获利80余万元。
法院以诈骗罪、寻衅滋事罪判处被告人刘某有期徒刑八年，并处罚金，其余被告人分别被判处一年至四年不等有期徒刑。
""",
    ),
]
